/**
 * The taxonomy of topics and audiences.
 *
 * @packageDocumentation
 */
import { type Taxonomy, taxonomySchema } from '@peer-groups/core';
import { type Connection, transportOf } from '../connection.js';
import type { RequestOptions } from '../options.js';
import { parseAnswer } from '../parse/validate.js';

/** The directory's topics and audiences, with their labels in each locale. */
export async function listTopics(
  connection: Connection,
  options?: RequestOptions,
): Promise<Taxonomy> {
  const transport = transportOf(connection);
  const answer = await transport.send(
    { method: 'GET', path: 'topics', accept: 'application/json, application/problem+json' },
    options,
  );
  return parseAnswer(taxonomySchema, answer);
}
