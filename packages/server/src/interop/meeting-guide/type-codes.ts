/**
 * The Meeting Guide meeting type codes and how each maps onto a listing's fields. Codes that say
 * something a listing holds (openness, audiences, languages, accessibility, online) set that
 * field; every other code, and every code the specification does not list, is kept in the
 * listing's "Meeting types" line so that nothing a feed says is lost.
 *
 * @packageDocumentation
 */
import type { AccessibilityFeature, Openness } from '@peer-groups/core';

/** What one type code says about a listing. */
export interface TypeCodeEffect {
  openness?: Openness;
  audience?: string;
  topic?: string;
  language?: string;
  accessibility?: AccessibilityFeature;
  online?: true;
  /**
   * Whether the field it sets says exactly this code, so the export writes it back from the
   * field. Codes that share a field value (`G` and `L` are both `lgbtq`) are also kept by name.
   */
  exact: boolean;
}

/** Codes that set a listing field. */
export const MAPPED_TYPE_CODES: Readonly<Record<string, TypeCodeEffect>> = {
  O: { openness: 'open', exact: true },
  C: { openness: 'closed', exact: true },
  ONL: { online: true, exact: true },
  W: { audience: 'women', exact: true },
  M: { audience: 'men', exact: true },
  LGBTQ: { audience: 'lgbtq', exact: true },
  G: { audience: 'lgbtq', exact: false },
  L: { audience: 'lgbtq', exact: false },
  BI: { audience: 'lgbtq', exact: false },
  T: { audience: 'lgbtq', exact: false },
  NB: { audience: 'lgbtq', exact: false },
  Y: { audience: 'young-adults', exact: true },
  SEN: { audience: 'seniors', exact: true },
  POC: { audience: 'bipoc', exact: true },
  N: { audience: 'bipoc', exact: false },
  NDG: { audience: 'bipoc', exact: false },
  DD: { topic: 'mental-health', exact: true },
  X: { accessibility: 'wheelchair', exact: true },
  XB: { accessibility: 'accessibleRestroom', exact: true },
  FF: { accessibility: 'scentFree', exact: true },
  BA: { accessibility: 'childcare', exact: true },
  ASL: { language: 'ase', accessibility: 'signLanguage', exact: true },
  EN: { language: 'en', exact: true },
  S: { language: 'es', exact: true },
  AM: { language: 'am', exact: true },
  DA: { language: 'da', exact: true },
  DE: { language: 'de', exact: true },
  EL: { language: 'el', exact: true },
  FA: { language: 'fa', exact: true },
  FR: { language: 'fr', exact: true },
  HE: { language: 'he', exact: true },
  HI: { language: 'hi', exact: true },
  HR: { language: 'hr', exact: true },
  HU: { language: 'hu', exact: true },
  ITA: { language: 'it', exact: true },
  JA: { language: 'ja', exact: true },
  KOR: { language: 'ko', exact: true },
  LT: { language: 'lt', exact: true },
  ML: { language: 'ml', exact: true },
  NO: { language: 'no', exact: true },
  POL: { language: 'pl', exact: true },
  POR: { language: 'pt', exact: true },
  PUN: { language: 'pa', exact: true },
  RUS: { language: 'ru', exact: true },
  SK: { language: 'sk', exact: true },
  SV: { language: 'sv', exact: true },
  TH: { language: 'th', exact: true },
  TL: { language: 'tl', exact: true },
  UK: { language: 'uk', exact: true },
};

/** English names of the codes kept by name: what patients read in the "Meeting types" line. */
export const TYPE_CODE_NAMES: Readonly<Record<string, string>> = {
  '11': '11th Step Meditation',
  '12x12': '12 Steps & 12 Traditions',
  A: 'Secular',
  ABSI: 'As Bill Sees It',
  AL: 'Concurrent with Alateen',
  'AL-AN': 'Concurrent with Al-Anon',
  B: 'Big Book',
  BE: 'Newcomer',
  BI: 'Bisexual',
  BRK: 'Breakfast',
  'BV-I': 'Blind / Visually Impaired',
  CAN: 'Candlelight',
  CF: 'Child-Friendly',
  D: 'Discussion',
  DB: 'Digital Basket',
  'D-HOH': 'Deaf / Hard of Hearing',
  DR: 'Daily Reflections',
  G: 'Gay',
  GR: 'Grapevine',
  H: 'Birthday',
  L: 'Lesbian',
  LIT: 'Literature',
  'LO-I': 'Loners / Isolationists',
  LS: 'Living Sober',
  MED: 'Meditation',
  N: 'Native American',
  NB: 'Non-Binary',
  NDG: 'Indigenous',
  OUT: 'Outdoor',
  P: 'Professionals',
  POA: 'Proof of Attendance',
  QSL: 'Quebec Sign Language',
  RSL: 'Russian Sign Language',
  SM: 'Smoking Permitted',
  SP: 'Speaker',
  ST: 'Step Study',
  T: 'Transgender',
  TC: 'Location Temporarily Closed',
  TR: 'Tradition Study',
  XT: 'Cross Talk Permitted',
};

const CODE_BY_NAME = new Map(
  Object.entries(TYPE_CODE_NAMES).map(([code, name]) => [name.toLowerCase(), code]),
);

/** The label that starts the line of a description that keeps type codes. */
export const TYPES_LINE_LABEL = 'Meeting types: ';

/** The "Meeting types" line for `codes`: names where the specification has one, else the code. */
export function typesLine(codes: readonly string[]): string {
  return `${TYPES_LINE_LABEL}${codes.map((code) => TYPE_CODE_NAMES[code] ?? code).join(', ')}`;
}

/**
 * Splits a description into its own text and the codes of its trailing "Meeting types" line
 * (the inverse of appending {@link typesLine}); a description without one keeps no codes.
 */
export function splitTypesLine(description: string): { text: string; codes: string[] } {
  const lines = description.split('\n');
  const last = lines[lines.length - 1] ?? '';
  if (!last.startsWith(TYPES_LINE_LABEL)) return { text: description, codes: [] };
  const codes = last
    .slice(TYPES_LINE_LABEL.length)
    .split(', ')
    .map((token) => token.trim())
    .filter((token) => token !== '')
    .map((token) => CODE_BY_NAME.get(token.toLowerCase()) ?? token);
  const text = lines.slice(0, -1).join('\n').trimEnd();
  return { text, codes };
}
