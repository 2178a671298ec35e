/**
 * The API over HTTP on loopback: autocannon with 50 connections sending a realistic mix of
 * searches (radius searches with filters, text, next meetings, pages, one group, topics).
 * Prints requests per second and latency percentiles.
 *
 * Run: pnpm --filter @peer-groups/server bench:http [-- --count 100000 --seconds 10]
 * With DATABASE_URL=postgres://… the server runs on PostgreSQL instead of a SQLite file.
 */
import { parseArgs } from 'node:util';
import { METROS } from '@peer-groups/sample-data';
import autocannon from 'autocannon';
import { Directory } from '../src/directory/directory.js';
import { openBenchStore, startServerProcess } from './bench-server.js';
import { benchArgs, formatTable } from './measure.js';

const { values } = parseArgs({
  args: benchArgs(),
  options: {
    count: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const bench = await openBenchStore(Number(values.count));
const someIds = (await Directory.open({ store: bench.store }))
  .search({ limit: 50 })
  .items.map((item) => item.id);
await bench.store.close();
// The server runs in its own process, as in production, so the load generator does not share
// its event loop.
const server = await startServerProcess(bench.database);

const near = (index: number) => {
  const { lat, lng } = (METROS[index % METROS.length] as (typeof METROS)[number]).centre;
  return `${lat.toFixed(4)},${lng.toFixed(4)}`;
};
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

let next = 0;
const result = await autocannon({
  url: server.url,
  connections: Number(values.connections),
  duration: Number(values.seconds),
  headers: { 'accept-encoding': process.env.BENCH_ENCODING ?? 'br, gzip' },
  requests: [
    {
      setupRequest: (request) => {
        next = (next + 1) % paths.length;
        return { ...request, path: paths[next] as string };
      },
    },
  ],
});
console.log(
  formatTable([
    {
      store: bench.label,
      groups: server.groups,
      connections: Number(values.connections),
      'requests/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'max ms': result.latency.max,
      'non-2xx': result.non2xx,
      errors: result.errors,
    },
  ]),
);
await server.close();
await bench.dispose();
