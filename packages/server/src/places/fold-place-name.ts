/**
 * Folding of place names and what patients type, so "MÁLAGA", "Malaga" and "málaga" meet, and
 * so do "Łódź" and "Lodz", "Tromsø" and "Tromso".
 *
 * @packageDocumentation
 */

const COMBINING_MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

// Letters that Unicode decomposition leaves whole, spelled the way people type them on a
// keyboard without them.
const PLAIN_SPELLINGS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(PLAIN_SPELLINGS).join('')}]`, 'g');

const ASCII = /^[\x20-\x7e]*$/;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/**
 * Folds `text` for place matching: lowercase, accents dropped, letters such as `ø` and `ł`
 * spelled plainly, every run of punctuation and spaces turned into one space, trimmed.
 */
export function foldPlaceName(text: string): string {
  // Most names are plain ASCII: the Unicode path is several times slower, and loading folds
  // every name of the bundled places once.
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED, (letter) => PLAIN_SPELLINGS[letter] ?? letter)
    .split(SEPARATORS)
    .filter((word) => word !== '')
    .join(' ');
}
