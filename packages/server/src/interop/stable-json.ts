/**
 * JSON with object keys in sorted order, so two equal values always give the same text whatever
 * order their keys were written in: how the importer tells an unchanged listing.
 *
 * @packageDocumentation
 */

/** `value` as JSON with every object's keys sorted; `undefined` members are left out. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${stableJson(member)}`).join(',')}}`;
}
