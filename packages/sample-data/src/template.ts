/**
 * Text templates with `{token}` placeholders, compiled once and filled many times.
 *
 * @packageDocumentation
 */

/** A template split into literal text (even positions) and token names (odd positions). */
type CompiledTemplate = readonly string[];

const compiled = new Map<string, CompiledTemplate>();

function compile(template: string): CompiledTemplate {
  let parts = compiled.get(template);
  if (parts === undefined) {
    // split with a capturing group alternates literal text and captured token names.
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * `template` with each `{token}` replaced by `values[token]`; unknown tokens become empty.
 * Templates come from this package's own catalogues, so the cache stays small.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const parts = compile(template);
  let text = parts[0] ?? '';
  for (let position = 1; position < parts.length; position += 2) {
    text += (values[parts[position] ?? ''] ?? '') + (parts[position + 1] ?? '');
  }
  return text;
}
