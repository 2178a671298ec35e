/**
 * Answering a request with a {@link Representation}: `304 Not Modified` when the client holds
 * it already, otherwise its bytes in the coding the client prefers.
 *
 * @packageDocumentation
 */
import type { Context } from 'hono';
import { chooseCoding } from './content-coding.js';
import { Representation } from './representation.js';

/** How {@link answer} sends a representation. */
export interface AnswerOptions {
  /** Default 200. */
  status?: number;
  /** More headers, such as `Cache-Control`. */
  headers?: Record<string, string>;
}

/** The opaque tags of an `If-None-Match` header, weakness ignored (weak comparison, RFC 9110). */
function tagsOf(header: string): string[] {
  return header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
}

/** Whether `If-None-Match` names `etag` (or `*`), by weak comparison. */
function matches(ifNoneMatch: string, etag: string): boolean {
  const tags = tagsOf(ifNoneMatch);
  return tags.includes('*') || tags.includes(etag.replace(/^W\//, ''));
}

/** Headers a 304 repeats from the answer it stands for (RFC 9110, section 15.4.5). */
const NOT_MODIFIED_HEADERS = ['Cache-Control', 'Vary', 'Content-Location', 'Expires'];

/**
 * Answers `c` with `representation`. A successful GET (or HEAD) carries its entity tag and is
 * answered `304` with no body when `If-None-Match` holds the tag. Compressible bodies go in
 * brotli or gzip as `Accept-Encoding` prefers, compressed once per representation.
 */
export function answer(
  c: Context,
  representation: Representation,
  options: AnswerOptions = {},
): Response {
  const status = options.status ?? 200;
  const headers: Record<string, string> = {
    'Content-Type': representation.contentType,
    ...options.headers,
  };
  const method = c.req.method;
  if (status === 200 && (method === 'GET' || method === 'HEAD')) {
    headers.ETag = representation.etag;
  }
  if (representation.compressible) headers.Vary = 'Accept-Encoding';

  const ifNoneMatch = headers.ETag === undefined ? undefined : c.req.header('If-None-Match');
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, representation.etag)) {
    const kept: Record<string, string> = { ETag: representation.etag };
    for (const name of NOT_MODIFIED_HEADERS) {
      const value = headers[name];
      if (value !== undefined) kept[name] = value;
    }
    return new Response(null, { status: 304, headers: kept });
  }

  const coding = representation.compressible
    ? chooseCoding(c.req.header('Accept-Encoding'))
    : undefined;
  if (coding === undefined) return new Response(representation.body, { status, headers });
  headers['Content-Encoding'] = coding;
  return new Response(representation.encoded(coding), { status, headers });
}

/** Answers `c` with `value` as JSON (see {@link answer}). */
export function answerJson(c: Context, value: unknown, options: AnswerOptions = {}): Response {
  return answer(c, Representation.json(value), options);
}

/** Answers `c` with `text` of media type `contentType` (see {@link answer}). */
export function answerText(
  c: Context,
  text: string,
  contentType: string,
  options: AnswerOptions = {},
): Response {
  return answer(c, new Representation(text, contentType), options);
}
