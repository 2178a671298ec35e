/**
 * Enumerations whose refusals say what they accept. Internal to core: the schemas and the query
 * codec share the wording.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';

/** Why `input` is refused by an enumeration of `values`, naming what it accepts. */
export function unknownValueReason(input: unknown, values: readonly unknown[]): string {
  return `unknown value "${String(input)}"; allowed values are ${values.join(', ')}`;
}

/**
 * An enumeration whose refusal names the value and what is accepted instead: zod's own message,
 * with no locale loaded, is only "Invalid input".
 */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, { error: (issue) => unknownValueReason(issue.input, values) });
}
