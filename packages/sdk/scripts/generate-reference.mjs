// Generates the API reference of the SDK from its types and TSDoc into docs/reference/sdk/, with
// a notice at the top of each page that it is generated. Run: pnpm --filter @peer-groups/sdk docs:reference
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const packageDir = resolve(import.meta.dirname, '..');
const outDir = resolve(packageDir, '../../docs/reference/sdk');
const NOTICE =
  '<!-- Generated from the TSDoc of packages/sdk by `pnpm --filter @peer-groups/sdk docs:reference`; do not edit. -->\n\n';

execFileSync('pnpm', ['exec', 'typedoc', '--treatWarningsAsErrors'], {
  cwd: packageDir,
  stdio: 'inherit',
});

for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  const file = join(entry.parentPath, entry.name);
  writeFileSync(file, NOTICE + readFileSync(file, 'utf8'));
}

// The workspace formats Markdown with biome too; format the pages so `biome ci` accepts them.
execFileSync('pnpm', ['exec', 'biome', 'format', '--write', outDir], {
  cwd: packageDir,
  stdio: 'inherit',
});
