/**
 * Cursors of the moderation queue: the position of the last submission of a page, bound to the
 * status filter it was made for.
 *
 * @packageDocumentation
 */
import type { SubmissionStatus } from '@peer-groups/core';
import type { SubmissionCursor } from '../store/types.js';

/** Encodes where the next page of the queue starts. */
export function encodeSubmissionCursor(
  after: SubmissionCursor,
  status: SubmissionStatus | undefined,
): string {
  return Buffer.from(JSON.stringify([status ?? null, after.receivedAt, after.id]), 'utf8').toString(
    'base64url',
  );
}

/** Decodes a queue cursor; `undefined` when it is malformed or made for another status. */
export function decodeSubmissionCursor(
  cursor: string,
  status: SubmissionStatus | undefined,
): SubmissionCursor | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return undefined;
  const [cursorStatus, receivedAt, id] = parsed as unknown[];
  if (cursorStatus !== (status ?? null)) return undefined;
  if (typeof receivedAt !== 'string' || typeof id !== 'string') return undefined;
  if (Number.isNaN(Date.parse(receivedAt)) || id.length > 64) return undefined;
  return { receivedAt, id };
}
