/**
 * Reading the `{id}` segment of a path, checked against core's `idSchema` before anything
 * uses it.
 *
 * @packageDocumentation
 */
import { idSchema } from '@peer-groups/core';
import type { Context } from 'hono';
import { InvalidParametersError } from '../errors.js';

/**
 * The request's `id` path parameter. Checked first in every handler that takes one, so an id no
 * group or submission could ever have is a 400 naming `id` rather than a lookup that finds
 * nothing, or a write whose schema check fails deep in the directory.
 *
 * @throws {InvalidParametersError} naming `id` when it is not 1-64 letters, digits, `_` or `-`.
 */
export function pathId(c: Context): string {
  const id = c.req.param('id') ?? '';
  const result = idSchema.safeParse(id);
  if (!result.success) {
    throw new InvalidParametersError([
      { name: 'id', reason: result.error.issues[0]?.message ?? 'is not a valid id' },
    ]);
  }
  return result.data;
}
