/**
 * Plain text from the HTML that feeds put in descriptions and notes: listings are rendered as
 * text, so markup is turned into line breaks and characters, never kept.
 *
 * @packageDocumentation
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

const BLOCK_BREAK = /<\s*(?:br|\/p|\/div|\/h[1-6]|\/tr)\b[^>]*>/gi;
const LIST_ITEM = /<\s*li\b[^>]*>/gi;
const DROPPED_ELEMENT = /<\s*(script|style)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi;
const TAG = /<\/?[A-Za-z!][^>]*>/g;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;
const NEEDS_WORK = /[<&\r\n\t\u00a0]| {2}/;

function decodeEntity(match: string, body: string): string {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const code = Number.parseInt(body.slice(2), 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  if (body.startsWith('#')) {
    const code = Number.parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? match;
}

/**
 * `text` with HTML tags removed (block ends become line breaks, list items bullets), entities
 * decoded, spaces collapsed within lines, and at most one blank line in a row. Text without
 * markup passes through with only its whitespace tidied.
 */
export function plainText(text: string): string {
  // Most feed values are one plain line: they need no more than a trim.
  if (!NEEDS_WORK.test(text)) return text.trim();
  let plain = text.replace(/\r\n?/g, '\n');
  if (plain.includes('<')) {
    plain = plain
      .replace(DROPPED_ELEMENT, '')
      .replace(BLOCK_BREAK, '\n')
      .replace(LIST_ITEM, '\n• ')
      .replace(TAG, '');
  }
  if (plain.includes('&')) plain = plain.replace(ENTITY, decodeEntity);
  return plain
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A single line of plain text, or `undefined` when nothing is left of it. */
export function plainLine(text: unknown): string | undefined {
  if (typeof text !== 'string' && typeof text !== 'number') return undefined;
  const line = plainText(String(text)).replace(/\s+/g, ' ').trim();
  return line === '' ? undefined : line;
}

/** Multi-line plain text, or `undefined` when nothing is left of it. */
export function plainBlock(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const block = plainText(text);
  return block === '' ? undefined : block;
}
