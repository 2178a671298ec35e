/**
 * In-process search over 100,000 generated groups: the directory's own search call (index,
 * cursor, and wire form of the page), with no HTTP in between. Prints p50, p99, max and
 * queries per second for several shapes of search, and what counting facets costs the target
 * search (the spec's budget: facets must not make it 10 times slower).
 *
 * Run: pnpm --filter @peer-groups/server bench:search [-- --count 100000]
 */
import { parseArgs } from 'node:util';
import type { SearchQuery } from '@peer-groups/core';
import { METROS } from '@peer-groups/sample-data';
import { Directory } from '../src/directory/directory.js';
import { seedStore } from '../src/seed.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { benchArgs, formatTable, measure } from './measure.js';

const { values } = parseArgs({
  args: benchArgs(),
  options: { count: { type: 'string', default: '100000' } },
});
const count = Number(values.count);
const NOW = Date.parse('2026-11-02T15:00:00Z');

let started = performance.now();
const store = await openSqliteStore(':memory:');
await seedStore(store, { count, seed: 1, now: NOW });
const seeded = performance.now() - started;
started = performance.now();
const directory = await Directory.open({ store, now: () => NOW });
const opened = performance.now() - started;
started = performance.now();
while (directory.warmUp(5000) > 0) {
  // Every next meeting is computed once before measuring, as the server does in idle ticks.
}
const warmed = performance.now() - started;
console.log(
  `${directory.size} groups: generated and stored in ${seeded.toFixed(0)} ms, index built in ${opened.toFixed(0)} ms, next meetings warmed in ${warmed.toFixed(0)} ms`,
);

/** Cycles through metros and topic pairs, so no two consecutive searches are the same. */
function rotate<T>(values: readonly T[], index: number): T {
  return values[index % values.length] as T;
}

const TOPIC_PAIRS = [
  ['depression', 'anxiety'],
  ['grief-and-loss'],
  ['substance-use'],
  ['mental-health'],
  ['caregiving', 'dementia'],
  ['cancer'],
];
const centres = METROS.map((metro) => metro.centre);

/** The target search: a radius, two filters and facets. */
const targetQuery = (index: number): SearchQuery => ({
  near: rotate(centres, index),
  radiusKm: 25,
  topics: rotate(TOPIC_PAIRS, index),
  attendance: ['inPerson', 'hybrid'],
});
const TARGET = 'near 25 km + topics + attendance, facets (target)';
const NO_FACETS = 'the same, without facets';

const shapes: {
  name: string;
  iterations: number;
  query: (index: number) => SearchQuery;
  facets?: false;
}[] = [
  { name: TARGET, iterations: 5000, query: targetQuery },
  { name: NO_FACETS, iterations: 5000, query: targetQuery, facets: false },
  {
    name: 'near 50 km + days + timeOfDay, sort=next',
    iterations: 3000,
    query: (index) => ({
      near: rotate(centres, index),
      radiusKm: 50,
      days: ['tue', 'wed'],
      timeOfDay: ['evening'],
      sort: 'next',
    }),
  },
  {
    name: 'near 500 km + language + cost',
    iterations: 500,
    query: (index) => ({
      near: rotate(centres, index),
      radiusKm: 500,
      language: ['es'],
      cost: ['free'],
    }),
  },
  {
    name: 'no filter, sort=name (whole directory)',
    iterations: 200,
    query: () => ({ sort: 'name' }),
  },
  {
    name: 'topics + withinDays=7, sort=next (whole directory)',
    iterations: 200,
    query: (index) => ({ topics: rotate(TOPIC_PAIRS, index), withinDays: 7, sort: 'next' }),
  },
  {
    name: 'free text q (whole directory)',
    iterations: 200,
    query: (index) => ({ q: rotate(['grief', 'senora', 'veterans circle', 'family'], index) }),
  },
];

const rows = [];
for (const shape of shapes) {
  let matched = 0;
  const options = shape.facets === false ? { facets: false } : {};
  const figures = measure(shape.iterations, (index) => {
    matched += directory.search(shape.query(index), options).total;
  });
  rows.push({
    shape: shape.name,
    ...figures,
    'mean matches': Math.round(matched / (shape.iterations + figures.warmup)),
  });
}
console.log(formatTable(rows));
const withFacets = rows.find((row) => row.shape === TARGET);
const withoutFacets = rows.find((row) => row.shape === NO_FACETS);
if (withFacets !== undefined && withoutFacets !== undefined) {
  const ratio = (key: 'p50 ms' | 'p99 ms') => (withFacets[key] / withoutFacets[key]).toFixed(2);
  console.log(
    `facets cost (target / without facets): ${ratio('p50 ms')}x at p50, ${ratio('p99 ms')}x at p99 (budget: under 10x)`,
  );
}
await store.close();
