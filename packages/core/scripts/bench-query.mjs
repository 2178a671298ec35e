// Prints how fast the built package reads and writes search query strings and builds the OpenAPI
// document, and how large the document is. Run after `pnpm --filter @peer-groups/core build`:
//   node packages/core/scripts/bench-query.mjs

import { gzipSync } from 'node:zlib';

const core = await import(new URL('../dist/index.js', import.meta.url).href);
const { createOpenApiDocument, parseSearchParams, searchQueryToParams } = core;

/** Runs `task` for about `ms` milliseconds after a warm-up and returns operations per second. */
function opsPerSecond(task, ms = 400) {
  for (let index = 0; index < 200; index++) task();
  let operations = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let index = 0; index < 100; index++) task();
    operations += 100;
    elapsed = performance.now() - start;
  }
  return (operations / elapsed) * 1000;
}

const typical =
  'near=42.3736,-71.1097&radiusKm=25&topics=depression,anxiety&attendance=inPerson,hybrid&days=mon,wed&timeOfDay=evening&language=en,es&limit=20';
const malformed = 'near=91,0&radiusKm=ten&days=monday&sort=distance&colour=red&limit=0';
const query = parseSearchParams(new URLSearchParams(typical)).query;

const rows = [
  [
    'parseSearchParams, 8 valid parameters',
    opsPerSecond(() => parseSearchParams(new URLSearchParams(typical))),
  ],
  [
    'parseSearchParams, 6 invalid parameters',
    opsPerSecond(() => parseSearchParams(new URLSearchParams(malformed))),
  ],
  [
    'searchQueryToParams + toString, 8 parameters',
    opsPerSecond(() => searchQueryToParams(query).toString()),
  ],
];
for (const [name, rate] of rows)
  console.log(`${name.padEnd(46)} ${Math.round(rate).toLocaleString('en-US').padStart(10)} ops/s`);

const coldStart = performance.now();
const document = createOpenApiDocument();
const coldMs = performance.now() - coldStart;
const warmRuns = 20;
const warmStart = performance.now();
for (let index = 0; index < warmRuns; index++) createOpenApiDocument();
const warmMs = (performance.now() - warmStart) / warmRuns;
const json = JSON.stringify(document);
console.log(`createOpenApiDocument, first call                ${coldMs.toFixed(1).padStart(7)} ms`);
console.log(
  `createOpenApiDocument, later calls (mean of ${warmRuns})   ${warmMs.toFixed(1).padStart(7)} ms`,
);
console.log(
  `openapi.json: ${Object.keys(document.paths).length} paths, ${Object.keys(document.components.schemas).length} schemas, ${(json.length / 1024).toFixed(1)} KiB, ${(gzipSync(json).length / 1024).toFixed(1)} KiB gzip`,
);
