/**
 * Meeting schedules like real listings have: weekly on one or two days, every other week,
 * monthly by ordinal weekday, and time-limited cohorts, with holiday cancellations.
 *
 * @packageDocumentation
 */
import type { Schedule, Weekday, WeekOfMonth } from '@peer-groups/core';
import {
  formatDay,
  indexOfWeekday,
  isInLastWeekOfMonth,
  WEEKDAY_ORDER,
  weekdayIndexOfDay,
  weekOfMonthOfDay,
} from './days.js';
import type { DayRange } from './holidays.js';
import type { Daypart } from './phrases.js';
import type { Random, Weighted } from './random.js';
import type { Localized, ScheduleStyle, TextLanguage, Tradition } from './themes.js';

/** How each tradition's groups usually repeat. */
export const STYLE_BY_TRADITION: Readonly<Record<Tradition, readonly Weighted<ScheduleStyle>[]>> = {
  twelveStep: [
    ['weekly', 94],
    ['biweekly', 2],
    ['monthly', 4],
  ],
  peerNetwork: [
    ['weekly', 55],
    ['biweekly', 15],
    ['monthly', 25],
    ['cohort', 5],
  ],
  clinical: [
    ['weekly', 30],
    ['biweekly', 12],
    ['monthly', 38],
    ['cohort', 20],
  ],
  community: [
    ['weekly', 45],
    ['biweekly', 10],
    ['monthly', 25],
    ['cohort', 20],
  ],
};

const START_TIMES: Readonly<Record<Daypart, readonly string[]>> = {
  morning: ['07:00', '07:30', '08:00', '09:00', '09:30', '10:00', '10:30', '11:00'],
  lunchtime: ['12:00', '12:15', '12:30'],
  afternoon: ['13:30', '14:00', '15:00', '16:00'],
  evening: ['17:30', '18:00', '18:30', '19:00', '19:30', '20:00', '20:30'],
};

// Evenings start later where people dine late.
const LATE_EVENING_TIMES = ['18:00', '19:00', '19:30', '20:00', '20:30'];

const DAYPARTS_BY_TRADITION: Readonly<Record<Tradition, readonly Weighted<Daypart>[]>> = {
  twelveStep: [
    ['morning', 20],
    ['lunchtime', 18],
    ['afternoon', 5],
    ['evening', 57],
  ],
  peerNetwork: [
    ['morning', 10],
    ['lunchtime', 10],
    ['afternoon', 20],
    ['evening', 60],
  ],
  clinical: [
    ['morning', 20],
    ['lunchtime', 15],
    ['afternoon', 30],
    ['evening', 35],
  ],
  community: [
    ['morning', 20],
    ['lunchtime', 10],
    ['afternoon', 25],
    ['evening', 45],
  ],
};

const SENIOR_DAYPARTS: readonly Weighted<Daypart>[] = [
  ['morning', 45],
  ['lunchtime', 15],
  ['afternoon', 35],
  ['evening', 5],
];

const TEEN_TIMES = ['16:00', '16:30', '17:00', '18:00', '18:30'];

const WEEKDAY_WEIGHTS: readonly Weighted<Weekday>[] = [
  ['mon', 16],
  ['tue', 18],
  ['wed', 18],
  ['thu', 18],
  ['fri', 11],
  ['sat', 11],
  ['sun', 8],
];

const MONTHLY_PATTERNS: readonly Weighted<readonly WeekOfMonth[]>[] = [
  [[2, 4], 30],
  [[1, 3], 25],
  [[1], 15],
  [[-1], 12],
  [[2], 10],
  [[3], 8],
];

const COHORT_WEEKS: readonly Weighted<number>[] = [
  [6, 15],
  [8, 60],
  [10, 15],
  [12, 10],
];

const NOTES: Localized<readonly string[]> = {
  en: [
    'Doors open fifteen minutes before the start.',
    'No meeting in August.',
    'Please arrive a few minutes early on your first visit.',
  ],
  es: [
    'Las puertas se abren quince minutos antes.',
    'No hay reunión en agosto.',
    'Por favor, llegue unos minutos antes en su primera visita.',
  ],
};

/** What a group's schedules depend on. */
export interface ScheduleRequest {
  style: ScheduleStyle;
  tradition: Tradition;
  /** The group's audience, which moves its meeting times (seniors by day, teens after school). */
  audience: string | null;
  timeZone: string;
  /** Whether its evenings start late (Spain, Mexico). */
  lateEvenings: boolean;
  language: TextLanguage;
  /** Today, as a day number. */
  today: number;
  /** Holidays of its country around today, on which meetings are cancelled. */
  holidays: readonly DayRange[];
}

