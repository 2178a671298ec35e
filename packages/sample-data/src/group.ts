/**
 * One sample group, assembled from its own random stream: where it meets, what it is about,
 * when, how, and the bookkeeping of a published listing.
 *
 * @packageDocumentation
 */
import type {
  AgeRange,
  Attendance,
  Cost,
  Facilitation,
  Group,
  Openness,
  Organization,
  Referrals,
  Serves,
} from '@peer-groups/core';
import { formatInstant, MS_PER_DAY } from './days.js';
import { buildDescription } from './description.js';
import type { DayRange } from './holidays.js';
import { METROS, type Metro, type Neighbourhood, type SampleLanguage } from './metros.js';
import { buildName } from './naming.js';
import { buildOnline } from './online.js';
import { buildContact, exampleEmail, localPhone } from './people.js';
import { ONLINE_PLACE, REFERRAL_HOW } from './phrases.js';
import { Random, scrambleIndex, seedKey, type Weighted } from './random.js';
import { buildSchedules, STYLE_BY_TRADITION } from './schedules.js';
import { slugify, truncateSlug } from './slug.js';
import { type TextLanguage, THEMES, type Theme, type Tradition } from './themes.js';
import { buildLocation } from './venues.js';

/** The `source` of every generated group. */
export const SAMPLE_SOURCE = { name: 'Sample data', format: 'generated' } as const;

/** The moment a data set is generated for, and what is derived from it once. */
export interface GenerationContext {
  /** The instant "now", in epoch milliseconds. */
  nowMs: number;
  /** Today's UTC date as a day number. */
  today: number;
  /** Holidays of a country from a month ago to a year ahead. */
  holidaysOf(country: string): readonly DayRange[];
}

const ATTENDANCE: readonly Weighted<Attendance>[] = [
  ['inPerson', 75],
  ['online', 15],
  ['hybrid', 10],
];

const IN_PERSON_METROS: readonly Weighted<Metro>[] = METROS.map((metro) => [metro, metro.weight]);
const THEME_CHOICES: readonly Weighted<Theme>[] = THEMES.map((theme) => [theme, theme.weight]);

const OPENNESS_BY_TRADITION: Readonly<Record<Tradition, readonly Weighted<Openness>[]>> = {
  twelveStep: [
    ['open', 60],
    ['closed', 40],
  ],
  peerNetwork: [
    ['open', 82],
    ['closed', 13],
    ['registration', 5],
  ],
  clinical: [
    ['open', 50],
    ['registration', 45],
    ['closed', 5],
  ],
  community: [
    ['open', 70],
    ['registration', 25],
    ['closed', 5],
  ],
};

const COST_BY_TRADITION: Readonly<Record<Tradition, readonly Weighted<Cost>[]>> = {
  twelveStep: [
    ['donation', 85],
    ['free', 15],
  ],
  peerNetwork: [
    ['free', 90],
    ['donation', 10],
  ],
  clinical: [
    ['free', 80],
    ['fee', 12],
    ['donation', 8],
  ],
  community: [
    ['free', 75],
    ['donation', 15],
    ['fee', 10],
  ],
};

const REFERRAL_SHARE: Readonly<Record<Tradition, number>> = {
  twelveStep: 0.15,
  peerNetwork: 0.6,
  clinical: 0.85,
  community: 0.55,
};

/** Session fees as written in each country's currency. */
const FEES: Readonly<Record<string, Readonly<Record<TextLanguage, readonly string[]>>>> = {
  US: { en: ['$10 per session', '$5–$20 per session, sliding scale'], es: ['$10 por sesión'] },
  CA: { en: ['$15 per session', '$40 for the series'], es: ['$15 por sesión'] },
  GB: { en: ['£5 per session', '£3 suggested, pay what you can'], es: ['5 £ por sesión'] },
  AU: { en: ['$10 per session', 'gold coin donation plus $5'], es: ['$10 por sesión'] },
  ES: { en: ['€5 per session'], es: ['5 € por sesión', '20 € al mes'] },
  MX: { en: ['MX$100 per session'], es: ['$100 por sesión', '$50 de cooperación'] },
};

