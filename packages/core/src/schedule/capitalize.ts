/**
 * Sentence case for text that may start with a word `Intl` writes in lower case ("hoy",
 * "miércoles", "último").
 *
 * @packageDocumentation
 */

/** `text` with its first character in upper case, by the rules of `locale`. */
export function capitalize(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const firstCharacter = String.fromCodePoint(first);
  return firstCharacter.toLocaleUpperCase(locale) + text.slice(firstCharacter.length);
}
