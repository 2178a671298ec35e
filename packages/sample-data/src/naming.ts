/**
 * Group names from a kind's templates: place, day, part of day and audience filled in, and the
 * meeting language said where it is not the text's own.
 *
 * @packageDocumentation
 */
import type { Weekday } from '@peer-groups/core';
import {
  AUDIENCE_WORDS,
  DAYPART_NAMES,
  type Daypart,
  LANGUAGE_NAME_SUFFIX,
  WEEKDAY_NAMES,
} from './phrases.js';
import type { Random } from './random.js';
import { fillTemplate } from './template.js';
import type { TextLanguage, Theme } from './themes.js';

/** What a group's name depends on. */
export interface NameRequest {
  theme: Theme;
  language: TextLanguage;
  /** Fills `{place}`: a neighbourhood, a locality, or the word for "Online". */
  place: string;
  /** Its one weekly day, which templates with `{day}` need. */
  weeklyDay?: Weekday;
  daypart: Daypart;
  /** The audience that fills `{who}`, if any. */
  audience: string | null;
  /** The languages it meets in, first the main one. */
  languages: readonly string[];
}

// Spanish-language text says another meeting language in Spanish.
const SPANISH_LANGUAGE_SUFFIX: Readonly<Record<string, string>> = {
  zh: ' (en chino)',
  en: ' (en inglés)',
};

interface TemplateChoices {
  /** Templates a group can use. */
  usable: readonly string[];
  /** Those of them that name the audience. */
  naming: readonly string[];
}

const choicesCache = new Map<string, TemplateChoices>();

/** The templates of `theme` a group can use, worked out once per kind, language and day rule. */
function templateChoices(
  theme: Theme,
  language: TextLanguage,
  hasWeeklyDay: boolean,
): TemplateChoices {
  const key = `${theme.id}:${language}:${hasWeeklyDay}`;
  let choices = choicesCache.get(key);
  if (choices === undefined) {
    const all = theme.names[language];
    const withDay = all.filter((template) => hasWeeklyDay || !template.includes('{day}'));
    const usable = withDay.length > 0 ? withDay : all;
    choices = { usable, naming: usable.filter((template) => template.includes('{who}')) };
    choicesCache.set(key, choices);
  }
  return choices;
}

/** A name for a group, from its kind's templates. */
export function buildName(random: Random, request: NameRequest): string {
  const { theme, language, audience, weeklyDay } = request;
  const who = audience === null ? '' : (AUDIENCE_WORDS[audience]?.who[language] ?? '');
  const choices = templateChoices(theme, language, weeklyDay !== undefined);
  // Most groups for an audience say so in their name; a few carry a name of their own.
  const templates =
    who !== '' && choices.naming.length > 0 && random.chance(0.8) ? choices.naming : choices.usable;
  const template = random.pick(templates);
  const values: Readonly<Record<string, string>> = {
    place: request.place,
    day: weeklyDay === undefined ? '' : WEEKDAY_NAMES[language][weeklyDay],
    daypart: DAYPART_NAMES[language][request.daypart],
    who,
  };
  const filled = fillTemplate(template, values);
  // An empty `{who}` or `{day}` leaves a doubled or edge space behind.
  const name =
    filled.includes('  ') || filled.startsWith(' ') || filled.endsWith(' ')
      ? filled.replace(/\s+/g, ' ').trim()
      : filled;
  const meetingLanguage = request.languages[0] ?? language;
  if (meetingLanguage === language) return name;
  const suffix =
    language === 'es'
      ? SPANISH_LANGUAGE_SUFFIX[meetingLanguage]
      : LANGUAGE_NAME_SUFFIX[meetingLanguage];
  return suffix === undefined ? name : `${name}${suffix}`;
}
