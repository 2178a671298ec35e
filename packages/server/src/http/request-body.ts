/**
 * Reading a JSON request body: its media type, its syntax, and its schema, each refused with
 * the problem a client can act on.
 *
 * @packageDocumentation
 */
import type { InvalidParam } from '@peer-groups/core';
import type { Context } from 'hono';
import { DirectoryError, InvalidBodyError } from '../errors.js';

/** One schema issue: where in the body, and what is wrong. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** What the body reader needs of a schema: zod's `safeParse`. */
export interface BodySchema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** The JSON pointer (RFC 6901) of a path in the body. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Each schema issue as an invalid parameter named by JSON pointer. */
export function issuesToParams(issues: readonly SchemaIssue[]): InvalidParam[] {
  return issues.map((issue) => ({
    name: jsonPointer(issue.path) || '/',
    reason: issue.message,
  }));
}

function isJsonMediaType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const type = header.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * The request body, parsed as JSON and checked against `schema`.
 *
 * @throws {DirectoryError} `unsupportedMediaType` when the body is not `application/json`.
 * @throws {InvalidBodyError} when it is not JSON, or does not match `schema` (each field named).
 */
export async function readJsonBody<T>(c: Context, schema: BodySchema<T>): Promise<T> {
  if (!isJsonMediaType(c.req.header('Content-Type'))) {
    throw new DirectoryError(
      'unsupportedMediaType',
      'Send the body as JSON with the header "Content-Type: application/json".',
    );
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidBodyError('The body is not valid JSON. Check its syntax and send it again.');
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InvalidBodyError(
      'The body does not match its schema. Fix the fields named in invalidParams and send it again.',
      issuesToParams(result.error.issues),
    );
  }
  return result.data;
}
