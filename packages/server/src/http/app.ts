/**
 * The HTTP application of the directory API: routes, and the middleware every answer passes
 * through (problem documents, security headers, CORS, rate limits, logs). Routes answer through
 * `answer.ts`, which adds ETags, 304s and compression.
 *
 * @packageDocumentation
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { createOpenApiDocument } from '@peer-groups/core';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { Directory } from '../directory/directory.js';
import { DirectoryError } from '../errors.js';
import { AnswerCache } from './answer-cache.js';
import { cors } from './middleware/cors.js';
import { requireRole } from './middleware/curator.js';
import { createBuckets, type RateLimitOptions, rateLimit } from './middleware/rate-limit.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { problemResponse } from './problem.js';
import { curatorGroupRoutes } from './routes/curator-groups.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { publicRoutes } from './routes/public.js';
import { submissionRoutes } from './routes/submissions.js';
import { unexpectedErrorLine } from './unexpected-error.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  /** The directory the API serves. */
  directory: Directory;
  /**
   * Origins allowed to call the API from a browser, such as `https://clinic.example`. Default:
   * any origin. Credentials are never allowed, so cookies never travel.
   */
  corsOrigins?: readonly string[];
  /** Receives one JSON line per request (method, route template, status, duration). Default: none. */
  log?: (line: string) => void;
  /** Rate limits per client address, or `false` for none. Default: see {@link RateLimitOptions}. */
  rateLimit?: RateLimitOptions | false;
  /** Largest accepted request body, in bytes. Default 64 KiB. */
  bodyLimitBytes?: number;
  /**
   * The client address rate limits are keyed by. Default: the TCP peer address. Behind a proxy
   * pass a function that reads the proxy's header.
   */
  clientAddress?: (c: Context) => string;
  /** The clock of the rate limits, in epoch ms. Default `Date.now`. */
  now?: () => number;
  /**
   * Most bytes of search answers kept ready to send again (see `AnswerCache`), or 0 for none.
   * Default 32 MiB: several hundred distinct searches.
   */
  searchCacheBytes?: number;
}

/** Default largest request body: a listing with long texts fits many times over. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

/** Default bytes of search answers kept for repeated searches. */
export const DEFAULT_SEARCH_CACHE_BYTES = 32 * 1024 * 1024;

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return 'unknown';
  }
}

/** Builds the directory API as a hono app; serve it with `@hono/node-server` or call `app.request`. */
export function createApp(options: AppOptions): Hono {
  const { directory } = options;
  const app = new Hono();
  const clientOf = options.clientAddress ?? peerAddress;
  const now = options.now ?? Date.now;

  if (options.log !== undefined) app.use(requestLog(options.log));
  app.use(securityHeaders());
  app.use(
    cors({
      ...(options.corsOrigins === undefined ? {} : { origins: options.corsOrigins }),
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
      allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'If-None-Match'],
      exposeHeaders: ['ETag', 'Retry-After', 'Location'],
      maxAgeSeconds: 600,
    }),
  );

  let submissionLimit: MiddlewareHandler = async (_c, next) => {
    await next();
  };
  if (options.rateLimit !== false) {
    const buckets = createBuckets(options.rateLimit ?? {});
    app.use(rateLimit(buckets.requests, clientOf, now));
    submissionLimit = rateLimit(buckets.submissions, clientOf, now);
  }
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (_c, methods) =>
        problemResponse(
          'methodNotAllowed',
          { detail: `This path answers ${methods.join(', ')}. Use one of those methods.` },
          { Allow: methods.join(', ') },
        ),
    }),
  );

  const maxSize = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const limitBody = bodyLimit({
    maxSize,
    onError: () =>
      problemResponse(
        'payloadTooLarge',
        {
          detail: `The body is larger than ${maxSize} bytes. Shorten the texts and send it again.`,
        },
        // The rest of the body is never read, so the connection cannot carry another request.
        { Connection: 'close' },
      ),
  });
  const curator = requireRole(directory, 'curator');

  healthRoutes(app, directory);
  publicRoutes(app, directory, {
    // Built on first use: it walks every schema, and most instances are never asked for it.
    openApi: createOpenApiDocument,
    searchCache: new AnswerCache(options.searchCacheBytes ?? DEFAULT_SEARCH_CACHE_BYTES),
  });
  submissionRoutes(app, directory, { curator, submissionLimit, bodyLimit: limitBody });
  curatorGroupRoutes(app, directory, { curator, bodyLimit: limitBody });
  exportRoutes(app, directory, now);

  app.notFound((c) =>
    problemResponse('notFound', {
      detail: 'No endpoint has this path. See /v1/openapi.json for the API.',
      instance: new URL(c.req.url).pathname,
    }),
  );
  app.onError((error, c) => {
    if (error instanceof DirectoryError) {
      return problemResponse(error.kind, {
        detail: error.message,
        instance: new URL(c.req.url).pathname,
        ...(error.invalidParams === undefined ? {} : { invalidParams: error.invalidParams }),
      });
    }
    // The client learns nothing of internals; the operator learns the class and the route.
    console.error(unexpectedErrorLine(error, c));
    return problemResponse('internal', {
      detail: 'The server failed to answer. Try again later; if it persists, tell the operator.',
    });
  });
  return app;
}