/** A group's schedules and what was decided on the way, which the name and description reuse. */
export interface SchedulePlan {
  schedules: Schedule[];
  /** The part of the day of its main schedule. */
  daypart: Daypart;
  /** Its one weekly day, when it meets weekly on one day only. */
  weeklyDay?: Weekday;
  /** For cohorts: the number of weeks and the first day. */
  cohort?: { weeks: number; firstDay: number };
}

/** The numbers behind a schedule, for finding its meeting days. */
interface Pattern {
  weekdays: readonly number[];
  interval: number;
  weeksOfMonth?: readonly WeekOfMonth[];
  firstDay?: number;
  lastDay?: number;
}

/** Whether a schedule with `pattern` meets on `day`. */
export function meetsOn(pattern: Pattern, day: number): boolean {
  if (pattern.firstDay !== undefined && day < pattern.firstDay) return false;
  if (pattern.lastDay !== undefined && day > pattern.lastDay) return false;
  if (!pattern.weekdays.includes(weekdayIndexOfDay(day))) return false;
  if (pattern.weeksOfMonth !== undefined) {
    const week = weekOfMonthOfDay(day) as WeekOfMonth;
    return (
      pattern.weeksOfMonth.includes(week) ||
      (pattern.weeksOfMonth.includes(-1) && isInLastWeekOfMonth(day))
    );
  }
  if (pattern.interval === 1 || pattern.firstDay === undefined) return true;
  // Weeks count from the Monday of the anchor's week.
  const anchorMonday = pattern.firstDay - weekdayIndexOfDay(pattern.firstDay);
  const weeksSince = Math.floor((day - anchorMonday) / 7);
  return weeksSince % pattern.interval === 0;
}

