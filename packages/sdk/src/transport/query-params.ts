/**
 * Writing a typed query as URL parameters.
 *
 * @packageDocumentation
 */

/** How each parameter of a query is written; core's field codecs have this shape. */
export type QueryWriters<Query> = {
  readonly [Name in keyof Query]-?: {
    /** The value as the parameter's text, or `undefined` to leave the parameter out. */
    encode(value: NonNullable<Query[Name]>): string | undefined;
  };
};

/**
 * `query` as URL parameters, written by `writers` in their order. Only the writers are needed,
 * not the codec that also parses and checks parameters on the server, so a page that searches
 * does not carry the server's query parser.
 */
export function queryParams<Query extends object>(
  writers: QueryWriters<Query>,
  query: Query,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of Object.keys(writers) as (keyof Query & string)[]) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    const text = writers[name].encode(value);
    if (text !== undefined) params.set(name, text);
  }
  return params;
}
