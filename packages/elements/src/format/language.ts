import { languageNames } from './intl-cache.js';

/** The name of a BCP 47 language tag in `locale` ("Spanish", "español"); the tag itself if unknown. */
export function languageName(tag: string, locale: string): string {
  try {
    return languageNames(locale).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
