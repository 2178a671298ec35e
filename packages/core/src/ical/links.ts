/**
 * Links fit for export: only http and https pages, always in their parsed, normalized form.
 *
 * @packageDocumentation
 */
import { isSafeLink } from '../schemas/primitives.js';

interface ParsedUrl {
  protocol: string;
  href: string;
}

// Every runtime core targets has a WHATWG URL global; typed here so core needs neither the DOM
// nor the Node type library.
const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

/**
 * The normalized form of `value` when it is a safe http or https link, else `undefined`. The
 * parsed `href` is returned rather than the input, because the URL parser drops tabs and line
 * breaks that a raw string could still carry into a calendar line or a script element.
 */
export function webHref(value: string | undefined): string | undefined {
  if (value === undefined || !isSafeLink(value)) return undefined;
  const parsed = new UrlParser(value);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}
