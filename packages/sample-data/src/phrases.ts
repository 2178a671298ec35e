/**
 * Words and sentences shared by every kind of group, in English and Spanish: weekdays, parts of
 * the day, audiences, and the practical sentences of a description.
 *
 * @packageDocumentation
 */
import type { AgeRange, Weekday } from '@peer-groups/core';
import type { Localized, TextLanguage, Tradition } from './themes.js';

/** Weekday names as they appear in group names. */
export const WEEKDAY_NAMES: Localized<Readonly<Record<Weekday, string>>> = {
  en: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
  es: {
    mon: 'Lunes',
    tue: 'Martes',
    wed: 'Miércoles',
    thu: 'Jueves',
    fri: 'Viernes',
    sat: 'Sábado',
    sun: 'Domingo',
  },
};

/** The part of the day a meeting starts in. */
export type Daypart = 'morning' | 'lunchtime' | 'afternoon' | 'evening';

/** Part-of-day words as they appear in group names. */
export const DAYPART_NAMES: Localized<Readonly<Record<Daypart, string>>> = {
  en: { morning: 'Morning', lunchtime: 'Noon', afternoon: 'Afternoon', evening: 'Evening' },
  es: { morning: 'Mañana', lunchtime: 'Mediodía', afternoon: 'Tarde', evening: 'Noche' },
};

/** How groups meeting only online fill the `{place}` of their names. */
export const ONLINE_PLACE: Localized<string> = { en: 'Online', es: 'En Línea' };

interface AudienceWords {
  /** Fills `{who}` in names. */
  who: Localized<string>;
  /** A sentence of the description, given the group's age range. */
  sentence: (language: TextLanguage, ages: AgeRange | undefined) => string;
}

/* @__NO_SIDE_EFFECTS__ */
function fixed(en: string, es: string): AudienceWords['sentence'] {
  return (language) => (language === 'es' ? es : en);
}

/** Audience words and sentences, by audience id. */
export const AUDIENCE_WORDS: Readonly<Record<string, AudienceWords>> = {
  veterans: {
    who: { en: "Veterans' ", es: ' para Veteranos' },
    sentence: fixed(
      'For veterans of every branch and era, whatever their discharge status.',
      'Para veteranos de todas las ramas y épocas, sea cual sea su tipo de baja.',
    ),
  },
  women: {
    who: { en: "Women's ", es: ' de Mujeres' },
    sentence: fixed(
      'A group for women, trans women included.',
      'Un grupo para mujeres, incluidas las mujeres trans.',
    ),
  },
  men: {
    who: { en: "Men's ", es: ' de Hombres' },
    sentence: fixed(
      'A group where men can talk openly, trans men included.',
      'Un grupo donde los hombres pueden hablar con franqueza, incluidos los hombres trans.',
    ),
  },
  lgbtq: {
    who: { en: 'LGBTQ+ ', es: ' LGBTQ+' },
    sentence: fixed(
      'By and for lesbian, gay, bisexual, transgender and queer people.',
      'Por y para personas lesbianas, gais, bisexuales, trans y queer.',
    ),
  },
  'young-adults': {
    who: { en: 'Young Adult ', es: ' de Jóvenes' },
    sentence: (language, ages) =>
      language === 'es'
        ? `Para jóvenes de ${ages?.min ?? 18} a ${ages?.max ?? 30} años.`
        : `For young adults aged ${ages?.min ?? 18} to ${ages?.max ?? 30}.`,
  },
  teens: {
    who: { en: 'Teen ', es: ' para Adolescentes' },
    sentence: (language, ages) =>
      language === 'es'
        ? `Para adolescentes de ${ages?.min ?? 13} a ${ages?.max ?? 17} años; un padre, madre o tutor firma un consentimiento en la primera visita.`
        : `For teens aged ${ages?.min ?? 13} to ${ages?.max ?? 17}; a parent or guardian signs a consent form at the first visit.`,
  },
  seniors: {
    who: { en: "Seniors' ", es: ' para Personas Mayores' },
    sentence: (language, ages) =>
      language === 'es'
        ? `Para personas de ${ages?.min ?? 60} años o más.`
        : `For people aged ${ages?.min ?? 60} and over.`,
  },
  families: {
    who: { en: 'Family ', es: ' para Familias' },
    sentence: fixed(
      'Whole families are welcome; there is a separate activity table for younger children.',
      'Son bienvenidas familias enteras; hay una mesa de actividades aparte para los más pequeños.',
    ),
  },
  bipoc: {
    who: { en: 'BIPOC ', es: ' para Personas Racializadas' },
    sentence: fixed(
      'A space centred on the experiences of Black, Indigenous and people of color.',
      'Un espacio centrado en las experiencias de personas negras, indígenas y racializadas.',
    ),
  },
  'healthcare-workers': {
    who: { en: 'Healthcare Workers ', es: ' para Trabajadores de la Salud' },
    sentence: fixed(
      'For nurses, doctors, aides, technicians and everyone else who works in healthcare.',
      'Para enfermeras, médicos, auxiliares, técnicos y todo el que trabaja en el ámbito de la salud.',
    ),
  },
  'first-responders': {
    who: { en: 'First Responders ', es: ' para Personal de Emergencias' },
    sentence: fixed(
      'For firefighters, paramedics, dispatchers and police officers, serving or retired.',
      'Para bomberos, paramédicos, operadores de emergencias y policías, en activo o retirados.',
    ),
  },
  'spanish-speakers': {
    who: { en: '', es: '' },
    sentence: fixed(
      'A group for Spanish speakers.',
      'Un grupo para personas de habla hispana; todos son bienvenidos.',
    ),
  },
};

