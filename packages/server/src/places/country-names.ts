/**
 * What people write for a country after a place name: "Cambridge, UK", "Málaga, España",
 * "Paris, France", "Austin TX USA".
 *
 * @packageDocumentation
 */
import { foldPlaceName } from './fold-place-name.js';

// Common short forms Intl.DisplayNames does not produce.
const ALIASES: Record<string, string> = {
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  america: 'US',
  'united states of america': 'US',
  eeuu: 'US',
  'ee uu': 'US',
  'estados unidos de america': 'US',
};

// The languages the directory is offered in.
const NAME_LANGUAGES = ['en', 'es'];

/**
 * Folded country names, codes and aliases → ISO 3166-1 alpha-2 code, for the countries in
 * `codes`, with English and Spanish names ("spain", "espana", "es").
 */
export function countryNameIndex(codes: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  const displayNames = NAME_LANGUAGES.map(
    (language) => new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }),
  );
  for (const code of codes) {
    index.set(code.toLowerCase(), code);
    for (const names of displayNames) {
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        // A code Intl does not know (none in GeoNames today): its letters still match.
        name = undefined;
      }
      if (name !== undefined) index.set(foldPlaceName(name), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) index.set(alias, code);
  return index;
}
