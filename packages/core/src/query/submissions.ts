/**
 * The query string of `GET /v1/submissions`: a curator's page of the moderation queue.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { MAX_PAGE_SIZE } from '../schemas/search.js';
import { submissionStatusSchema } from '../schemas/submission.js';
import type { QueryFields, QueryParseResult } from './codec.js';
import { defineQueryCodec } from './codec.js';
import { integerField, textField } from './fields.js';

/**
 * The query of `GET /v1/submissions`: submissions in one `status` (all when left out), `limit` per
 * page (default 20, at most 100), and the `cursor` of the page to continue from.
 */
export const submissionQueueQuerySchema = z.object({
  status: z.optional(submissionStatusSchema),
  limit: z.optional(z.int().check(z.gte(1), z.lte(MAX_PAGE_SIZE))),
  cursor: z.optional(z.string().check(z.maxLength(512))),
});
/** The query of `GET /v1/submissions`. */
export type SubmissionQueueQuery = z.infer<typeof submissionQueueQuerySchema>;

/** The parameters of `GET /v1/submissions` in canonical order. */
export const submissionQueueFields: QueryFields<SubmissionQueueQuery> = {
  // The schema narrows the text to a status and names the allowed ones when it refuses it.
  status: textField as QueryFields<SubmissionQueueQuery>['status'],
  limit: integerField,
  cursor: textField,
};

const submissionQueueCodec = defineQueryCodec<SubmissionQueueQuery>({
  schema: submissionQueueQuerySchema,
  fields: submissionQueueFields,
});

/** The URL parameters of a moderation-queue page: `status`, `limit`, `cursor`. */
export function submissionQueueQueryToParams(query: SubmissionQueueQuery): URLSearchParams {
  return submissionQueueCodec.toParams(query);
}

/**
 * Reads the query string of `GET /v1/submissions`. Never throws: names unknown statuses (with the
 * allowed ones), a malformed or out-of-range `limit`, and unknown or repeated parameters.
 */
export function parseSubmissionQueueParams(
  params: URLSearchParams,
): QueryParseResult<SubmissionQueueQuery> {
  return submissionQueueCodec.parse(params);
}
