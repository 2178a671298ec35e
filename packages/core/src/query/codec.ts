/**
 * The machinery every query-string codec of the directory API shares: canonical serialization,
 * and parsing that names every bad parameter instead of stopping at the first.
 *
 * @packageDocumentation
 */
import type * as z from 'zod/mini';
import type { InvalidParam } from '../schemas/problem.js';
import type { FieldCodec } from './fields.js';
import { queryErrorMap } from './issues.js';
import { emptySearchParams } from './url-search-params.js';

/** The outcome of parsing a query string: the typed query, or every invalid parameter. */
export type QueryParseResult<Query> =
  | { ok: true; query: Query }
  | { ok: false; invalidParams: InvalidParam[] };

/** The field codec of each parameter of `Query`, in canonical order. */
export type QueryFields<Query> = {
  readonly [Name in keyof Query]-?: FieldCodec<NonNullable<Query[Name]>>;
};

/**
 * A check across parameters, run on the values that passed every single-parameter check.
 * `given` holds the names present in the query string, valid or not.
 */
export type CrossCheck<Query> = (
  valid: Partial<Query>,
  given: ReadonlySet<string>,
) => InvalidParam[];

/** What a query codec is made of. */
export interface QueryCodecSpec<Query> {
  /** The typed schema every parsed query must satisfy. */
  readonly schema: z.ZodMiniType<Query>;
  /** How each parameter reads and writes; the key order is the canonical parameter order. */
  readonly fields: QueryFields<Query>;
  /** Rules that tie parameters together. */
  readonly checks?: readonly CrossCheck<Query>[];
}

/** Serializes and parses one endpoint's query string. */
export interface QueryCodec<Query> {
  /** The query as URL parameters, in canonical order, leaving out what filters nothing. */
  toParams(query: Query): URLSearchParams;
  /** The typed query, or every invalid parameter with a reason. Never throws. */
  parse(params: URLSearchParams): QueryParseResult<Query>;
}

/** The known parameter a mistyped `name` most likely meant, ignoring case, `_` and `-`. */
function suggestionFor(name: string, known: readonly string[]): string | undefined {
  const folded = name.replace(/[-_]/g, '').toLowerCase();
  return known.find((candidate) => candidate.toLowerCase() === folded);
}

function unknownParameterReason(name: string, known: readonly string[]): string {
  const suggestion = suggestionFor(name, known);
  if (suggestion !== undefined) return `unknown parameter; did you mean "${suggestion}"?`;
  return `unknown parameter; known parameters are ${known.join(', ')}`;
}

function repeatedParameterReason(count: number, list: boolean): string {
  const advice = list ? 'send it once, with values separated by commas' : 'send it once';
  return `given ${count} times; ${advice}`;
}

/** The schema issue as a reason, naming the offending list value when the issue is about one. */
function reasonOf(issue: z.core.$ZodIssue, candidate: Record<string, unknown>): string {
  const [name, index] = issue.path;
  if (issue.code === 'invalid_value' || typeof index !== 'number') return issue.message;
  const list = candidate[String(name)];
  const item = Array.isArray(list) ? list[index] : undefined;
  return item === undefined ? issue.message : `"${String(item)}" ${issue.message}`;
}

/** Builds the codec of one endpoint's query string from its schema and field codecs. */
export function defineQueryCodec<Query extends object>(
  spec: QueryCodecSpec<Query>,
): QueryCodec<Query> {
  const names = Object.keys(spec.fields) as (keyof Query & string)[];
  const fieldOf = (name: string): FieldCodec<unknown> | undefined =>
    Object.hasOwn(spec.fields, name)
      ? (spec.fields[name as keyof Query] as FieldCodec<unknown>)
      : undefined;

  function toParams(query: Query): URLSearchParams {
    const params = emptySearchParams();
    for (const name of names) {
      const value = query[name];
      if (value === undefined) continue;
      const encoded = (spec.fields[name] as FieldCodec<unknown>).encode(value);
      if (encoded !== undefined) params.set(name, encoded);
    }
    return params;
  }

  function parse(params: URLSearchParams): QueryParseResult<Query> {
    const invalidParams: InvalidParam[] = [];
    const invalidNames = new Set<string>();
    const given = new Set<string>();
    const candidate: Record<string, unknown> = {};
    const report = (name: string, reason: string) => {
      invalidParams.push({ name, reason });
      invalidNames.add(name);
    };

    for (const name of params.keys()) {
      if (given.has(name)) continue;
      given.add(name);
      const field = fieldOf(name);
      if (field === undefined) {
        report(name, unknownParameterReason(name, names));
        continue;
      }
      const values = params.getAll(name);
      if (values.length > 1) {
        report(name, repeatedParameterReason(values.length, field.list));
        continue;
      }
      const decoded = field.decode(values[0] ?? '');
      if (decoded.ok) candidate[name] = decoded.value;
      else report(name, decoded.reason);
    }

    const checked = spec.schema.safeParse(candidate, { error: queryErrorMap });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        report(String(issue.path[0] ?? ''), reasonOf(issue, candidate));
      }
    }

    const valid: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(candidate)) {
      if (!invalidNames.has(name)) valid[name] = value;
    }
    for (const check of spec.checks ?? []) {
      for (const problem of check(valid as Partial<Query>, given))
        report(problem.name, problem.reason);
    }

    if (invalidParams.length > 0 || !checked.success) return { ok: false, invalidParams };
    return { ok: true, query: checked.data };
  }

  return { toParams, parse };
}
