// Regenerates every generated doc: the directory API reference (docs/reference/api.md, from
// the OpenAPI document, which is rebuilt first so the page matches the sources), the element
// reference in docs/embedding.md (from custom-elements.json) and the SDK reference
// (docs/reference/sdk/). Stops at the first step that fails.
// Run: pnpm run docs

import { relative } from 'node:path';
import { run } from '../lib/run.mjs';
import { WORKSPACE_ROOT, writeApiReference } from './api-reference.mjs';

/** @type {Array<{ title: string, step: () => Promise<number> }>} */
const steps = [
  {
    title: 'OpenAPI document (packages/core/dist/openapi.json)',
    step: () => pnpm(['--filter', '@peer-groups/core', 'build']),
  },
  {
    title: 'Directory API reference (docs/reference/api.md)',
    step: async () => {
      const { path, endpoints } = writeApiReference();
      console.log(`${relative(WORKSPACE_ROOT, path)}: ${endpoints} endpoints`);
      return 0;
    },
  },
  {
    title: 'Element reference (docs/embedding.md, from custom-elements.json)',
    step: () => pnpm(['--filter', '@peer-groups/elements', 'manifest']),
  },
  {
    title: 'SDK reference (docs/reference/sdk/)',
    step: () => pnpm(['--filter', '@peer-groups/sdk', 'docs:reference']),
  },
];

/** @param {string[]} args */
function pnpm(args) {
  return run('pnpm', args, { cwd: WORKSPACE_ROOT });
}

for (const { title, step } of steps) {
  console.log(`\n=== ${title} ===`);
  const code = await step();
  if (code !== 0) {
    console.error(`\n${title} failed (exit ${code}); fix it and run \`pnpm run docs\` again.`);
    process.exit(code);
  }
}
console.log('\nEvery generated doc is up to date.');
