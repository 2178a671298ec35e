/**
 * Entity tags on every successful GET answer, and `304 Not Modified` when the client already
 * holds the same answer.
 *
 * @packageDocumentation
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/** The opaque tags of an `If-None-Match` header, weakness ignored (weak comparison, RFC 9110). */
function tagsOf(header: string): string[] {
  return header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
}

/**
 * Tags GET and HEAD answers with status 200 by a digest of their body. Tags are weak because
 * the same answer is sent compressed in different codings.
 */
export function etag(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.res.status !== 200) return;
    // Read once and rebuilt from the bytes: cheaper than teeing the body stream with clone().
    const body = await c.res.arrayBuffer();
    const tag = `"${createHash('sha1').update(new Uint8Array(body)).digest('base64url')}"`;
    const response = new Response(body, { status: c.res.status, headers: c.res.headers });
    response.headers.set('ETag', `W/${tag}`);
    c.res = undefined;
    c.res = response;
    const ifNoneMatch = c.req.header('If-None-Match');
    if (ifNoneMatch === undefined) return;
    const tags = tagsOf(ifNoneMatch);
    if (!tags.includes('*') && !tags.includes(tag)) return;
    const headers = new Headers();
    for (const name of ['ETag', 'Cache-Control', 'Vary', 'Content-Location', 'Expires']) {
      const value = response.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    c.res = undefined;
    c.res = new Response(null, { status: 304, headers });
  };
}
