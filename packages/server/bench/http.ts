/**
 * The API over HTTP on loopback, on each store: autocannon with 50 connections sending a
 * realistic mix of searches (radius searches with filters, text, next meetings, pages, one
 * group, topics). Prints requests per second and latency percentiles for SQLite and PostgreSQL.
 *
 * Run: pnpm --filter @peer-groups/server bench:http [-- --count 100000 --seconds 10]
 * PostgreSQL is the database in DATABASE_URL, else a private durable server started for the
 * run (installed from Debian's packages when missing and allowed); it is skipped, saying why,
 * where neither is possible. `--stores sqlite` or `--stores postgres` measures one of them.
 * `--fresh-searches` moves every search to a point of its own, as "near me" searches are, so no
 * answer of an earlier search can be reused: it measures searching, not the kept answers.
 */
import { parseArgs } from 'node:util';
import { METROS } from '@peer-groups/sample-data';
import autocannon from 'autocannon';
import { Directory } from '../src/directory/directory.js';
import {
  type BenchDatabase,
  openBenchStore,
  postgresBenchDatabase,
  sqliteBenchDatabase,
  startServerProcess,
} from './bench-server.js';
import { benchArgs, formatTable } from './measure.js';

const { values } = parseArgs({
  args: benchArgs(),
  options: {
    count: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    stores: { type: 'string', default: 'sqlite,postgres' },
    'fresh-searches': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const stores = new Set(values.stores.split(','));

const near = (index: number) => {
  const { lat, lng } = (METROS[index % METROS.length] as (typeof METROS)[number]).centre;
  return `${lat.toFixed(4)},${lng.toFixed(4)}`;
};

/** The request mix: searches of several shapes around many metros, some groups, the taxonomy. */
function requestPaths(someIds: readonly string[]): string[] {
  const paths: string[] = [];
  for (let index = 0; index < 60; index += 1) {
    paths.push(
      `/v1/groups?near=${near(index)}&radiusKm=25&topics=depression,anxiety&attendance=inPerson,hybrid`,
      `/v1/groups?near=${near(index + 1)}&radiusKm=40&days=tue,wed&timeOfDay=evening&sort=next`,
      `/v1/groups?near=${near(index + 2)}&radiusKm=25&language=es&cost=free,donation`,
      `/v1/groups?near=${near(index + 3)}&radiusKm=15&topics=grief-and-loss&limit=10`,
      `/v1/groups/${someIds[index % someIds.length]}`,
    );
  }
  paths.push('/v1/topics', '/v1/groups?topics=caregiving&withinDays=7&sort=next');
  return paths;
}

/** Seeds `target`, serves it from a child process and loads it; one row of figures. */
async function measureStore(target: BenchDatabase): Promise<Record<string, string | number>> {
  const bench = await openBenchStore(count, target);
  try {
    const someIds = (await Directory.open({ store: bench.store }))
      .search({ limit: 50 })
      .items.map((item) => item.id);
    await bench.store.close();
    // The server runs in its own process, as in production, so the load generator does not
    // share its event loop.
    const server = await startServerProcess(bench.database);
    try {
      const paths = requestPaths(someIds);
      let next = 0;
      let fresh = 0;
      const result = await autocannon({
        url: server.url,
        connections: Number(values.connections),
        duration: Number(values.seconds),
        headers: { 'accept-encoding': process.env.BENCH_ENCODING ?? 'br, gzip' },
        requests: [
          {
            setupRequest: (request) => {
              next = (next + 1) % paths.length;
              let path = paths[next] as string;
              if (values['fresh-searches']) {
                // More decimals for the latitude, under 11 m apart: a search never repeated.
                fresh += 1;
                path = path.replace(/(near=-?\d+\.\d{4})/, `$1${String(fresh).padStart(7, '0')}`);
              }
              return { ...request, path };
            },
          },
        ],
      });
      return {
        store: values['fresh-searches'] ? `${bench.label}, fresh searches` : bench.label,
        groups: server.groups,
        connections: Number(values.connections),
        'requests/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'max ms': result.latency.max,
        'non-2xx': result.non2xx,
        errors: result.errors,
      };
    } finally {
      await server.close();
    }
  } finally {
    await bench.dispose();
  }
}

const rows: Record<string, string | number>[] = [];
if (stores.has('sqlite')) rows.push(await measureStore(sqliteBenchDatabase()));
if (stores.has('postgres')) {
  const postgres = await postgresBenchDatabase();
  if ('skipped' in postgres) console.log(`postgres: skipped. ${postgres.skipped}`);
  else rows.push(await measureStore(postgres));
}
if (rows.length > 0) console.log(formatTable(rows));
