/**
 * Opaque, stable search cursors: the sort key of the last result of a page, bound to the query
 * it came from, in base64url. Keys rather than offsets, so a page stays gap-free and duplicate
 * free when groups are added or removed between requests.
 *
 * @packageDocumentation
 */
import type { SortOrder } from '@peer-groups/core';

/** Where a page ends: the sort key of its last result. */
export interface SortKey {
  /** Distance in km (`distance`) or next start in epoch ms (`next`); `null` sorts last. Absent for `name`. */
  primary?: number | null;
  /** The folded name. */
  name: string;
  /** The group id, the final tie-break. */
  id: string;
}

/** The decoded content of a cursor. */
export interface CursorPayload {
  sort: SortOrder;
  /** A digest of every query parameter except `cursor` and `limit`. */
  queryDigest: string;
  after: SortKey;
}

/** A cursor that was not issued by this server, was edited, or belongs to another query. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';

  constructor(reason: string) {
    super(`${reason}. Start again from the first page without a cursor.`);
  }
}

const VERSION = 1;

/** FNV-1a, 32 bits: a checksum that catches edited cursors; not a secret signature. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Encodes a cursor for the `nextCursor` of a page. */
export function encodeCursor(payload: CursorPayload): string {
  const body = JSON.stringify([
    VERSION,
    payload.sort,
    payload.queryDigest,
    payload.after.primary ?? null,
    payload.after.name,
    payload.after.id,
  ]);
  return Buffer.from(`${body}.${fnv1a(body)}`, 'utf8').toString('base64url');
}

const SORTS = new Set<string>(['distance', 'next', 'name']);

/**
 * Decodes and checks a cursor against the query it is used with.
 *
 * @throws {InvalidCursorError} when it is malformed, edited, or made for another query or sort.
 */
export function decodeCursor(cursor: string, sort: SortOrder, queryDigest: string): SortKey {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError('The cursor is not base64url');
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const dot = text.lastIndexOf('.');
  const body = text.slice(0, dot);
  if (dot === -1 || fnv1a(body) !== text.slice(dot + 1)) {
    throw new InvalidCursorError('The cursor was altered');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new InvalidCursorError('The cursor was altered');
  }
  if (!Array.isArray(parsed) || parsed.length !== 6 || parsed[0] !== VERSION) {
    throw new InvalidCursorError('The cursor is from another version of the API');
  }
  const [, cursorSort, digest, primary, name, id] = parsed as unknown[];
  if (typeof cursorSort !== 'string' || !SORTS.has(cursorSort)) {
    throw new InvalidCursorError('The cursor was altered');
  }
  if (cursorSort !== sort || digest !== queryDigest) {
    throw new InvalidCursorError('The cursor belongs to another search');
  }
  if (
    (primary !== null && (typeof primary !== 'number' || !Number.isFinite(primary))) ||
    typeof name !== 'string' ||
    typeof id !== 'string'
  ) {
    throw new InvalidCursorError('The cursor was altered');
  }
  return primary === null ? { name, id } : { primary, name, id };
}
