/**
 * The route template a request matched, such as `/v1/groups/:id`: what logs may say about a
 * path, since the path's own values (a group id, a place) are nobody's business.
 *
 * @packageDocumentation
 */
import type { Context } from 'hono';
import { routePath } from 'hono/route';

/** The matched route template of `c`, or `null` when no route matched. */
export function routeTemplate(c: Context): string | null {
  const path = routePath(c, -1);
  return path === '*' || path === '/*' || path === '' ? null : path;
}
