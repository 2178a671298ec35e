/**
 * Text folding for search: case- and accent-insensitive matching of names and descriptions.
 *
 * @packageDocumentation
 */

const COMBINING_MARKS = /\p{M}+/gu;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;
const ASCII_ONLY = /^\p{ASCII}*$/u;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/**
 * Folds `text` for matching: decomposes accents and drops them, lowercases, and turns every run
 * of non-letters into one space, so "Señora  MUÑOZ's" and "senora munoz s" compare equal.
 */
export function foldText(text: string): string {
  // Most listings are plain ASCII: folding them needs no Unicode normalization.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .split(WORD_SEPARATORS)
    .filter((word) => word !== '')
    .join(' ');
}

/** The folded words of a free-text query, each of which a match must contain. */
export function foldQueryTerms(query: string): string[] {
  const folded = foldText(query);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}