function addMinutes(time: string, minutes: number): string {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function daypartOf(time: string): Daypart {
  const hour = Number(time.slice(0, 2));
  if (hour < 12) return 'morning';
  if (hour < 13) return 'lunchtime';
  if (hour < 17) return 'afternoon';
  return 'evening';
}

function pickStartTime(random: Random, request: ScheduleRequest): string {
  if (request.audience === 'teens') return random.pick(TEEN_TIMES);
  const dayparts =
    request.audience === 'seniors' ? SENIOR_DAYPARTS : DAYPARTS_BY_TRADITION[request.tradition];
  const daypart = random.weighted(dayparts);
  if (daypart === 'evening' && request.lateEvenings) return random.pick(LATE_EVENING_TIMES);
  return random.pick(START_TIMES[daypart]);
}

function pickDuration(random: Random, tradition: Tradition, style: ScheduleStyle): number {
  if (tradition === 'twelveStep') return random.chance(0.75) ? 60 : 90;
  if (style === 'cohort' && random.chance(0.2)) return 120;
  return random.chance(0.55) ? 90 : 60;
}

function pickDays(random: Random, count: number): Weekday[] {
  const first = random.weighted(WEEKDAY_WEIGHTS);
  const days = new Set<Weekday>([first]);
  for (let attempt = 0; days.size < count && attempt < 16; attempt += 1) {
    days.add(random.weighted(WEEKDAY_WEIGHTS));
  }
  return WEEKDAY_ORDER.filter((day) => days.has(day));
}

/** The first day on or after `day` that falls on `weekday`. */
function nextWeekday(day: number, weekday: Weekday): number {
  return day + ((indexOfWeekday(weekday) - weekdayIndexOfDay(day) + 7) % 7);
}

function cancellations(pattern: Pattern, holidays: readonly DayRange[]): string[] {
  const dates: string[] = [];
  for (const [first, last] of holidays) {
    for (let day = first; day <= last; day += 1) {
      if (meetsOn(pattern, day)) dates.push(formatDay(day));
    }
  }
  return dates;
}

interface Draft {
  schedule: Omit<Schedule, 'startTime' | 'endTime' | 'timeZone'>;
  pattern: Pattern;
}

function draftFor(random: Random, request: ScheduleRequest): Draft & { cohortWeeks?: number } {
  switch (request.style) {
    case 'weekly': {
      const days = pickDays(random, random.chance(0.2) ? 2 : 1);
      return {
        schedule: { frequency: 'weekly', days },
        pattern: { weekdays: days.map(indexOfWeekday), interval: 1 },
      };
    }
    case 'biweekly': {
      const days = pickDays(random, 1);
      const day = days[0] as Weekday;
      // Anchor on a past meeting day, as a listing that has run for a while would.
      const anchor = nextWeekday(request.today, day) - 14 * random.int(1, 30);
      return {
        schedule: { frequency: 'weekly', interval: 2, days, validFrom: formatDay(anchor) },
        pattern: { weekdays: [indexOfWeekday(day)], interval: 2, firstDay: anchor },
      };
    }
    case 'monthly': {
      const days = pickDays(random, 1);
      const weeksOfMonth = [...random.weighted(MONTHLY_PATTERNS)];
      return {
        schedule: { frequency: 'monthly', days, weeksOfMonth },
        pattern: { weekdays: days.map(indexOfWeekday), interval: 1, weeksOfMonth },
      };
    }
    case 'cohort': {
      const days = pickDays(random, 1);
      const weeks = random.weighted(COHORT_WEEKS);
      const firstDay = nextWeekday(request.today + random.int(-35, 70), days[0] as Weekday);
      const lastDay = firstDay + (weeks - 1) * 7;
      return {
        schedule: {
          frequency: 'weekly',
          days,
          validFrom: formatDay(firstDay),
          validUntil: formatDay(lastDay),
        },
        pattern: { weekdays: days.map(indexOfWeekday), interval: 1, firstDay, lastDay },
        cohortWeeks: weeks,
      };
    }
  }
}

function finish(
  random: Random,
  draft: Draft,
  request: ScheduleRequest,
  startTime: string,
  duration: number,
): Schedule {
  const { frequency, interval, days, weeksOfMonth, validFrom, validUntil } = draft.schedule;
  // Built field by field so every schedule lists its fields in the schema's order.
  const schedule = { frequency } as Schedule;
  if (interval !== undefined) schedule.interval = interval;
  schedule.days = days;
  if (weeksOfMonth !== undefined) schedule.weeksOfMonth = weeksOfMonth;
  schedule.startTime = startTime;
  schedule.endTime = addMinutes(startTime, duration);
  schedule.timeZone = request.timeZone;
  if (validFrom !== undefined) schedule.validFrom = validFrom;
  if (validUntil !== undefined) schedule.validUntil = validUntil;
  const cancelShare = request.style === 'cohort' ? 0.6 : 0.35;
  if (random.chance(cancelShare)) {
    const dates = cancellations(draft.pattern, request.holidays);
    if (dates.length > 0) schedule.cancelledDates = dates;
  }
  if (random.chance(0.08)) schedule.note = random.pick(NOTES[request.language]);
  return schedule;
}

/** A group's meeting schedules, in its metro's time zone. */
export function buildSchedules(random: Random, request: ScheduleRequest): SchedulePlan {
  const draft = draftFor(random, request);
  const startTime = pickStartTime(random, request);
  const duration = pickDuration(random, request.tradition, request.style);
  const plan: SchedulePlan = {
    schedules: [finish(random, draft, request, startTime, duration)],
    daypart: daypartOf(startTime),
  };
  if (draft.cohortWeeks !== undefined && draft.pattern.firstDay !== undefined) {
    plan.cohort = { weeks: draft.cohortWeeks, firstDay: draft.pattern.firstDay };
  }
  const isTwelveStepWeekly = request.tradition === 'twelveStep' && request.style === 'weekly';
  if (isTwelveStepWeekly && plan.daypart === 'lunchtime' && random.chance(0.25)) {
    // The classic weekday noon meeting, Monday to Friday.
    const weekdays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
    plan.schedules = [
      finish(
        random,
        {
          schedule: { frequency: 'weekly', days: weekdays },
          pattern: { weekdays: [0, 1, 2, 3, 4], interval: 1 },
        },
        request,
        startTime,
        duration,
      ),
    ];
  } else if (isTwelveStepWeekly && random.chance(0.15)) {
    // A weekend morning meeting on top of the weeknight one.
    const weekend: Weekday = random.chance(0.5) ? 'sat' : 'sun';
    const weekendDraft: Draft = {
      schedule: { frequency: 'weekly', days: [weekend] },
      pattern: { weekdays: [indexOfWeekday(weekend)], interval: 1 },
    };
    const weekendStart = random.pick(['08:00', '09:00', '10:00', '10:30']);
    plan.schedules.push(finish(random, weekendDraft, request, weekendStart, duration));
  }
  const only = plan.schedules.length === 1 ? plan.schedules[0] : undefined;
  if (only !== undefined && only.frequency === 'weekly' && only.interval === undefined) {
    if (only.days.length === 1 && request.style === 'weekly') plan.weeklyDay = only.days[0];
  }
  return plan;
}
