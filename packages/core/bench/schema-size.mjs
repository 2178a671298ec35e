// Prints the gzip size of core's schemas as a browser bundle would carry them: the built package,
// tree-shaken, minified with terser, gzipped. Run after `pnpm --filter @peer-groups/core build`:
//   node packages/core/bench/schema-size.mjs
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { onwarn } from '../../../scripts/rollup-library.mjs';

// A real path inside this folder, so imports in the entry resolve from core's node_modules.
const ENTRY_ID = resolve(import.meta.dirname, 'size-entry.js');

/** Bundles `source` as a browser entry and returns its minified and gzip sizes in bytes. */
async function measure(source) {
  const bundle = await rollup({
    input: ENTRY_ID,
    onwarn,
    plugins: [
      {
        name: 'virtual-entry',
        resolveId: (id) => (id === ENTRY_ID ? id : null),
        load: (id) => (id === ENTRY_ID ? source : null),
      },
      nodeResolve({ browser: true }),
      terser({ format: { comments: false } }),
    ],
  });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  const code = output[0].code;
  return { minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const entries = {
  'core schemas a client validates (group, search page, taxonomy, problem, meetings, places)': `
    import { groupSchema, searchPageSchema, taxonomySchema, problemSchema, meetingListSchema, placeListSchema } from '../dist/index.js';
    export const schemas = [groupSchema, searchPageSchema, taxonomySchema, problemSchema, meetingListSchema, placeListSchema];`,
  'zod/mini runtime alone (one object schema)': `
    import * as z from 'zod/mini';
    export const s = z.object({ a: z.string() }); console.log(s.parse({ a: '' }));`,
  'full zod runtime alone (the same object schema)': `
    import * as z from 'zod';
    export const s = z.object({ a: z.string() }); console.log(s.parse({ a: '' }));`,
};

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [label, source] of Object.entries(entries)) {
  const { minified, gzip } = await measure(source);
  console.log(`${label}: ${kilobytes(minified)} minified, ${kilobytes(gzip)} gzip`);
}
