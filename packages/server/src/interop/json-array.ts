/**
 * Reading a large JSON array one element at a time: the text is scanned once for where each
 * element starts and ends, so only one element's objects are alive at a time.
 *
 * @packageDocumentation
 */
import { MalformedFeedError } from './errors.js';

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Where a top-level array's elements lie in a text: start and end offsets, end exclusive. */
export interface ElementSpans {
  starts: number[];
  ends: number[];
  count: number;
}

function malformed(what: string): MalformedFeedError {
  return new MalformedFeedError(
    `The feed is not a JSON array of records: ${what}. Nothing was changed; check that the address serves the JSON feed itself.`,
  );
}

/**
 * The spans of the elements of the JSON array `text`, found by tracking brackets and strings.
 * Each span is then checked with `JSON.parse` (and dropped), so a syntax error anywhere throws
 * before a caller acts on any element.
 *
 * @throws {MalformedFeedError} when `text` is not one JSON array.
 */
export function jsonArraySpans(text: string): ElementSpans {
  let position = 0;
  const length = text.length;
  if (text.charCodeAt(0) === 0xfeff) position = 1;
  while (position < length && isSpace(text.charCodeAt(position))) position += 1;
  if (text.charCodeAt(position) !== OPEN_BRACKET) {
    throw malformed(position >= length ? 'it is empty' : 'it does not start with "["');
  }
  position += 1;
  const starts: number[] = [];
  const ends: number[] = [];
  let count = 0;
  let depth = 0;
  let inString = false;
  let elementStart = -1;
  let closed = false;
  for (; position < length; position += 1) {
    const code = text.charCodeAt(position);
    if (inString) {
      if (code === BACKSLASH) position += 1;
      else if (code === QUOTE) inString = false;
      continue;
    }
    if (code === QUOTE) {
      inString = true;
      if (elementStart < 0) elementStart = position;
    } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      if (elementStart < 0) elementStart = position;
      depth += 1;
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
      if (depth === 0) {
        if (code !== CLOSE_BRACKET) throw malformed(`unexpected "}" at offset ${position}`);
        if (elementStart >= 0) {
          starts[count] = elementStart;
          ends[count] = position;
          count += 1;
        } else if (count > 0) {
          throw malformed(`a trailing comma before offset ${position}`);
        }
        closed = true;
        position += 1;
        break;
      }
      depth -= 1;
    } else if (code === COMMA && depth === 0) {
      if (elementStart < 0) throw malformed(`an empty element at offset ${position}`);
      starts[count] = elementStart;
      ends[count] = position;
      count += 1;
      elementStart = -1;
    } else if (!isSpace(code) && elementStart < 0) {
      elementStart = position;
    }
  }
  if (!closed) throw malformed('it ends before its closing "]"');
  for (; position < length; position += 1) {
    if (!isSpace(text.charCodeAt(position))) throw malformed(`text follows the closing "]"`);
  }
  for (let index = 0; index < count; index += 1) {
    try {
      JSON.parse(text.slice(starts[index], ends[index]));
    } catch (error) {
      throw malformed(`element ${index} is not valid JSON (${(error as Error).message})`);
    }
  }
  return { starts, ends, count };
}

/** The parsed elements of `text` one at a time, from spans found by {@link jsonArraySpans}. */
export function* jsonArrayElements(text: string, spans: ElementSpans): Generator<unknown> {
  for (let index = 0; index < spans.count; index += 1) {
    yield JSON.parse(text.slice(spans.starts[index], spans.ends[index]));
  }
}
