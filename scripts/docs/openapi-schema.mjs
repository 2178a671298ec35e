// @ts-check
// Reading an OpenAPI 3.1 document for a reference page: resolving local `$ref`s, and saying in
// words what type a JSON Schema describes and which constraints it sets.

import { code } from './markdown.mjs';

/** @typedef {Record<string, any>} Schema A JSON Schema object as found in the document. */

/** Thrown when the document refers to something it does not define. */
export class UnresolvedReferenceError extends Error {
  /** @param {string} ref */
  constructor(ref) {
    super(
      `The OpenAPI document refers to ${ref}, which it does not define: rebuild it with \`pnpm --filter @peer-groups/core build\` and fix the reference in packages/core/src/openapi.`,
    );
    this.name = 'UnresolvedReferenceError';
  }
}

/**
 * Follows a local `$ref` (`#/components/...`) through `document`, repeatedly, to the object it
 * names; anything without `$ref` is returned as is.
 *
 * @template T
 * @param {Record<string, any>} document
 * @param {T | { $ref: string }} value
 * @returns {T}
 */
export function resolve(document, value) {
  let current = /** @type {any} */ (value);
  // A cycle of references would loop for ever; a real document needs only a few hops.
  for (let hops = 0; current && typeof current.$ref === 'string'; hops += 1) {
    const ref = current.$ref;
    if (hops > 16 || !ref.startsWith('#/')) throw new UnresolvedReferenceError(ref);
    let target = document;
    for (const segment of ref.slice(2).split('/')) {
      target = target?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (target === undefined) throw new UnresolvedReferenceError(ref);
    current = target;
  }
  return current;
}

/**
 * The component schema name a `$ref` points at, such as `Group`, or undefined for any other
 * reference.
 *
 * @param {string} ref
 * @returns {string | undefined}
 */
export function schemaNameOf(ref) {
  const prefix = '#/components/schemas/';
  return ref.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}

// Zod writes integers as bounded by the largest safe integer; saying so adds nothing a reader
// of a JSON API can use.
const SAFE_INTEGER_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

/**
 * The type of `schema` in words: `string`, `integer or null`, `array of Schedule`, with
 * component schemas passed through `link` so the page can point at their sections.
 *
 * @param {Schema} schema
 * @param {(name: string) => string} link
 * @returns {string}
 */
export function typeText(schema, link) {
  if (typeof schema.$ref === 'string') {
    const name = schemaNameOf(schema.$ref);
    return name === undefined ? code(schema.$ref) : link(name);
  }
  for (const [keyword, joiner] of [
    ['anyOf', ' or '],
    ['oneOf', ' or '],
    ['allOf', ' and '],
  ]) {
    const parts = schema[keyword];
    if (Array.isArray(parts)) return parts.map((part) => typeText(part, link)).join(joiner);
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0 && schema.const !== undefined) types.push(typeof schema.const);
  if (types.length === 0) return 'any';
  return types
    .map((type) => {
      if (type === 'array') return schema.items ? `array of ${typeText(schema.items, link)}` : type;
      if (type === 'object' && !schema.properties && isSchema(schema.additionalProperties)) {
        return `map of ${typeText(schema.additionalProperties, link)}`;
      }
      return type;
    })
    .join(' or ');
}

/**
 * The constraints `schema` sets, each in a few words: allowed values, lengths, bounds,
 * patterns, item counts, defaults and examples. Empty when it sets none.
 *
 * @param {Schema} schema
 * @returns {string[]}
 */
export function constraintTexts(schema) {
  /** @type {string[]} */
  const texts = [];
  if (schema.const !== undefined) texts.push(`always ${code(JSON.stringify(schema.const))}`);
  if (Array.isArray(schema.enum)) texts.push(`one of ${schema.enum.map(literal).join(', ')}`);
  const length = range(schema.minLength, schema.maxLength, 'character');
  if (length) texts.push(length);
  const bounds = numericBounds(schema);
  if (bounds) texts.push(bounds);
  if (typeof schema.pattern === 'string') texts.push(`pattern ${code(schema.pattern)}`);
  if (typeof schema.format === 'string') texts.push(`format ${code(schema.format)}`);
  const count = range(schema.minItems, schema.maxItems, 'item');
  if (count) texts.push(count);
  if (schema.uniqueItems === true) texts.push('no repeats');
  if (isSchema(schema.items) && schema.items.$ref === undefined) {
    const each = constraintTexts(schema.items);
    if (each.length > 0) texts.push(`each: ${each.join(', ')}`);
  }
  if (isSchema(schema.additionalProperties) && !schema.properties) {
    const each = constraintTexts(schema.additionalProperties);
    if (each.length > 0) texts.push(`each value: ${each.join(', ')}`);
  }
  if (schema.default !== undefined) texts.push(`default ${literal(schema.default)}`);
  if (Array.isArray(schema.examples) && schema.examples.length > 0) {
    texts.push(`e.g. ${schema.examples.map(literal).join(', ')}`);
  }
  return texts;
}

/**
 * The properties of an object schema as rows, nested inline objects flattened into dotted
 * names (`labels.en`), since they have no section of their own to link to.
 *
 * @param {Schema} schema
 * @param {string} [prefix]
 * @returns {Array<{ name: string, schema: Schema, required: boolean }>}
 */
export function propertyRows(schema, prefix = '') {
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  /** @type {Array<{ name: string, schema: Schema, required: boolean }>} */
  const rows = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const dotted = `${prefix}${name}`;
    rows.push({ name: dotted, schema: property, required: required.has(name) });
    if (property.$ref === undefined && property.properties) {
      rows.push(...propertyRows(property, `${dotted}.`));
    }
  }
  return rows;
}

/** @param {unknown} value @returns {value is Schema} */
function isSchema(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {unknown} value */
function literal(value) {
  return code(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * @param {number | undefined} min
 * @param {number | undefined} max
 * @param {string} unit
 */
function range(min, max, unit) {
  const plural = (/** @type {number} */ n) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (min !== undefined && max !== undefined) {
    return min === max ? `exactly ${plural(max)}` : `${min} to ${plural(max)}`;
  }
  if (max !== undefined) return `at most ${plural(max)}`;
  if (min !== undefined && min > 0) return `at least ${plural(min)}`;
  return undefined;
}

/** @param {Schema} schema */
function numericBounds(schema) {
  /** @type {string[]} */
  const parts = [];
  if (typeof schema.exclusiveMinimum === 'number') parts.push(`> ${schema.exclusiveMinimum}`);
  else if (typeof schema.minimum === 'number' && !SAFE_INTEGER_BOUNDS.has(schema.minimum)) {
    parts.push(`≥ ${schema.minimum}`);
  }
  if (typeof schema.exclusiveMaximum === 'number') parts.push(`< ${schema.exclusiveMaximum}`);
  else if (typeof schema.maximum === 'number' && !SAFE_INTEGER_BOUNDS.has(schema.maximum)) {
    parts.push(`≤ ${schema.maximum}`);
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}
