/**
 * Curator endpoints: a bearer API key with the curator role, or 401 / 403.
 *
 * @packageDocumentation
 */
import type { MiddlewareHandler } from 'hono';
import type { Directory } from '../../directory/directory.js';
import type { ApiKeyRole } from '../../store/types.js';
import { problemResponse } from '../problem.js';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="peer-groups"' };

/** Lets a request through only with an API key that carries `role`. */
export function requireRole(directory: Directory, role: ApiKeyRole): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    const match = header === undefined ? null : /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (match === null) {
      return problemResponse(
        'unauthorized',
        { detail: 'This endpoint needs a curator key: send "Authorization: Bearer <api key>".' },
        CHALLENGE,
      );
    }
    const key = await directory.authenticate(match[1] as string);
    if (key === undefined) {
      return problemResponse(
        'unauthorized',
        {
          detail:
            'The API key is not valid. Check it was copied whole, or ask an operator for a new one.',
        },
        { 'WWW-Authenticate': 'Bearer realm="peer-groups", error="invalid_token"' },
      );
    }
    if (key.role !== role) {
      return problemResponse('forbidden', {
        detail: `This API key lacks the ${role} role. Use a ${role} key for this endpoint.`,
      });
    }
    await next();
  };
}
