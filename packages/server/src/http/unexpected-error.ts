/**
 * The log line of an error the directory did not expect: which class of error, on which route,
 * and nothing else.
 *
 * @packageDocumentation
 */
import type { Context } from 'hono';
import { routeTemplate } from './route-template.js';

/** Class names as code spells them; anything else is not trusted into the log. */
const CLASS_NAME = /^[A-Za-z_$][\w$]{0,63}$/;

function classOf(error: Error): string {
  const name: unknown = error.constructor?.name;
  return typeof name === 'string' && CLASS_NAME.test(name) ? name : 'Error';
}

/**
 * One line for the operator's log about an unexpected `error` while answering `c`: the error's
 * class and the method and route template. Never the message, the stack or the query: a
 * message can quote what a patient sent (a schema error prints the whole offending value), and
 * the first lines of a stack repeat the message, however many lines it spans.
 */
export function unexpectedErrorLine(error: Error, c: Context): string {
  return `Unexpected ${classOf(error)} while answering ${c.req.method} ${routeTemplate(c) ?? 'an unmatched path'}; the server answered 500.`;
}
