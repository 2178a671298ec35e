/**
 * CORS: which browser origins may read the API's answers. Credentials are never allowed, so no
 * cookie travels.
 *
 * @packageDocumentation
 */
import type { MiddlewareHandler } from 'hono';

/** What {@link cors} allows. */
export interface CorsOptions {
  /** Origins allowed, such as `https://clinic.example`; any origin when absent. */
  origins?: readonly string[];
  /** Methods a preflight allows. */
  allowMethods: readonly string[];
  /** Request headers a preflight allows. */
  allowHeaders: readonly string[];
  /** Response headers scripts may read. */
  exposeHeaders: readonly string[];
  /** How long browsers may cache a preflight, in seconds. */
  maxAgeSeconds: number;
}

/**
 * Answers preflights and adds the CORS headers to every other answer once it is made. Headers
 * go on after the handler, never before: a response hono has to merge with headers set early is
 * rebuilt around a stream, which costs more than the whole rest of a cached answer.
 */
export function cors(options: CorsOptions): MiddlewareHandler {
  const allowed = options.origins === undefined ? undefined : new Set(options.origins);
  const allowOrigin = (origin: string | undefined): string | undefined => {
    if (allowed === undefined) return '*';
    return origin !== undefined && allowed.has(origin) ? origin : undefined;
  };
  const methods = options.allowMethods.join(',');
  const requestHeaders = options.allowHeaders.join(',');
  const exposed = options.exposeHeaders.join(',');
  const maxAge = String(options.maxAgeSeconds);

  return async (c, next) => {
    const origin = allowOrigin(c.req.header('Origin'));
    if (c.req.method === 'OPTIONS') {
      const headers: Record<string, string> = {
        'Access-Control-Allow-Methods': methods,
        'Access-Control-Allow-Headers': requestHeaders,
        'Access-Control-Max-Age': maxAge,
      };
      if (origin !== undefined) headers['Access-Control-Allow-Origin'] = origin;
      if (allowed !== undefined) headers.Vary = 'Origin';
      return new Response(null, { status: 204, headers });
    }
    await next();
    const headers = c.res.headers;
    if (origin !== undefined) headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Expose-Headers', exposed);
    if (allowed !== undefined) headers.append('Vary', 'Origin');
  };
}