/** What a group's names add to say it meets in another language, by BCP 47 tag. */
export const LANGUAGE_NAME_SUFFIX: Readonly<Record<string, string>> = {
  zh: ' (Mandarin and Cantonese)',
  vi: ' (Tiếng Việt)',
  fr: ' (en français)',
  ase: ' (ASL)',
};

/** The sentence of a description saying which language(s) a group meets in. */
export function languageSentence(language: TextLanguage, languages: readonly string[]): string {
  const [first, second] = languages;
  if (language === 'es') {
    if (first === 'es' && second === 'en')
      return 'Las reuniones son bilingües, en español e inglés.';
    if (first === 'zh') return 'Las reuniones son en mandarín y cantonés.';
    if (first === 'en') return 'Las reuniones son en inglés.';
    return '';
  }
  switch (first) {
    case 'zh':
      return second === undefined
        ? 'Meetings are held in Mandarin and Cantonese.'
        : 'Meetings are held in Mandarin and Cantonese; English speakers are welcome too.';
    case 'vi':
      return second === undefined
        ? 'Meetings are held in Vietnamese.'
        : 'Meetings are held in Vietnamese, with some English.';
    case 'fr':
      return second === undefined
        ? 'Les réunions se tiennent en français.'
        : 'Meetings are held in French and English. Les réunions se tiennent en français et en anglais.';
    case 'ase':
      return 'Meetings are held in American Sign Language; voice interpretation is available on request.';
    case 'en':
      return second === 'es' ? 'Meetings are bilingual, in English and Spanish.' : '';
    default:
      return '';
  }
}

/** Month names for dates written in descriptions. */
export const MONTH_NAMES: Localized<readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
};

/** Sentences on a cohort that is still to start. */
export const COHORT_UPCOMING: Localized<(weeks: number, start: string) => string> = {
  en: (weeks, start) =>
    `A ${weeks}-week group starting ${start}. Registration is required, as each round has a limited number of places.`,
  es: (weeks, start) =>
    `Un grupo de ${weeks} semanas que empieza el ${start}. Es necesario inscribirse: cada ciclo tiene plazas limitadas.`,
};

/** Sentences on a cohort already under way. */
export const COHORT_UNDER_WAY: Localized<(weeks: number) => string> = {
  en: (weeks) =>
    `This ${weeks}-week round is under way and closed to new members; get in touch to join the waiting list for the next one.`,
  es: (weeks) =>
    `Este ciclo de ${weeks} semanas ya está en marcha y no admite nuevos miembros; escríbanos para entrar en la lista de espera del siguiente.`,
};

/** Practical sentences of a description, by situation. */
export const PRACTICAL: Localized<{
  open: readonly string[];
  closed: readonly string[];
  registration: readonly string[];
  full: string;
  hybrid: string;
  online: string;
}> = {
  en: {
    open: [
      'Everyone is welcome, newcomers especially.',
      'Newcomers are always welcome; just come along.',
      'No need to call ahead: you are welcome to simply turn up.',
    ],
    closed: [
      'This is a closed meeting, for people who share the group’s experience; family and friends are welcome at our open meetings.',
      'Closed meeting: for those who identify with the group’s purpose or think they might.',
    ],
    registration: [
      'Please call or email before your first visit so the facilitator can welcome you.',
      'A short phone conversation with the facilitator comes before the first meeting.',
    ],
    full: 'The group is full for now; contact us to join the waiting list.',
    hybrid: 'Join in the room or online: the link is the same every time.',
    online: 'Meets online only, so you can join from anywhere.',
  },
  es: {
    open: [
      'Todos son bienvenidos, en especial quienes vienen por primera vez.',
      'Los recién llegados siempre son bienvenidos; solo tiene que venir.',
      'No hace falta llamar antes: puede venir directamente.',
    ],
    closed: [
      'Es una reunión cerrada, para personas que comparten la experiencia del grupo; familiares y amigos pueden asistir a las reuniones abiertas.',
      'Reunión cerrada: para quienes se identifican con el propósito del grupo o creen que podrían hacerlo.',
    ],
    registration: [
      'Por favor, llame o escriba antes de su primera visita para que la persona facilitadora pueda recibirle.',
      'Antes de la primera reunión hay una breve conversación telefónica con la persona facilitadora.',
    ],
    full: 'Por ahora el grupo está completo; contáctenos para entrar en la lista de espera.',
    hybrid: 'Puede asistir en persona o en línea: el enlace es siempre el mismo.',
    online: 'Se reúne solo en línea, así que puede conectarse desde cualquier lugar.',
  },
};

