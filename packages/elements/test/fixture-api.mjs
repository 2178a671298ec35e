// A tiny directory API inside the test server, for pages that cannot run msw: the strict-CSP
// page (Trusted Types forbid registering a service worker from an untrusted URL) and the benchmark.
import { pageOf, searchHits } from './fixtures/groups.js';

/**
 * Koa-style middleware answering `GET {prefix}/v1/groups` and `GET {prefix}/v1/groups/{id}`
 * with the fixture listings; `hits` makes the results (default: the three fixture groups).
 */
export function fixtureApi(prefix, hits = () => searchHits()) {
  return async function fixtureApiMiddleware(context, next) {
    if (!context.path.startsWith(`${prefix}/v1/`)) return next();
    const path = context.path.slice(prefix.length);
    const all = hits();
    context.set('Access-Control-Allow-Origin', '*');
    if (path === '/v1/groups') {
      const limit = Number(context.query.limit ?? 20);
      const offset = Number(String(context.query.cursor ?? 'offset-0').slice(7)) || 0;
      context.type = 'application/json';
      context.body = JSON.stringify(pageOf(all, limit, offset));
      return undefined;
    }
    const found = all.find((hit) => path === `/v1/groups/${hit.id}`);
    context.status = found ? 200 : 404;
    context.type = found ? 'application/json' : 'application/problem+json';
    context.body = JSON.stringify(
      found ?? { type: 'urn:peer-groups:problem:not-found', title: 'Not found', status: 404 },
    );
    return undefined;
  };
}
