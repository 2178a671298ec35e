/**
 * ISO 3166-1 alpha-2 codes from the ways feeds write countries.
 *
 * @packageDocumentation
 */

const COUNTRY_NAMES: Record<string, string> = {
  usa: 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  'united states': 'US',
  'united states of america': 'US',
  canada: 'CA',
  mexico: 'MX',
  méxico: 'MX',
  'united kingdom': 'GB',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  ireland: 'IE',
  australia: 'AU',
  'new zealand': 'NZ',
  germany: 'DE',
  deutschland: 'DE',
  france: 'FR',
  spain: 'ES',
  españa: 'ES',
  sweden: 'SE',
  sverige: 'SE',
};

/** The alpha-2 code of `text` (`US`, `usa`, `United States`), or `undefined` when unknown. */
export function countryCodeOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const named = COUNTRY_NAMES[trimmed.toLowerCase()];
  if (named !== undefined) return named;
  return /^[A-Za-z]{2}$/.test(trimmed) ? trimmed.toUpperCase() : undefined;
}
