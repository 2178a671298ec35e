/**
 * Identifiers the directory mints: random, URL-safe, and valid for core's `idSchema` and
 * `slugSchema`.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import { foldText } from '../search/fold-text.js';

/** A new random id with a one-letter prefix naming its kind (`g` group, `s` submission, `k` key). */
export function newId(prefix: 'g' | 's' | 'k'): string {
  return `${prefix}${randomBytes(8).toString('hex')}`;
}

/** A URL slug from a group's name and id: folded words, then the id's tail so slugs stay unique. */
export function slugFor(name: string, id: string): string {
  const words = foldText(name)
    .replace(/[^a-z0-9 ]+/g, '')
    .split(' ')
    .filter((word) => word !== '')
    .join('-')
    .slice(0, 80)
    .replace(/-+$/, '');
  const tail = id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(-6);
  return words === '' ? `group-${tail}` : `${words}-${tail}`;
}
