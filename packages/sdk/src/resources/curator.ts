/**
 * The curator calls: the moderation queue, decisions, edits and retirement. They send the
 * client's API key. Loaded on first use, so public pages never download them.
 *
 * @packageDocumentation
 */
import {
  type Approval,
  approvalSchema,
  type Group,
  type GroupListing,
  groupSchema,
  type Rejection,
  type Submission,
  type SubmissionPage,
  type SubmissionQueueQuery,
  submissionPageSchema,
  submissionQueueQueryToParams,
  submissionSchema,
} from '@peer-groups/core';
import { type Connection, transportOf } from '../connection.js';
import type { RequestOptions } from '../options.js';
import { envelopeOf, type Lenient, parsePage } from '../parse/lenient-page.js';
import { parseAnswer } from '../parse/validate.js';
import { pathSegment } from '../transport/path.js';

const JSON_ACCEPT = 'application/json, application/problem+json';

const queueEnvelope = envelopeOf(submissionPageSchema);

/** A page of the moderation queue; items that failed their schema are listed in `invalid`. */
export type SubmissionQueuePage = Lenient<SubmissionPage>;

/** A page of the moderation queue, oldest first. */
export async function listQueue(
  connection: Connection,
  query: SubmissionQueueQuery = {},
  options?: RequestOptions,
): Promise<SubmissionQueuePage> {
  const transport = transportOf(connection);
  const answer = await transport.send(
    {
      method: 'GET',
      path: 'submissions',
      searchParams: submissionQueueQueryToParams(query),
      accept: JSON_ACCEPT,
      authenticated: true,
    },
    options,
  );
  return parsePage(queueEnvelope, submissionSchema, answer, transport);
}

/** One submission, with what it asks for and who sent it. */
export async function getSubmission(
  connection: Connection,
  id: string,
  options?: RequestOptions,
): Promise<Submission> {
  const transport = transportOf(connection);
  const answer = await transport.send(
    {
      method: 'GET',
      path: `submissions/${pathSegment(id)}`,
      accept: JSON_ACCEPT,
      authenticated: true,
    },
    options,
  );
  return parseAnswer(submissionSchema, answer);
}

/** Approves a submission: publishes its listing, or applies it to its group. */
export async function approveSubmission(
  connection: Connection,
  id: string,
  options?: RequestOptions,
): Promise<Approval> {
  const transport = transportOf(connection);
  const answer = await transport.send(
    {
      method: 'POST',
      path: `submissions/${pathSegment(id)}/approve`,
      accept: JSON_ACCEPT,
      authenticated: true,
    },
    options,
  );
  return parseAnswer(approvalSchema, answer);
}

/** Rejects a submission, with an optional reason kept for the record. */
export async function rejectSubmission(
  connection: Connection,
  id: string,
  rejection: Rejection = {},
  options?: RequestOptions,
): Promise<Submission> {
  const transport = transportOf(connection);
  const answer = await transport.send(
    {
      method: 'POST',
      path: `submissions/${pathSegment(id)}/reject`,
      json: rejection,
      accept: JSON_ACCEPT,
      authenticated: true,
    },
    options,
  );
  return parseAnswer(submissionSchema, answer);
}

/** Replaces a group's listing; the directory keeps its id, slug and history. */
export async function updateGroup(
  connection: Connection,
  id: string,
  listing: GroupListing,
  options?: RequestOptions,
): Promise<Group> {
  const transport = transportOf(connection);
  const answer = await transport.send(
    {
      method: 'PUT',
      path: `groups/${pathSegment(id)}`,
      json: listing,
      accept: JSON_ACCEPT,
      authenticated: true,
    },
    options,
  );
  return parseAnswer(groupSchema, answer);
}

/** Retires a group: it leaves search and answers 410 from then on, but is kept for audit. */
export async function retireGroup(
  connection: Connection,
  id: string,
  options?: RequestOptions,
): Promise<void> {
  const transport = transportOf(connection);
  await transport.send(
    {
      method: 'DELETE',
      path: `groups/${pathSegment(id)}`,
      accept: 'application/problem+json',
      authenticated: true,
    },
    options,
  );
}
