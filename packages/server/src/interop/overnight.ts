/**
 * Meetings that run past midnight. A schedule's end time must follow its start on the same day,
 * so a 23:00-00:30 meeting is kept as ending at 23:59 with a note that says when it really ends;
 * exports read the note back and write the true end time.
 *
 * @packageDocumentation
 */

/** The last minute of a day: where a meeting that runs past midnight is cut. */
export const LAST_MINUTE = '23:59';

const NOTE_PATTERN = /(?:^|\n)Ends at ([01]\d|2[0-3]):([0-5]\d) the next day\.$/;

/** The schedule note that records a true end time after midnight. */
export function overnightNote(endTime: string): string {
  return `Ends at ${endTime} the next day.`;
}

/** The true end time a schedule note records, or `undefined` when it records none. */
export function overnightEndOf(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  const match = NOTE_PATTERN.exec(note);
  return match === null ? undefined : `${match[1]}:${match[2]}`;
}

/** `note` without the sentence {@link overnightNote} added, or `undefined` when nothing is left. */
export function noteWithoutOvernight(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  const rest = note.replace(NOTE_PATTERN, '').trim();
  return rest === '' ? undefined : rest;
}

/** The end time and note of a meeting from `startTime` to `endTime`, which may be after midnight. */
export function sameDayEnd(
  startTime: string,
  endTime: string,
  note?: string,
): { endTime: string; note?: string } {
  if (endTime > startTime) return note === undefined ? { endTime } : { endTime, note };
  const overnight = overnightNote(endTime);
  return { endTime: LAST_MINUTE, note: note === undefined ? overnight : `${note}\n${overnight}` };
}

/** `HH:MM` an hour after `time`, wrapping past midnight. */
export function anHourAfter(time: string): string {
  const minutes = (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + 60) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `HH:MM` from `H:MM`, `HH:MM` or `HH:MM:SS`, or `undefined` when it is no time of day. */
export function clockTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{1,2}):([0-5]\d)(?::[0-5]\d)?\s*$/.exec(value);
  if (match === null) return undefined;
  const hours = Number(match[1]);
  if (hours > 24 || (hours === 24 && match[2] !== '00')) return undefined;
  return `${String(hours % 24).padStart(2, '0')}:${match[2]}`;
}