/** The metro an online group is run from: any, equally, so online groups span every zone. */
function pickMetro(random: Random, attendance: Attendance): Metro {
  return attendance === 'online' ? random.pick(METROS) : random.weighted(IN_PERSON_METROS);
}

interface LanguageChoice {
  languages: string[];
  text: TextLanguage;
}

function pickLanguages(random: Random, metro: Metro): LanguageChoice {
  const main = metro.mainLanguage;
  let other: SampleLanguage | undefined;
  let draw = random.next();
  for (const [language, share] of metro.otherLanguages) {
    draw -= share;
    if (draw < 0) {
      other = language;
      break;
    }
  }
  let languages: string[];
  if (other === undefined) {
    const spanishShare = metro.otherLanguages.find(([language]) => language === 'es')?.[1] ?? 0;
    languages = main === 'en' && spanishShare >= 0.1 && random.chance(0.04) ? ['en', 'es'] : [main];
  } else if (other === 'es' || other === 'en') {
    languages = random.chance(0.3) ? [other, main] : [other];
  } else if (other === 'ase') {
    languages = ['ase', 'en'];
  } else {
    languages = random.chance(0.5) ? [other, main] : [other];
  }
  const first = languages[0];
  const text: TextLanguage = first === 'es' || first === 'en' ? first : main;
  return { languages, text };
}

function pickNeighbourhood(random: Random, metro: Metro, meetingLanguage: string): Neighbourhood {
  if (meetingLanguage !== metro.mainLanguage && random.chance(0.8)) {
    const community = metro.neighbourhoods.filter((neighbourhood) =>
      neighbourhood.communityLanguages?.includes(meetingLanguage as SampleLanguage),
    );
    if (community.length > 0) return random.pick(community);
  }
  return random.pick(metro.neighbourhoods);
}

function pickTopics(random: Random, theme: Theme): string[] {
  const topics = [...theme.topics];
  const related = theme.relatedTopics ?? [];
  if (related.length > 0 && random.chance(0.6)) {
    for (const topic of random.sample(related, random.chance(0.3) ? 2 : 1)) {
      if (!topics.includes(topic)) topics.push(topic);
    }
  }
  return topics;
}

function pickAudiences(
  random: Random,
  theme: Theme,
  language: TextLanguage,
  metro: Metro,
): { audiences: string[]; main: string | null } {
  const audiences = [...(theme.baseAudiences ?? [])];
  const main = random.weighted(theme.audiences);
  if (main !== null && !audiences.includes(main)) audiences.push(main);
  // Spanish-language groups where Spanish is not the main language often tag the audience too.
  if (language === 'es' && metro.mainLanguage !== 'es' && random.chance(0.5)) {
    audiences.push('spanish-speakers');
  }
  return { audiences, main: main ?? theme.baseAudiences?.[0] ?? null };
}

function pickAgeRange(random: Random, audiences: readonly string[]): AgeRange | undefined {
  if (audiences.includes('teens'))
    return random.chance(0.7) ? { min: 13, max: 17 } : { min: 14, max: 18 };
  if (audiences.includes('young-adults')) return { min: 18, max: random.pick([25, 26, 30, 35]) };
  if (audiences.includes('seniors')) return { min: random.pick([55, 60, 65]) };
  return random.chance(0.12) ? { min: 18 } : undefined;
}

function pickServes(random: Random, theme: Theme): Serves[] {
  const [main, ...others] = theme.serves;
  const serves: Serves[] = main === undefined ? ['livingWithCondition'] : [main];
  for (const extra of others) if (random.chance(0.3)) serves.push(extra);
  return serves;
}

