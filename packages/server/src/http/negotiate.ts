/**
 * Content negotiation: whether a request's `Accept` header allows the media type an endpoint
 * serves.
 *
 * @packageDocumentation
 */
import type { MiddlewareHandler } from 'hono';
import { problemResponse } from './problem.js';

/** Whether `accept` (an `Accept` header, or none) allows `mediaType`. */
export function accepts(accept: string | undefined, mediaType: string): boolean {
  if (accept === undefined || accept.trim() === '') return true;
  const [type] = mediaType.split('/');
  for (const part of accept.split(',')) {
    const [range = '', ...parameters] = part.trim().toLowerCase().split(';');
    const quality = parameters
      .map((parameter) => parameter.trim().split('='))
      .find(([key]) => key === 'q')?.[1];
    if (quality !== undefined && !(Number(quality) > 0)) continue;
    const trimmed = range.trim();
    if (trimmed === '*/*' || trimmed === `${type}/*` || trimmed === mediaType) return true;
  }
  return false;
}

/** Answers 406 when the request does not accept `mediaType` (problem documents always pass). */
export function negotiate(mediaType: string): MiddlewareHandler {
  return async (c, next) => {
    if (!accepts(c.req.header('Accept'), mediaType)) {
      return problemResponse('notAcceptable', {
        detail: `This endpoint answers ${mediaType}. Add it to the Accept header, or send "Accept: */*".`,
      });
    }
    await next();
  };
}
