/**
 * The readable schedule of the CSV template, in both directions:
 * `Tue 18:30-20:00; 2nd & 4th Wed 12:00-13:00; Mon, Thu 19:00-20:30 every 2 weeks from 2026-03-02`.
 *
 * One schedule per `;`-separated part: optional ordinals (`1st` … `5th`, `last`) for a monthly
 * schedule, days, a 24-hour (or am/pm) time range, then optionally `every N weeks`,
 * `from DATE`, `until DATE`, `except DATE, DATE` and a `(note)`. A range ending at or before
 * its start runs past midnight.
 *
 * @packageDocumentation
 */
import type { Schedule, Weekday, WeekOfMonth } from '@peer-groups/core';
import { noteWithoutOvernight, overnightEndOf, sameDayEnd } from '../overnight.js';

/** A schedule text that cannot be read; the message quotes the part and says what is expected. */
export class ScheduleTextError extends Error {
  override readonly name = 'ScheduleTextError';
}

const DAY_NAMES: Record<string, Weekday> = {
  mon: 'mon',
  monday: 'mon',
  tue: 'tue',
  tues: 'tue',
  tuesday: 'tue',
  wed: 'wed',
  wednesday: 'wed',
  thu: 'thu',
  thur: 'thu',
  thurs: 'thu',
  thursday: 'thu',
  fri: 'fri',
  friday: 'fri',
  sat: 'sat',
  saturday: 'sat',
  sun: 'sun',
  sunday: 'sun',
};

const DAY_LABELS: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

const ORDINALS: Record<string, WeekOfMonth> = {
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  last: -1,
};

const ORDINAL_LABELS = new Map<WeekOfMonth, string>(
  Object.entries(ORDINALS).map(([label, week]) => [week, label]),
);

const ORDINAL = '(?:1st|2nd|3rd|4th|5th|last)';
const LIST_SEPARATOR = '\\s*(?:,|&|/|\\band\\b)\\s*';
const TIME = '\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?';
const DATE = '\\d{4}-\\d{2}-\\d{2}';
const PART = new RegExp(
  `^(?:(${ORDINAL}(?:${LIST_SEPARATOR}${ORDINAL})*)\\s+)?` +
    `([a-z]+(?:${LIST_SEPARATOR}[a-z]+)*)\\s+` +
    `(${TIME})\\s*[-–]\\s*(${TIME})` +
    `(?:\\s+every\\s+(\\d+)\\s+weeks?)?` +
    `(?:\\s+from\\s+(${DATE}))?` +
    `(?:\\s+until\\s+(${DATE}))?` +
    `(?:\\s+except\\s+(${DATE}(?:\\s*,\\s*${DATE})*))?$`,
);