function pickFacilitation(random: Random, tradition: Tradition): [Facilitation, boolean] {
  switch (tradition) {
    case 'twelveStep':
      return ['peerLed', true];
    case 'peerNetwork':
      return [random.chance(0.85) ? 'peerLed' : 'coFacilitated', random.chance(0.9)];
    case 'clinical':
      return [random.chance(0.5) ? 'coFacilitated' : 'professional', false];
    case 'community': {
      const facilitation = random.weighted<Facilitation>([
        ['peerLed', 40],
        ['coFacilitated', 40],
        ['professional', 20],
      ]);
      return [facilitation, random.chance(facilitation === 'peerLed' ? 0.6 : 0.1)];
    }
  }
}

function buildOrganization(
  random: Random,
  theme: Theme,
  language: TextLanguage,
  metro: Metro,
  venue: string | undefined,
  atHealthcareFacility: boolean,
): Organization | undefined {
  if (random.chance(0.15)) return undefined;
  const network = random.pick(theme.networks[language]);
  let organization: Organization;
  if (network.includes('{metro}')) {
    organization = { name: network.replace('{metro}', metro.name) };
  } else if (theme.tradition === 'clinical' && atHealthcareFacility && venue !== undefined) {
    // Hospital- and clinic-run groups list the facility as their organization.
    organization = { name: venue };
    if (random.chance(0.4)) organization.network = network;
  } else if (theme.tradition === 'peerNetwork') {
    organization = { name: `${network} – ${metro.name}`, network };
  } else {
    organization = { name: network };
  }
  organization.url = `https://example.org/${slugify(organization.name, 40)}`;
  return organization;
}

function buildReferrals(
  random: Random,
  tradition: Tradition,
  language: TextLanguage,
  metro: Metro,
  mailbox: string,
): Referrals {
  if (!random.chance(REFERRAL_SHARE[tradition])) return { accepted: false };
  const referrals: Referrals = { accepted: true };
  if (random.chance(0.85)) referrals.how = random.pick(REFERRAL_HOW[language][tradition]);
  if (random.chance(0.4)) referrals.email = exampleEmail(`${mailbox}-referrals`);
  if (random.chance(0.25)) {
    const phone = localPhone(random, metro);
    if (phone !== undefined) referrals.phone = phone;
  }
  return referrals;
}

function pickVerificationAgeDays(random: Random): number {
  // Most listings were checked recently; some are stale on purpose, up to 18 months.
  const bucket = random.weighted<readonly [number, number]>([
    [[0, 90], 55],
    [[90, 270], 25],
    [[270, 365], 10],
    [[365, 547], 10],
  ]);
  return random.int(bucket[0], bucket[1]);
}

function mailboxOf(slugBase: string): string {
  return truncateSlug(slugBase, 40);
}

/** The id token of item `index` of data set `seed`: 7 base-36 characters, unique within a seed. */
export function idToken(seed: number, index: number): string {
  return scrambleIndex(index, seedKey(seed)).toString(36).padStart(7, '0');
}

