// Prints how many next-occurrence computations per second core's schedule arithmetic does over
// the schedules of 100,000 generated groups (weekly and monthly, in every zone the sample data
// uses, with cancellations and validity windows). Run after `pnpm -r build`:
//   node packages/core/bench/next-occurrence.mjs [--count 100000] [--passes 5]
// The first pass starts with empty zone-offset caches; the later ones show the steady state of a
// long-running server. Passes are timed whole, so timer resolution does not blur the figures.
import { parseArgs } from 'node:util';
import { nextOccurrence } from '../dist/index.js';

// The generator is a sibling workspace package that itself depends on core; it is imported from
// its built output by path so that core does not gain a circular dependency.
const { iterateGroups, DEFAULT_NOW } = await import(
  new URL('../../sample-data/dist/index.js', import.meta.url).href
);

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    passes: { type: 'string', default: '5' },
  },
});
const count = Number(values.count);
const passes = Number(values.passes);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(passes) || passes < 2) {
  throw new RangeError('--count must be a positive integer and --passes at least 2');
}

const schedulesOfGroups = [];
let scheduleCount = 0;
for (const group of iterateGroups({ count })) {
  schedulesOfGroups.push(group.schedules);
  scheduleCount += group.schedules.length;
}

const now = Date.parse(DEFAULT_NOW);
const HOUR_MS = 3_600_000;

/** One pass over every group, each asked from a different hour of the coming week. */
function pass() {
  let found = 0;
  const started = performance.now();
  for (let index = 0; index < schedulesOfGroups.length; index += 1) {
    const after = now + (index % 168) * HOUR_MS;
    if (nextOccurrence(schedulesOfGroups[index], after) !== null) found += 1;
  }
  return { ms: performance.now() - started, found };
}

const rows = [];
for (let index = 0; index < passes; index += 1) rows.push(pass());
const steady = rows
  .slice(1)
  .map((row) => row.ms)
  .sort((left, right) => left - right);
const medianMs = steady[Math.floor(steady.length / 2)];
const rate = (ms) => Math.round((schedulesOfGroups.length / ms) * 1000).toLocaleString('en-US');

console.log(
  `nextOccurrence over ${schedulesOfGroups.length.toLocaleString('en-US')} groups ` +
    `(${scheduleCount.toLocaleString('en-US')} schedules), ${rows[0].found.toLocaleString('en-US')} with a next meeting`,
);
console.log(
  `  first pass (cold caches): ${rows[0].ms.toFixed(0)} ms, ${rate(rows[0].ms)} per second`,
);
console.log(
  `  steady (median of ${steady.length} passes): ${medianMs.toFixed(0)} ms, ${rate(medianMs)} per second, ` +
    `${((medianMs * 1000) / schedulesOfGroups.length).toFixed(2)} µs each`,
);
