/**
 * Submissions: the public endpoint that queues them, and the curator endpoints that moderate.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import {
  parseSubmissionQueueParams,
  rejectionSchema,
  submissionInputSchema,
} from '@peer-groups/core';
import type { Hono, MiddlewareHandler } from 'hono';
import type { Directory } from '../../directory/directory.js';
import { InvalidParametersError } from '../../errors.js';
import { answerJson } from '../answer.js';
import { negotiate } from '../negotiate.js';
import { pathId } from '../path-id.js';
import { noQuery, queryOrThrow, searchParamsOf } from '../query.js';
import { readJsonBody } from '../request-body.js';

const PRIVATE = { 'Cache-Control': 'no-store' };
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function idempotencyKeyOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(header)) {
    throw new InvalidParametersError([
      {
        name: 'Idempotency-Key',
        reason: 'must be 1-255 visible ASCII characters, such as a UUID',
      },
    ]);
  }
  return header;
}

/** What the submission routes need besides the directory. */
export interface SubmissionRouteOptions {
  /** Guards the curator endpoints. */
  curator: MiddlewareHandler;
  /** The stricter rate limit of `POST /v1/submissions`. */
  submissionLimit: MiddlewareHandler;
  /** Refuses bodies over the size limit. */
  bodyLimit: MiddlewareHandler;
}

/** Adds the submission routes to `app`. */
export function submissionRoutes(
  app: Hono,
  directory: Directory,
  options: SubmissionRouteOptions,
): void {
  const json = negotiate('application/json');
  const { curator, submissionLimit, bodyLimit } = options;

  app.post('/v1/submissions', json, submissionLimit, bodyLimit, async (c) => {
    noQuery(c);
    const key = idempotencyKeyOf(c.req.header('Idempotency-Key'));
    const input = await readJsonBody(c, submissionInputSchema);
    const fingerprint = createHash('sha256').update(JSON.stringify(input)).digest('hex');
    const { receipt, replayed } = await directory.submit(
      input,
      key === undefined ? undefined : { key, fingerprint },
    );
    return answerJson(c, receipt, {
      status: 201,
      headers: {
        ...PRIVATE,
        Location: `/v1/submissions/${receipt.id}`,
        ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
      },
    });
  });

  app.get('/v1/submissions', json, curator, async (c) => {
    const query = queryOrThrow(parseSubmissionQueueParams(searchParamsOf(c)));
    return answerJson(c, await directory.listSubmissions(query), { headers: PRIVATE });
  });

  app.get('/v1/submissions/:id', json, curator, async (c) => {
    const id = pathId(c);
    noQuery(c);
    return answerJson(c, await directory.getSubmission(id), { headers: PRIVATE });
  });

  app.post('/v1/submissions/:id/approve', json, curator, bodyLimit, async (c) => {
    const id = pathId(c);
    noQuery(c);
    return answerJson(c, await directory.approve(id), { headers: PRIVATE });
  });

  app.post('/v1/submissions/:id/reject', json, curator, bodyLimit, async (c) => {
    const id = pathId(c);
    noQuery(c);
    const rejection = await readJsonBody(c, rejectionSchema);
    return answerJson(c, await directory.reject(id, rejection), { headers: PRIVATE });
  });
}
