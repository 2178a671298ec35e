/**
 * Building request paths from ids.
 *
 * @packageDocumentation
 */

/**
 * `id` encoded as one path segment, so no value can add a segment or climb out of its route.
 * Throws a `TypeError` for an empty id or a dot segment.
 */
export function pathSegment(id: string): string {
  if (typeof id !== 'string' || id === '' || id === '.' || id === '..') {
    throw new TypeError(`Expected a group or submission id, got ${JSON.stringify(id)}.`);
  }
  return encodeURIComponent(id);
}
