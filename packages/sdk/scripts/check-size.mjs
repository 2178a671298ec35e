// Measures what the SDK costs a browser page, gzipped, from the built package: a page that only
// searches through the standalone call, one that searches through `createClient`, and one that
// uses every call. Fails past the budgets below, or when the search-only
// page would download code it never runs. Run after `rollup -c` (the package's build does).
//
// Budgets are set from measured sizes with a little headroom; raising one means re-measuring and
// saying why in the same commit.

import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

// Measured 19689 (the standalone search, which writes its parameters with core's field codecs),
// 22754 (search through createClient, which reaches every public call) and 23150 bytes: zod's
// core, ky and the schemas are most of all three; the lazy curator chunk adds under 0.4 KB.
const BUDGETS = {
  searchOnly: 20_000,
  clientSearch: 23_000,
  wholeSdk: 23_500,
};

// Strings that only curator code contains; none may reach a page that only searches.
const LAZY_ONLY_MARKERS = ['/approve', '/reject', 'submissions/'];

const ENTRIES = {
  searchOnly: `
    import { createConnection, searchGroups } from '@peer-groups/sdk';
    const directory = createConnection({ baseUrl: '/directory' });
    searchGroups(directory, { near: '02139', topics: ['grief-and-loss'] }).then((page) => {
      document.body.textContent = String(page.total);
    });
  `,
  clientSearch: `
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
const clientSearch = await measure('clientSearch', { inlineDynamicImports: false });
const wholeSdk = await measure('wholeSdk', { inlineDynamicImports: true });

console.log('SDK bundle cost (rollup + node-resolve + terser, gzip -9)');
for (const [name, result] of Object.entries({ searchOnly, clientSearch, wholeSdk })) {
  const budget = BUDGETS[name];
  console.log(
    `  ${name.padEnd(12)} ${String(result.gzip).padStart(6)} B gzip (${kb(result.gzip)})  ${kb(result.bytes).padStart(9)} minified  budget ${budget} B`,
  );
  if (result.gzip > budget) {
    failures.push(`${name} is ${result.gzip} bytes gzipped, past its budget of ${budget}`);
  }
}
for (const [name, result] of Object.entries({ searchOnly, clientSearch })) {
  for (const marker of LAZY_ONLY_MARKERS) {
    if (result.code.includes(marker)) {
      failures.push(`the ${name} page contains "${marker}", which only curator code uses`);
    }
  }
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`size check failed: ${failure}`);
  process.exitCode = 1;
}
