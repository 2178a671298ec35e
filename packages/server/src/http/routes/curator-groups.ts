/**
 * Curator edits of published groups: replace a listing, retire a group.
 *
 * @packageDocumentation
 */
import { groupListingSchema } from '@peer-groups/core';
import type { Hono, MiddlewareHandler } from 'hono';
import type { Directory } from '../../directory/directory.js';
import { answerJson } from '../answer.js';
import { negotiate } from '../negotiate.js';
import { pathId } from '../path-id.js';
import { noQuery } from '../query.js';
import { readJsonBody } from '../request-body.js';

/** Adds `PUT` and `DELETE /v1/groups/{id}` to `app`. */
export function curatorGroupRoutes(
  app: Hono,
  directory: Directory,
  options: { curator: MiddlewareHandler; bodyLimit: MiddlewareHandler },
): void {
  const { curator, bodyLimit } = options;

  app.put('/v1/groups/:id', negotiate('application/json'), curator, bodyLimit, async (c) => {
    const id = pathId(c);
    noQuery(c);
    const listing = await readJsonBody(c, groupListingSchema);
    const { group } = await directory.putGroup(id, listing);
    return answerJson(c, group, { headers: { 'Cache-Control': 'no-store' } });
  });

  app.delete('/v1/groups/:id', curator, async (c) => {
    const id = pathId(c);
    noQuery(c);
    await directory.retireGroup(id);
    return c.body(null, 204);
  });
}
