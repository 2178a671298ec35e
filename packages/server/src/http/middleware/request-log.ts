/**
 * One JSON log line per request: method, route template, status and duration. Never the path's
 * values, the query string, the body or the client address: what a patient searched for, and
 * from where, is nobody's business.
 *
 * @packageDocumentation
 */
import type { MiddlewareHandler } from 'hono';
import { routeTemplate } from '../route-template.js';

/** The fields of one request log line. */
export interface RequestLogLine {
  time: string;
  method: string;
  /** The matched route template, such as `/v1/groups/:id`, or `null` when no route matched. */
  route: string | null;
  status: number;
  durationMs: number;
}

/** Writes a {@link RequestLogLine} as JSON through `write` after each request. */
export function requestLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const line: RequestLogLine = {
      time: new Date().toISOString(),
      method: c.req.method,
      route: routeTemplate(c),
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    };
    write(JSON.stringify(line));
  };
}