/** Sentences saying that family, friends or caregivers may come too. */
export const ALSO_SERVES: Localized<{ familyAndFriends: string; caregivers: string }> = {
  en: {
    familyAndFriends: 'Family members and friends are welcome too.',
    caregivers: 'Caregivers are welcome too, with or without the person they care for.',
  },
  es: {
    familyAndFriends: 'Familiares y amigos también son bienvenidos.',
    caregivers:
      'Las personas cuidadoras también son bienvenidas, con o sin la persona a quien cuidan.',
  },
};

/** How each tradition takes referrals from clinicians. */
export const REFERRAL_HOW: Localized<Readonly<Record<Tradition, readonly string[]>>> = {
  en: {
    twelveStep: [
      'No referral is needed: anyone may come to a meeting. Clinicians are welcome to pass on the meeting details or to call the contact, who can arrange for a member to meet a newcomer at the door.',
    ],
    peerNetwork: [
      'Clinicians and peer specialists may refer by email; a peer facilitator contacts the person within a week. Self-referrals are welcome.',
      'Send the person’s first name and a phone number with their consent; we call back within three working days.',
    ],
    clinical: [
      'Referrals from any clinician are welcome: email the referral form or call the coordinator. Patients may also refer themselves.',
      'Ask the care team for a referral, or call the coordinator directly; no doctor’s letter is required.',
    ],
    community: [
      'Call or email the facilitator to arrange a short welcome conversation before the first meeting.',
      'Referrals by phone or email are welcome from clinicians, social workers and faith leaders.',
    ],
  },
  es: {
    twelveStep: [
      'No se necesita derivación: cualquiera puede venir a una reunión. Los profesionales pueden dar los datos de la reunión o llamar al contacto, que puede pedir a un miembro que reciba al recién llegado en la puerta.',
    ],
    peerNetwork: [
      'Profesionales y especialistas de pares pueden derivar por correo electrónico; un facilitador se pone en contacto con la persona en una semana. También puede acudir por su cuenta.',
      'Envíe el nombre de pila y un teléfono de la persona, con su consentimiento; le llamamos en tres días hábiles.',
    ],
    clinical: [
      'Se aceptan derivaciones de cualquier profesional de la salud: envíe el formulario por correo o llame a la coordinadora. Los pacientes también pueden acudir por su cuenta.',
      'Pida la derivación a su equipo de salud o llame directamente a la coordinación; no hace falta informe médico.',
    ],
    community: [
      'Llame o escriba a la persona facilitadora para acordar una breve conversación de bienvenida antes de la primera reunión.',
      'Se aceptan derivaciones por teléfono o correo de profesionales de la salud, trabajadores sociales y líderes religiosos.',
    ],
  },
};

/** Instructions for joining online. */
export const ONLINE_INSTRUCTIONS: Localized<{ video: readonly string[]; phone: string }> = {
  en: {
    video: [
      'The room opens ten minutes early. Cameras are optional and you may use a first name only.',
      'Please join with your microphone muted; the host will let you in from the waiting room.',
      'You can also join by phone with the dial-in number if your connection is poor.',
    ],
    phone: 'Call the number and enter the access code when asked; press *6 to mute or unmute.',
  },
  es: {
    video: [
      'La sala se abre diez minutos antes. La cámara es opcional y puede usar solo su nombre de pila.',
      'Entre con el micrófono silenciado; la persona anfitriona le dará paso desde la sala de espera.',
      'Si su conexión es mala, también puede unirse por teléfono con el número de acceso.',
    ],
    phone:
      'Llame al número e introduzca el código de acceso cuando se lo pidan; pulse *6 para activar o silenciar el micrófono.',
  },
};
