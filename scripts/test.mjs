// The README's test command: installs what the tests need, then lints, type-checks, builds and
// runs every test suite, and ends with one line counting every test that ran.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { bootstrap, ROOT } from './lib/bootstrap.mjs';
import { heading, run } from './lib/run.mjs';
import { suites } from './test-suites.mjs';

const RESULTS_DIR = resolve(ROOT, '.cache', 'test-results');

async function step(name, command, args, env) {
  heading(name);
  const code = await run(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
  if (code !== 0) console.error(`\n${name} failed (exit code ${code}).`);
  return code === 0;
}

function readCounts(file) {
  try {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: counts.passed ?? 0, failed: counts.failed ?? 0 };
  } catch {
    return undefined;
  }
}

async function main() {
  await bootstrap();
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });

  let ok = true;
  ok = (await step('Lint and format (biome)', 'pnpm', ['exec', 'biome', 'ci', '.'])) && ok;
  ok = (await step('Type check (tsc --noEmit)', 'pnpm', ['-r', 'typecheck'])) && ok;
  const built = await step('Build', 'pnpm', ['-r', 'build']);
  ok = built && ok;
  if (built) {
    ok =
      (await step('Package checks (publint, are-the-types-wrong)', 'node', [
        'scripts/check-packages.mjs',
      ])) && ok;
  }

  let passed = 0;
  let failed = 0;
  if (built) {
    for (const suite of suites) {
      const resultsFile = resolve(RESULTS_DIR, `${suite.name}.json`);
      const env = { ...(await suite.prepare?.()), PEER_GROUPS_TEST_RESULTS: resultsFile };
      let suiteOk;
      try {
        suiteOk = await step(suite.title, suite.command, suite.args(resultsFile), env);
      } finally {
        await suite.cleanup?.();
      }
      const counts = readCounts(resultsFile);
      if (counts === undefined) {
        console.error(`${suite.title} wrote no results to ${resultsFile}.`);
        suiteOk = false;
      } else {
        passed += counts.passed;
        failed += counts.failed;
      }
      ok = suiteOk && ok;
    }
  }

  console.log(`\n${ok ? 'All checks passed.' : 'Some checks failed: see above.'}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = ok && failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
