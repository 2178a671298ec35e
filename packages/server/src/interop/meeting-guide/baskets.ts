/**
 * The digital baskets of a Meeting Guide meeting (`venmo`, `square`, `paypal`) and the cost note
 * that keeps them: the directory has no field of its own for them, so the note names each
 * handle in a fixed form that the export reads back.
 *
 * @packageDocumentation
 */
import { SHORT_TEXT_MAX } from '@peer-groups/core';

/** The handles of a meeting's digital baskets, as its feed writes them. */
export interface Baskets {
  venmo?: string;
  square?: string;
  paypal?: string;
}

const LABELS = [
  ['venmo', 'Venmo'],
  ['square', 'Square'],
  ['paypal', 'PayPal'],
] as const;

const NOTE_START = 'Contributions are voluntary. Digital baskets: ';

/** A handle that the note can hold and give back: one line, without the `; ` between baskets. */
function fits(handle: string): boolean {
  return handle !== '' && !/[;\n]/.test(handle);
}

/**
 * The cost note naming `baskets`, such as `Contributions are voluntary. Digital baskets: Venmo
 * @HomeGroup; PayPal homegroup.`, or `undefined` when there is no handle to name.
 */
export function basketsNote(baskets: Baskets): string | undefined {
  const named: string[] = [];
  for (const [field, label] of LABELS) {
    const handle = baskets[field];
    if (handle === undefined || !fits(handle)) continue;
    const longer = [...named, `${label} ${handle}`];
    // A cost note is short text: a handle that would overflow it is left out, not the record.
    if (`${NOTE_START}${longer.join('; ')}.`.length <= SHORT_TEXT_MAX)
      named.push(`${label} ${handle}`);
  }
  return named.length === 0 ? undefined : `${NOTE_START}${named.join('; ')}.`;
}

/** The handles a cost note written by {@link basketsNote} names; none for any other note. */
export function basketsOf(note: string | undefined): Baskets {
  if (note === undefined || !note.startsWith(NOTE_START) || !note.endsWith('.')) return {};
  const baskets: Baskets = {};
  for (const part of note.slice(NOTE_START.length, -1).split('; ')) {
    const entry = LABELS.find(([, label]) => part.startsWith(`${label} `));
    if (entry === undefined) return {};
    baskets[entry[0]] = part.slice(entry[1].length + 1);
  }
  return baskets;
}
