// Checks every publishable package as npm would ship it, after `pnpm -r build`: publint for the
// package.json (exports, files, types), and are-the-types-wrong for the types a TypeScript
// consumer resolves under Node's ESM and bundler resolution. The packages are ESM only, so the
// CommonJS and node10 resolutions are out of scope (the esm-only profile).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib/bootstrap.mjs';
import { heading, run } from './lib/run.mjs';

const packagesDir = resolve(ROOT, 'packages');
const publishable = readdirSync(packagesDir).filter((name) => {
  const manifest = JSON.parse(readFileSync(resolve(packagesDir, name, 'package.json'), 'utf8'));
  return manifest.private !== true;
});

const failed = [];
for (const name of publishable) {
  const cwd = resolve(packagesDir, name);
  heading(`@peer-groups/${name}`);
  const linted = await run('pnpm', ['exec', 'publint', '--strict'], { cwd });
  const typed = await run('pnpm', ['exec', 'attw', '--pack', '.', '--profile', 'esm-only'], {
    cwd,
  });
  if (linted !== 0 || typed !== 0) failed.push(name);
}

if (failed.length > 0) {
  console.error(`\nPackage checks failed for: ${failed.join(', ')}.`);
  process.exitCode = 1;
}
