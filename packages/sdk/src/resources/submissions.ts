/**
 * Submitting a listing, an update or a correction for moderation.
 *
 * @packageDocumentation
 */
import {
  type SubmissionInput,
  type SubmissionReceipt,
  submissionReceiptSchema,
} from '@peer-groups/core';
import { type Connection, transportOf } from '../connection.js';
import type { RequestOptions } from '../options.js';
import { parseAnswer } from '../parse/validate.js';
import { newIdempotencyKey } from '../transport/idempotency-key.js';

/** Options of `client.submissions.create`. */
export interface SubmitOptions extends RequestOptions {
  /**
   * The `Idempotency-Key` of this submission. Default: a fresh random key per call. Pass your own
   * to make a submission safe to repeat across page reloads: the directory answers a repeated key
   * with the first receipt instead of queueing the listing twice.
   */
  readonly idempotencyKey?: string;
}

/**
 * Sends a new listing, an update or a correction to the moderation queue. Retried like a GET:
 * its idempotency key makes a retried POST count once.
 */
export async function createSubmission(
  connection: Connection,
  input: SubmissionInput,
  options: SubmitOptions = {},
): Promise<SubmissionReceipt> {
  const transport = transportOf(connection);
  const { idempotencyKey = newIdempotencyKey(), ...requestOptions } = options;
  const answer = await transport.send(
    {
      method: 'POST',
      path: 'submissions',
      json: input,
      accept: 'application/json, application/problem+json',
      idempotencyKey,
    },
    requestOptions,
  );
  return parseAnswer(submissionReceiptSchema, answer);
}