/** Splits on unescaped `;` outside a parenthesised note. */
function splitParts(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (character === '\\' && index + 1 < text.length) {
      current += character + text[index + 1];
      index += 1;
    } else if (character === '(') {
      depth += 1;
      current += character;
    } else if (character === ')') {
      depth = Math.max(0, depth - 1);
      current += character;
    } else if (character === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** The part without its trailing `(note)`, and the note with its escapes undone. */
function splitNote(part: string): { rule: string; note?: string } {
  if (!part.endsWith(')')) return { rule: part };
  let depth = 0;
  for (let index = part.length - 1; index >= 0; index -= 1) {
    const character = part[index];
    const escaped = index > 0 && part[index - 1] === '\\';
    if (escaped) {
      index -= 1;
      continue;
    }
    if (character === ')') depth += 1;
    else if (character === '(') {
      depth -= 1;
      if (depth === 0) {
        const note = part.slice(index + 1, -1).replace(/\\(.)/gs, '$1');
        return { rule: part.slice(0, index).trim(), note };
      }
    }
  }
  throw new ScheduleTextError(
    `"${part}" has a "(" without its ")"; escape a bracket in a note as \\( or \\)`,
  );
}

function escapeNote(note: string): string {
  return note.replace(/[\\()]/g, '\\$&');
}

function clock(text: string, part: string): string {
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(text.trim());
  if (match === null)
    throw new ScheduleTextError(`"${text}" in "${part}" is not a time such as 18:30`);
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const meridiem = match[3];
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) {
      throw new ScheduleTextError(`"${text}" in "${part}" is not a 12-hour time such as 6:30pm`);
    }
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) {
    throw new ScheduleTextError(`"${text}" in "${part}" is not a time of day`);
  }
  return `${String(hours % 24).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function listItems(text: string): string[] {
  return text
    .split(new RegExp(LIST_SEPARATOR))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function parsePart(part: string, timeZone: string): Schedule {
  const { rule, note } = splitNote(part);
  const match = PART.exec(rule.toLowerCase().replace(/\s+/g, ' '));
  if (match === null) {
    throw new ScheduleTextError(
      `"${part}" is not a schedule such as "Tue 18:30-20:00" or "2nd & 4th Wed 12:00-13:00"`,
    );
  }
  const [, ordinals, dayList = '', start = '', end = '', every, from, until, except] = match;
  const days: Weekday[] = [];
  for (const name of listItems(dayList)) {
    const day = DAY_NAMES[name];
    if (day === undefined) {
      throw new ScheduleTextError(`"${name}" in "${part}" is not a day such as Mon or Tuesday`);
    }
    if (!days.includes(day)) days.push(day);
  }
  const startTime = clock(start, part);
  const { endTime, note: withOvernight } = sameDayEnd(startTime, clock(end, part), note);
  const schedule: Schedule = {
    frequency: ordinals === undefined ? 'weekly' : 'monthly',
    days,
    startTime,
    endTime,
    timeZone,
  };
  if (ordinals !== undefined) {
    const weeks: WeekOfMonth[] = [];
    for (const label of listItems(ordinals)) {
      const week = ORDINALS[label] as WeekOfMonth;
      if (!weeks.includes(week)) weeks.push(week);
    }
    schedule.weeksOfMonth = weeks;
  }
  if (every !== undefined) {
    if (ordinals !== undefined) {
      throw new ScheduleTextError(`"${part}" is monthly, so it cannot also repeat every few weeks`);
    }
    schedule.interval = Number(every);
  }
  if (from !== undefined) schedule.validFrom = from;
  if (until !== undefined) schedule.validUntil = until;
  if (except !== undefined) schedule.cancelledDates = except.split(/\s*,\s*/);
  if (withOvernight !== undefined) schedule.note = withOvernight;
  return schedule;
}

/**
 * The schedules of `text`, in `timeZone`. Values are not checked against core's schedule schema
 * (an interval of 9 reads as 9); the importer does that with the rest of the listing.
 *
 * @throws {ScheduleTextError} when a part cannot be read.
 */
export function parseScheduleText(text: string, timeZone: string): Schedule[] {
  const parts = splitParts(text);
  if (parts.length === 0) throw new ScheduleTextError('the schedule is empty');
  return parts.map((part) => parsePart(part, timeZone));
}

/** One schedule as text; {@link parseScheduleText} reads it back to an equal schedule. */
export function formatSchedule(schedule: Schedule): string {
  const words: string[] = [];
  if (schedule.frequency === 'monthly' && schedule.weeksOfMonth !== undefined) {
    words.push(schedule.weeksOfMonth.map((week) => ORDINAL_LABELS.get(week)).join(' & '));
  }
  const end = overnightEndOf(schedule.note) ?? schedule.endTime;
  words.push(
    schedule.days.map((day) => DAY_LABELS[day]).join(', '),
    `${schedule.startTime}-${end}`,
  );
  if (schedule.interval !== undefined) words.push(`every ${schedule.interval} weeks`);
  if (schedule.validFrom !== undefined) words.push(`from ${schedule.validFrom}`);
  if (schedule.validUntil !== undefined) words.push(`until ${schedule.validUntil}`);
  if (schedule.cancelledDates !== undefined && schedule.cancelledDates.length > 0) {
    words.push(`except ${schedule.cancelledDates.join(', ')}`);
  }
  const note =
    overnightEndOf(schedule.note) === undefined
      ? schedule.note
      : noteWithoutOvernight(schedule.note);
  if (note !== undefined) words.push(`(${escapeNote(note)})`);
  return words.join(' ');
}

/** Schedules as the text of one CSV cell, `; `-separated. */
export function formatScheduleText(schedules: readonly Schedule[]): string {
  return schedules.map(formatSchedule).join('; ');
}
