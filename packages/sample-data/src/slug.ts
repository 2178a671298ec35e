/**
 * URL slugs from names in any Latin-script language.
 *
 * @packageDocumentation
 */

/** Longest slug base, leaving room for the suffix that makes a slug unique. */
export const SLUG_BASE_MAX = 60;

// Only names with characters outside printable ASCII pay for Unicode normalization.
const NON_ASCII = /[^ -~]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * `name` as lowercase ASCII words joined by `-`, accents dropped ("Grupo de Duelo – Tetuán"
 * becomes `grupo-de-duelo-tetuan`), cut at a word boundary within `max` characters.
 */
export function slugify(name: string, max = SLUG_BASE_MAX): string {
  const key = max === SLUG_BASE_MAX ? name : `${max}\u0000${name}`;
  let slug = memo.get(key);
  if (slug === undefined) {
    slug = computeSlug(name, max);
    // Generated names repeat a lot; the bound keeps memory flat whatever is slugified.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, slug);
  }
  return slug;
}

const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

function computeSlug(name: string, max: number): string {
  const ascii = NON_ASCII.test(name) ? name.normalize('NFD').replace(COMBINING_MARKS, '') : name;
  const slug = ascii
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return truncateSlug(slug === '' ? 'group' : slug, max);
}

/** A slug cut at a word boundary within `max` characters (mid-word only if its first word is longer). */
export function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const boundary = slug.lastIndexOf('-', max);
  return boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, max);
}
