/**
 * The text layer of RFC 5545: escaping TEXT values, folding content lines at 75 octets, and
 * joining them with CRLF.
 *
 * @packageDocumentation
 */

/** Longest content line RFC 5545 allows, in octets of UTF-8, line break excluded. */
export const MAX_LINE_OCTETS = 75;

// Control characters other than tab are not allowed in TEXT (RFC 5545 §3.3.11); line breaks are
// kept here because they are escaped rather than dropped. C1 controls go too: no reader shows them.
const DISALLOWED_CONTROLS = /(?![\t\n\r])\p{Cc}/gu;
// A lone surrogate cannot be encoded in UTF-8; encoders would silently turn it into U+FFFD, so
// it is made explicit here and octet counts stay right.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes free text for a TEXT property value: backslash, semicolon, comma and line breaks are
 * escaped, other control characters are dropped, so directory text can never start a new
 * property or component.
 */
export function escapeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(DISALLOWED_CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line so that no physical line exceeds {@link MAX_LINE_OCTETS} octets of
 * UTF-8. Continuation lines start with a space; a multi-byte character is never split. Returns
 * the physical lines, without line breaks.
 */
export function foldLine(line: string): string[] {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      // The leading space of a continuation line counts toward its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  physical.push(current);
  return physical;
}

/** Joins content lines into iCalendar text: each folded, each ended by CRLF. */
export function serializeLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    for (const physical of foldLine(line)) text += `${physical}\r\n`;
  }
  return text;
}
