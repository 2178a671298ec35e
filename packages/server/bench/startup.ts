/**
 * Start-up time with 100,000 groups: opening the store (migrations included), reading every
 * active group, and building the search index, as a server does before it listens.
 *
 * Run: pnpm --filter @peer-groups/server bench:startup [-- --count 100000 --runs 3]
 * With DATABASE_URL=postgres://… it measures PostgreSQL instead of a SQLite file.
 */
import { parseArgs } from 'node:util';
import { Directory } from '../src/directory/directory.js';
import { openStore } from '../src/open-store.js';
import { BENCH_NOW, envBenchDatabase, openBenchStore } from './bench-server.js';
import { benchArgs, formatTable } from './measure.js';

const { values } = parseArgs({
  args: benchArgs(),
  options: {
    count: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
  },
});
const seeded = await openBenchStore(Number(values.count), envBenchDatabase());
await seeded.store.close();

const rows = [];
for (let run = 1; run <= Number(values.runs); run += 1) {
  let started = performance.now();
  const store = await openStore(seeded.database);
  const opened = performance.now() - started;
  started = performance.now();
  const snapshot = await store.snapshot();
  const read = performance.now() - started;
  started = performance.now();
  // Directory.open reads the snapshot itself; timed separately above to split the figures.
  const directory = await Directory.open({ store, now: () => BENCH_NOW });
  const openedDirectory = performance.now() - started;
  started = performance.now();
  while (directory.warmUp(5000) > 0) {
    // The server does this in idle ticks after it starts listening.
  }
  const warmed = performance.now() - started;
  rows.push({
    run,
    store: seeded.label,
    groups: snapshot.groups.length,
    'open+migrate ms': Math.round(opened),
    'read all ms': Math.round(read),
    'read+index ms': Math.round(openedDirectory),
    'ready ms': Math.round(opened + openedDirectory),
    'next meetings ms (after listening)': Math.round(warmed),
  });
  await store.close();
}
console.log(formatTable(rows));
await seeded.dispose();
