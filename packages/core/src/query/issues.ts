/**
 * Reasons a developer can act on, for values that read well but break the typed schema.
 *
 * @packageDocumentation
 */
import type * as z from 'zod/mini';
import { unknownValueReason } from '../schemas/one-of.js';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

function describeBound(
  origin: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
  side: 'most' | 'least',
): string {
  if (origin === 'array') return `must list at ${side} ${bound} value${bound === 1 ? '' : 's'}`;
  if (origin === 'string') {
    if (side === 'least' && bound === 1) return 'must not be empty';
    return `must be at ${side} ${bound} characters`;
  }
  if (inclusive === false) return `must be ${side === 'most' ? 'less' : 'more'} than ${bound}`;
  return `must be at ${side} ${bound}`;
}

/**
 * The zod error map for query parameters. Checks that carry their own message in the schema
 * (such as the `HH:MM` pattern of local times) keep it: zod prefers a schema's message over this map.
 */
export const queryErrorMap: z.core.$ZodErrorMap = (issue: RawIssue) => {
  switch (issue.code) {
    case 'too_big':
      return describeBound(issue.origin, issue.maximum, issue.inclusive, 'most');
    case 'too_small':
      return describeBound(issue.origin, issue.minimum, issue.inclusive, 'least');
    case 'invalid_value':
      return unknownValueReason(issue.input, issue.values);
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
    default:
      return undefined;
  }
};
