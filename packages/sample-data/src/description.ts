/**
 * Plain-text descriptions: what the group is, whom it is for, how meetings run, and what a
 * newcomer needs to know, in paragraphs.
 *
 * @packageDocumentation
 */
import type { AgeRange, Attendance, Cost, Openness, Serves } from '@peer-groups/core';
import { MS_PER_DAY } from './days.js';
import {
  ALSO_SERVES,
  AUDIENCE_WORDS,
  COHORT_UNDER_WAY,
  COHORT_UPCOMING,
  languageSentence,
  MONTH_NAMES,
  PRACTICAL,
} from './phrases.js';
import type { Random } from './random.js';
import type { TextLanguage, Theme } from './themes.js';

/** What a group's description says. */
export interface DescriptionRequest {
  theme: Theme;
  language: TextLanguage;
  /** Its country, for the order of day and month in dates. */
  country: string;
  audiences: readonly string[];
  ageRange?: AgeRange;
  languages: readonly string[];
  serves: readonly Serves[];
  attendance: Attendance;
  openness: Openness;
  acceptingNewMembers: boolean;
  cost: Cost;
  costNote?: string;
  /** For cohorts: weeks and first day; `started` when the first day is past. */
  cohort?: { weeks: number; firstDay: number; started: boolean };
}

function writtenDate(day: number, language: TextLanguage, country: string): string {
  const date = new Date(day * MS_PER_DAY);
  const dayOfMonth = date.getUTCDate();
  const month = MONTH_NAMES[language][date.getUTCMonth()] ?? '';
  if (language === 'es') return `${dayOfMonth} de ${month}`;
  return country === 'US' ? `${month} ${dayOfMonth}` : `${dayOfMonth} ${month}`;
}

function costSentence(cost: Cost, language: TextLanguage, costNote: string | undefined): string {
  if (cost === 'donation') {
    return language === 'es'
      ? 'No hay cuotas; las aportaciones son voluntarias.'
      : 'There are no dues or fees; contributions are voluntary.';
  }
  if (cost === 'fee' && costNote !== undefined) {
    return language === 'es'
      ? `Cuota: ${costNote}. Pregunte por tarifas reducidas.`
      : `Fee: ${costNote}. Ask about reduced rates.`;
  }
  return language === 'es' ? 'Es gratuito.' : 'Free of charge.';
}

function practicalSentence(random: Random, request: DescriptionRequest): string {
  const { language, cohort } = request;
  if (cohort !== undefined) {
    return cohort.started
      ? COHORT_UNDER_WAY[language](cohort.weeks)
      : COHORT_UPCOMING[language](
          cohort.weeks,
          writtenDate(cohort.firstDay, language, request.country),
        );
  }
  const practical = PRACTICAL[language];
  if (!request.acceptingNewMembers) return practical.full;
  return random.pick(practical[request.openness]);
}

/** A description of two or three short paragraphs. */
export function buildDescription(random: Random, request: DescriptionRequest): string {
  const { theme, language } = request;
  const opening = [random.pick(theme.about[language])];
  for (const audience of request.audiences) {
    const words = AUDIENCE_WORDS[audience];
    if (words !== undefined) opening.push(words.sentence(language, request.ageRange));
  }
  opening.push(languageSentence(language, request.languages));

  const meetings = [random.pick(theme.format[language])];
  const main = theme.serves[0];
  for (const serves of request.serves) {
    if (serves !== main && serves !== 'livingWithCondition') {
      meetings.push(ALSO_SERVES[language][serves]);
    }
  }
  if (request.attendance !== 'inPerson') {
    meetings.push(PRACTICAL[language][request.attendance]);
  }

  const practical = [
    practicalSentence(random, request),
    costSentence(request.cost, language, request.costNote),
  ];
  return [opening, meetings, practical]
    .map((sentences) => sentences.filter((sentence) => sentence !== '').join(' '))
    .join('\n\n');
}
