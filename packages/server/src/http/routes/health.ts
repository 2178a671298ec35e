/**
 * Liveness and readiness probes for orchestrators and load balancers.
 *
 * @packageDocumentation
 */
import type { Hono } from 'hono';
import type { Directory } from '../../directory/directory.js';
import { answerJson } from '../answer.js';
import { problemResponse } from '../problem.js';
import { noQuery } from '../query.js';

const UP = { status: 'ok' };
const PRIVATE = { headers: { 'Cache-Control': 'no-store' } };

/**
 * Adds `GET /healthz` (the process answers) and `GET /readyz` (the store answers too, and the
 * read replica when there is one).
 */
export function healthRoutes(app: Hono, directory: Directory): void {
  app.get('/healthz', (c) => {
    noQuery(c);
    return answerJson(c, UP, PRIVATE);
  });

  app.get('/readyz', async (c) => {
    noQuery(c);
    try {
      await directory.ping();
    } catch {
      return problemResponse('unavailable', {
        detail:
          'The directory store or its read replica is unreachable. Check the databases; the server retries on every probe.',
      });
    }
    return answerJson(c, UP, PRIVATE);
  });
}
