// Measures what the SDK costs a browser page, gzipped, from the built package: a page that only
// searches, and a page that uses every call. Fails past the budgets below, or when the search-only
// page would download code it never runs. Run after `rollup -c` (the package's build does).
//
// Budgets are set from measured sizes with a little headroom; raising one means re-measuring and
// saying why in the same commit.

import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

// Measured 22235 and 22700 bytes: zod's core and the shared schemas are most of both; the lazy
// submission and curator chunks add under 0.5 KB.
const BUDGETS = {
  searchOnly: 23_500,
  wholeSdk: 24_000,
};

// Strings that only submission and curator code contains; none may reach the search-only page.
const LAZY_ONLY_MARKERS = ['/approve', '/reject', 'submissions/'];

const ENTRIES = {
  searchOnly: `
    import { createClient } from '@peer-groups/sdk';
    const client = createClient({ baseUrl: '/directory' });
    client.groups.search({ near: '02139', topics: ['grief-and-loss'] }).then((page) => {
      document.body.textContent = String(page.total);
    });
  `,
  wholeSdk: `
    import * as sdk from '@peer-groups/sdk';
    const client = sdk.createClient({ baseUrl: '/directory', apiKey: 'key' });
    globalThis.sdk = sdk;
    globalThis.calls = [
      client.groups.search({}), client.groups.get('g'), client.groups.meetings('g'),
      client.groups.calendar('g'), client.groups.iterate({}), client.topics.list(),
      client.places.resolve('02139'), client.submissions.create({ kind: 'correction', groupId: 'g', note: 'x' }),
      client.curator.queue(), client.curator.submission('s'), client.curator.approve('s'),
      client.curator.reject('s'), client.curator.update('g', {}), client.curator.retire('g'),
    ];
  `,
};

const IGNORED_WARNINGS = new Set(['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY']);

function virtualEntry(source) {
  return {
    name: 'virtual-entry',
    resolveId: (id) => (id === 'entry' ? id : null),
    load: (id) => (id === 'entry' ? source : null),
  };
}

/** The chunks a page loads before any dynamic import runs: the entry and its static imports. */
function initialChunks(output) {
  const byName = new Map(
    output.filter((item) => item.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const entry = output.find((item) => item.type === 'chunk' && item.isEntry);
  const loaded = new Map();
  const queue = [entry];
  while (queue.length > 0) {
    const chunk = queue.shift();
    if (chunk === undefined || loaded.has(chunk.fileName)) continue;
    loaded.set(chunk.fileName, chunk);
    for (const name of chunk.imports) queue.push(byName.get(name));
  }
  return [...loaded.values()];
}

async function measure(name, { inlineDynamicImports }) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      virtualEntry(ENTRIES[name]),
      nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'] }),
    ],
    onwarn(warning, warn) {
      if (!IGNORED_WARNINGS.has(warning.code)) warn(warning);
    },
  });
  const { output } = await bundle.generate({
    format: 'esm',
    inlineDynamicImports,
    plugins: [terser({ ecma: 2022, module: true })],
  });
  await bundle.close();
  const chunks = initialChunks(output);
  const code = chunks.map((chunk) => chunk.code).join('\n');
  return { code, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const failures = [];
const searchOnly = await measure('searchOnly', { inlineDynamicImports: false });
const wholeSdk = await measure('wholeSdk', { inlineDynamicImports: true });

console.log('SDK bundle cost (rollup + node-resolve + terser, gzip -9)');
for (const [name, result] of Object.entries({ searchOnly, wholeSdk })) {
  const budget = BUDGETS[name];
  console.log(
    `  ${name.padEnd(11)} ${String(result.gzip).padStart(6)} B gzip (${kb(result.gzip)})  ${kb(result.bytes).padStart(9)} minified  budget ${budget} B`,
  );
  if (result.gzip > budget) {
    failures.push(`${name} is ${result.gzip} bytes gzipped, past its budget of ${budget}`);
  }
}
for (const marker of LAZY_ONLY_MARKERS) {
  if (searchOnly.code.includes(marker)) {
    failures.push(
      `the search-only page contains "${marker}", which only submission or curator code uses`,
    );
  }
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`size check failed: ${failure}`);
  process.exitCode = 1;
}
