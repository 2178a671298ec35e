/**
 * Public contacts of groups: first names or roles only, phone numbers from ranges reserved for
 * fiction, and e-mail addresses on `example.org`.
 *
 * @packageDocumentation
 */
import type { Contact } from '@peer-groups/core';
import type { Metro } from './metros.js';
import type { Random } from './random.js';
import type { Localized, TextLanguage, Tradition } from './themes.js';

/** First names by the language a group meets in. */
const FIRST_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'Maria',
    'James',
    'Linda',
    'Michael',
    'Sarah',
    'David',
    'Karen',
    'Robert',
    'Jennifer',
    'Thomas',
    'Angela',
    'Kevin',
    'Denise',
    'Marcus',
    'Rachel',
    'Dana',
    'Pat',
    'Chris',
    'Sam',
    'Jordan',
    'Aisha',
    'Tamika',
    'Priya',
    'Ellen',
    'Joe',
    'Nancy',
    'Grace',
    'Omar',
    'Keisha',
    'Liam',
    'Fiona',
    'Siobhan',
  ],
  es: [
    'María',
    'José',
    'Guadalupe',
    'Carmen',
    'Luis',
    'Ana',
    'Jorge',
    'Rosa',
    'Miguel',
    'Lucía',
    'Alejandra',
    'Javier',
    'Fernanda',
    'Carlos',
    'Beatriz',
    'Raúl',
    'Paola',
    'Diego',
    'Verónica',
    'Ernesto',
  ],
  zh: ['Wei', 'Mei', 'Li Na', 'Jun', 'Xiuying', 'Hong'],
  vi: ['Linh', 'Minh', 'Thu', 'Hoa', 'Tuấn', 'Lan'],
  fr: ['Sophie', 'Jean', 'Marie', 'Luc', 'Chantal', 'Benoît'],
  ase: ['Dana', 'Alex', 'Jamie', 'Robin', 'Casey'],
};

const ROLES: Localized<Readonly<Record<Tradition, readonly string[]>>> = {
  en: {
    twelveStep: ['Group secretary', 'Meeting contact', 'Intergroup office', 'Trusted servant'],
    peerNetwork: ['Peer facilitator', 'Group leader', 'Chapter coordinator'],
    clinical: ['Social worker', 'Nurse educator', 'Group coordinator', 'Patient navigator'],
    community: ['Facilitator', 'Group coordinator', 'Volunteer coordinator', 'Program director'],
  },
  es: {
    twelveStep: [
      'Secretaría del grupo',
      'Contacto de la reunión',
      'Oficina intergrupal',
      'Servidor de confianza',
    ],
    peerNetwork: [
      'Facilitación entre pares',
      'Coordinación del grupo',
      'Coordinación de la sección',
    ],
    clinical: [
      'Trabajo social',
      'Enfermería educadora',
      'Coordinación del grupo',
      'Navegación de pacientes',
    ],
    community: [
      'Facilitación',
      'Coordinación del grupo',
      'Coordinación de voluntariado',
      'Dirección del programa',
    ],
  },
};

/** International calling codes of the countries with fictional phone ranges. */
const CALLING_CODES: Readonly<Record<string, string>> = { US: '1', CA: '1', GB: '44', AU: '61' };

// Where a country has no range reserved for fiction, dial-ins use a North American one, as
// platforms often list a number abroad.
const FALLBACK_DIAL_IN = '+1 646-555-01##';

function fillDigits(random: Random, pattern: string): string {
  return pattern.replace(/#/g, () => String(random.int(0, 9)));
}

/** A local phone number of `metro` in its fictional range, or `undefined` where it has none. */
export function localPhone(random: Random, metro: Metro): string | undefined {
  if (metro.phonePatterns.length === 0) return undefined;
  return fillDigits(random, random.pick(metro.phonePatterns));
}

/** A dial-in number in international format, from a range reserved for fiction. */
export function dialInNumber(random: Random, metro: Metro): string {
  const code = CALLING_CODES[metro.country];
  if (code === undefined || metro.phonePatterns.length === 0) {
    return fillDigits(random, FALLBACK_DIAL_IN);
  }
  const local = fillDigits(random, random.pick(metro.phonePatterns));
  // Trunk prefixes (the leading 0 of UK and Australian numbers) are dropped after a country code.
  return `+${code} ${code === '1' ? local : local.replace(/^0/, '')}`;
}

/** A first name typical of a group meeting in `language`. */
export function firstName(random: Random, language: string): string {
  return random.pick(FIRST_NAMES[language] ?? (FIRST_NAMES.en as readonly string[]));
}

/** What a group's contact depends on. */
export interface ContactRequest {
  tradition: Tradition;
  language: TextLanguage;
  /** The language the group meets in, for the contact's first name. */
  meetingLanguage: string;
  metro: Metro;
  /** The local part of the group's e-mail addresses. */
  mailbox: string;
}

/** The e-mail address `mailbox@example.org`. */
export function exampleEmail(mailbox: string): string {
  return `${mailbox}@example.org`;
}

/**
 * A public contact. Twelve-step groups, whose tradition asks for anonymity, give a first name
 * or a service role only; others give a first name and role.
 */
export function buildContact(random: Random, request: ContactRequest): Contact {
  const { tradition, language, metro, mailbox } = request;
  const contact: Contact = {};
  const roleOnly = tradition === 'twelveStep' && random.chance(0.3);
  if (!roleOnly) contact.name = firstName(random, request.meetingLanguage);
  if (roleOnly || tradition !== 'twelveStep' || random.chance(0.4)) {
    contact.role = random.pick(ROLES[language][tradition]);
  }
  const phone = random.chance(0.7) ? localPhone(random, metro) : undefined;
  if (phone !== undefined) contact.phone = phone;
  if (phone === undefined || random.chance(0.6)) contact.email = exampleEmail(mailbox);
  return contact;
}