/** Builds item `index` of the data set `seed` at the moment of `context`. */
export function buildGroup(seed: number, index: number, context: GenerationContext): Group {
  const random = new Random(seed, index);
  const attendance = random.weighted(ATTENDANCE);
  const metro = pickMetro(random, attendance);
  const { languages, text: language } = pickLanguages(random, metro);
  const meetingLanguage = languages[0] ?? language;
  const theme = random.weighted(THEME_CHOICES);
  const { tradition } = theme;
  const { audiences, main: audience } = pickAudiences(random, theme, language, metro);
  const neighbourhood = pickNeighbourhood(random, metro, meetingLanguage);

  const style = random.weighted(theme.schedules ?? STYLE_BY_TRADITION[tradition]);
  const plan = buildSchedules(random, {
    style,
    tradition,
    audience,
    timeZone: metro.timeZone,
    lateEvenings: metro.country === 'ES' || metro.country === 'MX',
    language,
    today: context.today,
    holidays: context.holidaysOf(metro.country),
  });

  const place =
    attendance === 'online'
      ? ONLINE_PLACE[language]
      : random.chance(0.6)
        ? neighbourhood.name
        : neighbourhood.locality;
  const name = buildName(random, {
    theme,
    language,
    place,
    weeklyDay: plan.weeklyDay,
    daypart: plan.daypart,
    audience,
    languages,
  });
  const token = idToken(seed, index);
  const slugBase = slugify(name);
  const mailbox = mailboxOf(slugBase);

  const location =
    attendance === 'online'
      ? undefined
      : buildLocation(random, {
          metro,
          neighbourhood,
          tradition,
          language,
          languages,
          needsChildcare: theme.id === 'postpartum' || theme.id === 'parenting',
        });
  const online =
    attendance === 'inPerson'
      ? undefined
      : buildOnline(random, { metro, language, room: slugBase });

  const [facilitation, peerRun] = pickFacilitation(random, tradition);
  const organization = buildOrganization(
    random,
    theme,
    language,
    metro,
    location?.venue,
    location?.atHealthcareFacility ?? false,
  );
  const cohortStarted = plan.cohort !== undefined && plan.cohort.firstDay <= context.today;
  const openness: Openness =
    plan.cohort === undefined
      ? random.weighted(theme.openness ?? OPENNESS_BY_TRADITION[tradition])
      : 'registration';
  const acceptingNewMembers = plan.cohort === undefined ? random.chance(0.93) : !cohortStarted;
  const cost = random.weighted(theme.costs ?? COST_BY_TRADITION[tradition]);
  const fees = FEES[metro.country];
  const costNote = cost === 'fee' && fees !== undefined ? random.pick(fees[language]) : undefined;
  const ageRange = pickAgeRange(random, audiences);
  const serves = pickServes(random, theme);
  const topics = pickTopics(random, theme);

  const description = buildDescription(random, {
    theme,
    language,
    country: metro.country,
    audiences,
    ageRange,
    languages,
    serves,
    attendance,
    openness,
    acceptingNewMembers,
    cost,
    costNote,
    cohort: plan.cohort === undefined ? undefined : { ...plan.cohort, started: cohortStarted },
  });
  const contact = random.chance(0.92)
    ? buildContact(random, { tradition, language, meetingLanguage, metro, mailbox })
    : undefined;
  const referrals = buildReferrals(random, tradition, language, metro, mailbox);
  const website = random.chance(0.35) ? `https://example.org/groups/${slugBase}` : undefined;

  const verifiedMs =
    context.nowMs - pickVerificationAgeDays(random) * MS_PER_DAY - random.int(0, 86_399) * 1000;
  const createdMs = verifiedMs - random.int(0, 5 * 365) * MS_PER_DAY - random.int(0, 86_399) * 1000;
  const updatedMs = random.chance(0.7)
    ? verifiedMs
    : verifiedMs + Math.floor(random.next() * ((context.nowMs - verifiedMs) / 1000)) * 1000;

  // Assigned one by one, in the schema's order: optional fields are simply left out, and the
  // engine keeps fast object shapes (conditional spreads here cost a third of the run time).
  const group = {
    id: `grp_${token}`,
    slug: `${slugBase}-${token}`,
    name,
    description,
    topics,
    audiences,
    attendance,
    schedules: plan.schedules,
  } as Group;
  if (location !== undefined) group.location = location;
  if (online !== undefined) group.online = online;
  group.facilitation = facilitation;
  group.peerRun = peerRun;
  if (organization !== undefined) group.organization = organization;
  group.languages = languages;
  group.cost = cost;
  if (costNote !== undefined) group.costNote = costNote;
  group.openness = openness;
  group.acceptingNewMembers = acceptingNewMembers;
  if (ageRange !== undefined) group.ageRange = ageRange;
  group.serves = serves;
  if (contact !== undefined) group.contact = contact;
  group.referrals = referrals;
  if (website !== undefined) group.website = website;
  group.source = { ...SAMPLE_SOURCE };
  group.lastVerified = formatInstant(verifiedMs);
  group.createdAt = formatInstant(createdMs);
  group.updatedAt = formatInstant(updatedMs);
  return group;
}
