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

/** A name for a group, from its kind's templates. */
export function buildName(random: Random, request: NameRequest): string {
  const { theme, language, audience, weeklyDay } = request;
  const usable = theme.names[language].filter(
    (template) => weeklyDay !== undefined || !template.includes('{day}'),
  );
  const who = audience === null ? '' : (AUDIENCE_WORDS[audience]?.who[language] ?? '');
  const naming = who === '' ? [] : usable.filter((template) => template.includes('{who}'));
  // Most groups for an audience say so in their name; a few carry a name of their own.
  const templates = naming.length > 0 && random.chance(0.8) ? naming : usable;
  const template = random.pick(templates.length > 0 ? templates : theme.names[language]);
  const values: Readonly<Record<string, string>> = {
    place: request.place,
    day: weeklyDay === undefined ? '' : WEEKDAY_NAMES[language][weeklyDay],
    daypart: DAYPART_NAMES[language][request.daypart],
    who,
  };
  const name = template
    .replace(/\{(\w+)\}/g, (_token, key: string) => values[key] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const meetingLanguage = request.languages[0] ?? language;
  if (meetingLanguage === language) return name;
  const suffix =
    language === 'es'
      ? SPANISH_LANGUAGE_SUFFIX[meetingLanguage]
      : LANGUAGE_NAME_SUFFIX[meetingLanguage];
  return suffix === undefined ? name : `${name}${suffix}`;
}
