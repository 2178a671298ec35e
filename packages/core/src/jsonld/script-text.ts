/**
 * JSON-LD serialized for a `<script type="application/ld+json">` element.
 *
 * @packageDocumentation
 */

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * `value` as JSON text that is safe inside `<script type="application/ld+json">`: `<`, `>` and
 * `&` are written as `\u003c`, `\u003e` and `\u0026`, so directory text can never close the
 * element or open a comment, and U+2028 and U+2029 as escapes too, for older parsers that read
 * the script as JavaScript. The text parses back to the same value with `JSON.parse`.
 *
 * @throws TypeError when `value` cannot be serialized (a cycle, a BigInt, a function).
 */
export function jsonLdScriptText(value: object): string {
  const json: string | undefined = JSON.stringify(value);
  if (json === undefined) {
    throw new TypeError(
      'jsonLdScriptText needs a plain object or array, such as groupToJsonLd returns',
    );
  }
  // These characters cannot appear in JSON outside a string, so escaping them cannot change
  // the structure, only how strings are spelled.
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (character) => UNSAFE_IN_SCRIPT[character] ?? character,
  );
}
