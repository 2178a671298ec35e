/**
 * Case-insensitive regular expressions as JSON Schema patterns. A JSON Schema `pattern` has no
 * flags, so a zod check such as `/^https?:\/\//i` would otherwise turn into a pattern stricter than
 * the server, refusing `HTTPS://…` that the API accepts.
 *
 * @packageDocumentation
 */
import type { SchemaObject } from './types.js';

/** A pattern cannot be spelled without its flags. */
export class UnrepresentablePatternError extends Error {
  override name = 'UnrepresentablePatternError';
  constructor(pattern: RegExp) {
    super(
      `The pattern ${pattern} has flags JSON Schema cannot express: write the schema's regular expression without them (for case, list both cases in a character class).`,
    );
  }
}

/**
 * The source of `pattern` matching what it matched with the `i` flag, by spelling each ASCII
 * letter outside a character class as `[xX]`. Letters inside a class would need the class
 * rewritten, which nothing in the directory's schemas needs, so they are refused.
 */
export function caseInsensitiveSource(pattern: RegExp): string {
  let source = '';
  let inClass = false;
  for (let index = 0; index < pattern.source.length; index++) {
    const char = pattern.source.charAt(index);
    if (char === '\\') {
      // An escape (`\d`, `\/`) keeps its meaning whatever the case of its letter.
      source += char + pattern.source.charAt(index + 1);
      index++;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (lower === upper || !/[a-z]/i.test(char)) source += char;
    else if (inClass) throw new UnrepresentablePatternError(pattern);
    else source += `[${lower}${upper}]`;
  }
  return source;
}

interface CheckDef {
  type?: string;
  pattern?: unknown;
  checks?: { _zod: { def: CheckDef } }[];
}

/** The regular expressions a string schema checks: its own format's, then its `regex` checks'. */
function patternsOf(def: CheckDef): RegExp[] {
  const candidates = [def.pattern, ...(def.checks ?? []).map((check) => check._zod.def.pattern)];
  return candidates.filter((candidate): candidate is RegExp => candidate instanceof RegExp);
}

function replacePattern(json: SchemaObject, from: string, to: string): void {
  if (json.pattern === from) json.pattern = to;
  if (Array.isArray(json.allOf)) {
    for (const part of json.allOf as SchemaObject[]) replacePattern(part, from, to);
  }
}

/**
 * A `toJSONSchema` override that rewrites the patterns of case-insensitive regular expressions,
 * and refuses flags other than `i` and `u` rather than emit a pattern that means something else.
 */
export function spellOutPatternFlags(context: {
  zodSchema: unknown;
  jsonSchema: SchemaObject;
}): void {
  const { def } = (context.zodSchema as { _zod: { def: CheckDef } })._zod;
  if (def.type !== 'string') return;
  for (const pattern of patternsOf(def)) {
    // `u` is how JSON Schema validators compile patterns anyway; `i` is spelled out below.
    const flags = pattern.flags.replace('i', '').replace('u', '');
    if (flags !== '') throw new UnrepresentablePatternError(pattern);
    if (pattern.flags.includes('i')) {
      replacePattern(context.jsonSchema, pattern.source, caseInsensitiveSource(pattern));
    }
  }
}
