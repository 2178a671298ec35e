/**
 * Import rate and peak memory of a 50,000-meeting Meeting Guide feed: the feed is written from
 * generated groups, then imported by a fresh process into an empty SQLite file (every meeting
 * created) and again (every meeting unchanged), as a scheduled refresh would.
 *
 * Run: pnpm --filter @peer-groups/server bench:import [-- --meetings 50000]
 * With DATABASE_URL=postgres://… it imports into PostgreSQL instead of a SQLite file.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { iterateGroups } from '@peer-groups/sample-data';
import { importFeed } from '../src/interop/import-feed.js';
import { groupToMeetingGuide } from '../src/interop/meeting-guide/write.js';
import { loadPlaces } from '../src/load-places.js';
import { openStore } from '../src/open-store.js';
import { BENCH_NOW } from './bench-server.js';
import { benchArgs, formatTable } from './measure.js';

const { values } = parseArgs({
  args: benchArgs(),
  options: {
    meetings: { type: 'string', default: '50000' },
    run: { type: 'string' },
    db: { type: 'string' },
  },
});

/** The figures one import process prints, as one JSON line. */
interface RunFigures {
  pass: string;
  records: number;
  created: number;
  unchanged: number;
  rejected: number;
  seconds: number;
  'groups/s': number;
  'RSS before MB': number;
  'peak RSS MB': number;
}

const MB = 1024 * 1024;

/** Imports `file` into `db` twice in this process, printing one JSON line per pass. */
async function runImports(file: string, database: string): Promise<void> {
  const places = await loadPlaces();
  for (const pass of ['first import', 'refresh, unchanged']) {
    const store = await openStore(database);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const report = await importFeed(
      store,
      { location: file, format: 'meeting-guide', sourceName: 'Bench intergroup' },
      { places, now: () => BENCH_NOW },
    );
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    const imported = report.created + report.updated + report.unchanged;
    const figures: RunFigures = {
      pass,
      records: report.records,
      created: report.created,
      unchanged: report.unchanged,
      rejected: report.rejected.length,
      seconds: Math.round(seconds * 100) / 100,
      'groups/s': Math.round(imported / seconds),
      'RSS before MB': Math.round(before / MB),
      // maxRSS is in kilobytes and covers the whole process so far, this pass included.
      'peak RSS MB': Math.round((process.resourceUsage().maxRSS * 1024) / MB),
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  }
}

/** Writes a Meeting Guide feed of `count` meetings from generated groups, one element at a time. */
function writeFeed(file: string, count: number): number {
  const descriptor = openSync(file, 'w');
  let written = 0;
  try {
    writeSync(descriptor, '[');
    // Generated groups include monthly ones, which the format leaves out: draw until enough.
    for (const group of iterateGroups({ count: count * 2, seed: 1, now: BENCH_NOW })) {
      for (const meeting of groupToMeetingGuide(group)) {
        if (written === count) break;
        writeSync(descriptor, `${written === 0 ? '' : ','}\n${JSON.stringify(meeting)}`);
        written += 1;
      }
      if (written === count) break;
    }
    writeSync(descriptor, '\n]\n');
  } finally {
    closeSync(descriptor);
  }
  return written;
}

function runChild(file: string, database: string): Promise<RunFigures[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--run', file, '--db', database],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the import process exited with ${code}`));
      else
        resolve(
          output
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as RunFigures),
        );
    });
  });
}

if (values.run !== undefined) {
  await runImports(values.run, values.db as string);
} else {
  const folder = mkdtempSync(join(tmpdir(), 'peer-groups-import-bench-'));
  try {
    const file = join(folder, 'meetings.json');
    const count = writeFeed(file, Number(values.meetings));
    const database = process.env.DATABASE_URL ?? join(folder, 'directory.db');
    console.log(
      `Meeting Guide feed: ${count} meetings, ${(statSync(file).size / MB).toFixed(1)} MB; store: ${process.env.DATABASE_URL === undefined ? 'sqlite (file)' : 'postgres'}`,
    );
    const figures = await runChild(file, database);
    console.log(formatTable(figures as unknown as Record<string, string | number>[]));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
