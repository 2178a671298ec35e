/**
 * Where in-person groups meet: venue names, rooms, street addresses, directions and
 * accessibility features, in the style of the venue's country.
 *
 * @packageDocumentation
 */
import type { AccessibilityFeature, Location } from '@peer-groups/core';
import type { Metro, Neighbourhood } from './metros.js';
import type { Random, Weighted } from './random.js';
import { fillTemplate } from './template.js';
import type { Localized, TextLanguage, Tradition } from './themes.js';

/** The kinds of venue groups meet at. */
export type VenueKind =
  | 'communityCentre'
  | 'library'
  | 'church'
  | 'hospital'
  | 'clinic'
  | 'recoveryClub';

/** Where each tradition usually meets. */
const VENUE_KINDS: Readonly<Record<Tradition, readonly Weighted<VenueKind>[]>> = {
  twelveStep: [
    ['church', 45],
    ['communityCentre', 22],
    ['recoveryClub', 18],
    ['library', 5],
    ['hospital', 5],
    ['clinic', 5],
  ],
  peerNetwork: [
    ['communityCentre', 30],
    ['library', 20],
    ['church', 20],
    ['clinic', 15],
    ['hospital', 15],
  ],
  clinical: [
    ['hospital', 50],
    ['clinic', 25],
    ['communityCentre', 12],
    ['library', 8],
    ['church', 5],
  ],
  community: [
    ['communityCentre', 30],
    ['church', 20],
    ['library', 20],
    ['hospital', 15],
    ['clinic', 15],
  ],
};

type VenueStyle = 'us' | 'commonwealth' | 'spain' | 'mexico';

function styleOf(country: string): VenueStyle {
  switch (country) {
    case 'US':
      return 'us';
    case 'ES':
      return 'spain';
    case 'MX':
      return 'mexico';
    default:
      return 'commonwealth';
  }
}

// `{hood}` is the neighbourhood, `{locality}` the town, `{n}` a small number.
const VENUE_NAMES: Readonly<Record<VenueStyle, Readonly<Record<VenueKind, readonly string[]>>>> = {
  us: {
    communityCentre: [
      '{hood} Community Center',
      '{hood} Neighborhood House',
      '{locality} Senior Center',
      '{hood} YMCA',
      '{hood} Recreation Center',
      '{hood} Family Resource Center',
    ],
    library: ['{locality} Public Library – {hood} Branch', '{hood} Branch Library'],
    church: [
      'St. Mark’s Episcopal Church',
      'First Presbyterian Church of {locality}',
      'Grace Lutheran Church',
      'Trinity United Methodist Church',
      'Our Lady of Guadalupe Parish',
      'St. Anne’s Catholic Church',
      'Unitarian Universalist Church of {locality}',
      'Mount Zion Baptist Church',
      'Temple Beth Shalom',
    ],
    hospital: [
      '{locality} General Hospital',
      'Mercy Medical Center',
      '{locality} Memorial Hospital',
      'St. Vincent’s Hospital',
      '{hood} Medical Center',
    ],
    clinic: [
      '{hood} Community Health Center',
      '{hood} Family Health Clinic',
      '{hood} Behavioral Health Clinic',
    ],
    recoveryClub: ['{hood} Recovery Club', 'Serenity House', 'The {hood} Fellowship Hall'],
  },
  commonwealth: {
    communityCentre: [
      '{hood} Community Centre',
      '{hood} Neighbourhood Centre',
      '{hood} Community Hall',
      '{hood} Wellbeing Hub',
    ],
    library: ['{hood} Library', '{locality} Central Library'],
    church: [
      'St Mary’s Church Hall',
      'St John’s Church',
      'Holy Trinity Church Hall',
      '{hood} Methodist Church',
      '{hood} Baptist Church',
      'Our Lady of Lourdes Parish Hall',
      '{hood} Friends Meeting House',
    ],
    hospital: [
      '{locality} General Hospital',
      '{hood} Community Hospital',
      'St Vincent’s Hospital',
      '{locality} Royal Infirmary',
    ],
    clinic: [
      '{hood} Health Centre',
      '{hood} Community Health Centre',
      '{hood} Medical Practice',
      '{hood} Community Mental Health Centre',
    ],
    recoveryClub: ['{hood} Recovery Hub', 'Serenity House'],
  },
  spain: {
    communityCentre: [
      'Centro Cultural {hood}',
      'Centro Cívico {hood}',
      'Centro Municipal de Mayores {hood}',
      'Asociación Vecinal de {hood}',
    ],
    library: ['Biblioteca Pública Municipal {hood}', 'Biblioteca {hood}'],
    church: [
      'Parroquia de San José',
      'Parroquia de Santa María',
      'Parroquia de San Juan Bautista',
      'Parroquia Nuestra Señora del Carmen',
    ],
    hospital: [
      'Hospital General Universitario {hood}',
      'Hospital {hood}',
      'Hospital Universitario de {locality}',
    ],
    clinic: [
      'Centro de Salud {hood}',
      'Centro de Salud Mental {hood}',
      'Centro de Especialidades {hood}',
    ],
    recoveryClub: ['Local de Grupos {hood}', 'Casa de la Serenidad'],
  },
  mexico: {
    communityCentre: [
      'Centro Comunitario {hood}',
      'Casa de Cultura {hood}',
      'Centro de Desarrollo Comunitario {hood}',
    ],
    library: ['Biblioteca Pública {hood}', 'Biblioteca de {hood}'],
    church: [
      'Parroquia de San Juan Bautista',
      'Parroquia de la Sagrada Familia',
      'Templo de San Francisco',
      'Parroquia de Nuestra Señora de Guadalupe',
    ],
    hospital: [
      'Hospital General {hood}',
      'Hospital General de Zona {n}',
      'Hospital Regional {hood}',
    ],
    clinic: [
      'Centro de Salud {hood}',
      'Clínica de Salud Mental {hood}',
      'Unidad de Medicina Familiar {n}',
    ],
    recoveryClub: ['Local de Grupos {hood}', 'Casa de la Serenidad'],
  },
};

const ROOMS: Localized<Readonly<Record<VenueKind, readonly string[]>>> = {
  en: {
    communityCentre: [
      'Room {n}',
      'Community Room',
      'Main Hall',
      'Meeting Room B',
      'Multipurpose Room',
    ],
    library: ['Community Room', 'Meeting Room {n}', 'Lower-level Meeting Room', 'Study Room {n}'],
    church: ['Fellowship Hall', 'Parish Hall', 'Church Basement', 'Room {n}', 'Library Room'],
    hospital: [
      'Conference Room {n}B',
      'Education Center, Room {n}',
      'Cancer Resource Center',
      'Family Lounge, floor {n}',
      'Auditorium B',
    ],
    clinic: ['Group Room', 'Group Room {n}', 'Conference Room', 'Wellness Room'],
    recoveryClub: ['Main Room', 'Upstairs Room', 'Back Room'],
  },
  es: {
    communityCentre: ['Sala {n}', 'Salón de Actos', 'Aula {n}', 'Sala de Usos Múltiples'],
    library: ['Sala de Actividades', 'Sala {n}', 'Sala Polivalente'],
    church: ['Salón Parroquial', 'Sala {n}', 'Salón de Catequesis'],
    hospital: [
      'Aula de Formación {n}',
      'Sala de Juntas, planta {n}',
      'Aula Docente',
      'Sala de Familias',
    ],
    clinic: ['Sala de Grupos', 'Sala de Educación para la Salud', 'Sala {n}'],
    recoveryClub: ['Sala Principal', 'Sala de Arriba'],
  },
};

// `{street}` is the venue's street, `{n}` a floor.
const DIRECTIONS: Localized<
  Readonly<Record<VenueKind, readonly string[]>> & { extra: readonly string[] }
> = {
  en: {
    communityCentre: [
      'Enter from {street}; the room is at the end of the ground-floor corridor.',
      'Ring the buzzer marked “Groups” and someone will let you in.',
      'Sign in at the front desk and ask for the support group.',
    ],
    library: [
      'The meeting room is on the lower level; the elevator is to the left of the entrance.',
      'Enter from {street}; the room is past the children’s section.',
    ],
    church: [
      'Use the side entrance on {street}; the hall is down the stairs to the left.',
      'Enter through the door by the parking lot, not the main church doors.',
      'The hall is behind the church; follow the signs from the courtyard.',
    ],
    hospital: [
      'Check in at the main lobby desk and take the elevators to floor {n}.',
      'Enter through the outpatient entrance on {street} and follow the signs.',
      'Parking in the visitor garage is validated for group members.',
    ],
    clinic: [
      'Let the front desk know you are here for the group; you do not need to be a patient.',
      'The group room is on the second floor, by the stairs or the elevator next to reception.',
    ],
    recoveryClub: [
      'Coffee is on from half an hour before the meeting.',
      'Enter by the side door on {street}.',
    ],
    extra: [
      'A short walk from the nearest bus stop.',
      'Street parking is free in the evenings.',
      'There are bike racks by the entrance.',
    ],
  },
  es: {
    communityCentre: [
      'Entre por {street}; la sala está al fondo del pasillo de la planta baja.',
      'Pregunte en conserjería por el grupo de apoyo.',
    ],
    library: [
      'La sala está en la planta baja; el ascensor queda a la izquierda de la entrada.',
      'Entre por {street}; la sala está pasando la zona infantil.',
    ],
    church: [
      'Entre por la puerta lateral de {street}; el salón está bajando la escalera a la izquierda.',
      'El salón está detrás de la iglesia; siga los carteles desde el patio.',
    ],
    hospital: [
      'Pregunte en el mostrador de información del vestíbulo y suba en ascensor a la planta {n}.',
      'Entre por la puerta de consultas externas de {street} y siga los carteles.',
    ],
    clinic: [
      'Avise en recepción de que viene al grupo; no hace falta ser paciente del centro.',
      'La sala de grupos está en la segunda planta, junto a la escalera.',
    ],
    recoveryClub: [
      'Hay café desde media hora antes de la reunión.',
      'Entre por la puerta lateral de {street}.',
    ],
    extra: [
      'Se llega fácilmente en transporte público.',
      'A pocos minutos a pie de la parada de autobús.',
    ],
  },
};

/** How far from its neighbourhood's centre a venue may be, in kilometres. */
export const VENUE_SPREAD_KM = 1.5;

const KM_PER_DEGREE_LAT = 111.32;

function roundCoordinate(value: number): number {
  // Five decimals is about a metre: as precise as listings are, and stable to print.
  return Math.round(value * 100_000) / 100_000;
}

/** A point uniformly spread within `radiusKm` of `centre`. */
export function jitter(random: Random, centre: Neighbourhood['centre'], radiusKm: number) {
  const distance = radiusKm * Math.sqrt(random.next());
  // A unit direction from rejection sampling, so no trigonometry runs per point.
  let east = 1;
  let north = 0;
  for (let attempt = 0; attempt < 16; attempt += 1) {
    const x = random.between(-1, 1);
    const y = random.between(-1, 1);
    const length = Math.sqrt(x * x + y * y);
    if (length > 0.01 && length <= 1) {
      east = x / length;
      north = y / length;
      break;
    }
  }
  const kmPerDegreeLng = KM_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180);
  return {
    lat: roundCoordinate(centre.lat + (north * distance) / KM_PER_DEGREE_LAT),
    lng: roundCoordinate(centre.lng + (east * distance) / kmPerDegreeLng),
  };
}

function streetAddress(random: Random, country: string, street: string): string {
  switch (country) {
    case 'ES':
      return `${street}, ${random.int(1, 180)}`;
    case 'MX':
      return `${street} ${random.int(1, 450)}`;
    case 'GB':
      return `${random.int(1, 250)} ${street}`;
    case 'AU':
      return `${random.int(1, 400)} ${street}`;
    case 'CA':
      return `${random.int(10, 1500)} ${street}`;
    default:
      return `${random.int(10, 2999)} ${street}`;
  }
}

/** What shapes a group's venue. */
export interface VenueRequest {
  metro: Metro;
  neighbourhood: Neighbourhood;
  tradition: Tradition;
  language: TextLanguage;
  /** The group's languages: an ASL group's venue has sign language. */
  languages: readonly string[];
  /** Whether the group is for parents of young children, who need childcare. */
  needsChildcare: boolean;
}

function accessibilityFor(
  random: Random,
  kind: VenueKind,
  request: VenueRequest,
): AccessibilityFeature[] {
  const { metro, languages, needsChildcare } = request;
  const isMedical = kind === 'hospital' || kind === 'clinic';
  const wheelchairShare = isMedical || kind === 'library' ? 0.95 : kind === 'church' ? 0.6 : 0.8;
  const wheelchair = random.chance(wheelchairShare);
  const carCountry = metro.country === 'US' || metro.country === 'CA' || metro.country === 'AU';
  const features: AccessibilityFeature[] = [];
  // Pushed in the schema's order so equal sets always print the same.
  if (wheelchair) features.push('wheelchair');
  if (wheelchair && random.chance(0.7)) features.push('stepFree');
  if (random.chance(wheelchair ? 0.8 : 0.1)) features.push('accessibleRestroom');
  if (random.chance(carCountry ? (isMedical ? 0.9 : 0.5) : 0.2)) features.push('accessibleParking');
  if (random.chance(metro.country === 'GB' ? 0.3 : 0.05)) features.push('hearingLoop');
  if (languages.includes('ase') || random.chance(0.02)) features.push('signLanguage');
  if (random.chance(0.1)) features.push('largePrint');
  if (random.chance(metro.country === 'CA' ? 0.2 : 0.05)) features.push('scentFree');
  const transitShare = metro.id === 'new-york' || metro.id === 'london' ? 0.95 : 0.6;
  if (random.chance(transitShare)) features.push('publicTransit');
  if (random.chance(needsChildcare ? 0.35 : 0.02)) features.push('childcare');
  return features;
}

/** A venue for an in-person or hybrid group in `request.neighbourhood`. */
export function buildLocation(random: Random, request: VenueRequest): Location {
  const { metro, neighbourhood, tradition, language } = request;
  const kind = random.weighted(VENUE_KINDS[tradition]);
  const street = random.pick(neighbourhood.streets);
  const values = {
    hood: neighbourhood.name,
    locality: neighbourhood.locality,
    street,
    n: String(random.int(1, 6)),
  };
  const room = random.chance(0.85)
    ? fillTemplate(random.pick(ROOMS[language][kind]), values)
    : undefined;
  const directionParts = [fillTemplate(random.pick(DIRECTIONS[language][kind]), values)];
  if (random.chance(0.4)) directionParts.push(random.pick(DIRECTIONS[language].extra));
  const directions = random.chance(0.75) ? directionParts.join(' ') : undefined;
  const address = { street: streetAddress(random, metro.country, street) } as Location['address'];
  address.locality = neighbourhood.locality;
  if (metro.region !== undefined) address.region = metro.region;
  address.postalCode = neighbourhood.postalCode;
  address.country = metro.country;
  const location = {
    venue: fillTemplate(random.pick(VENUE_NAMES[styleOf(metro.country)][kind]), values),
  } as Location;
  if (room !== undefined) location.room = room;
  location.address = address;
  location.coordinates = jitter(random, neighbourhood.centre, VENUE_SPREAD_KM);
  if (directions !== undefined) location.directions = directions;
  location.atHealthcareFacility = kind === 'hospital' || kind === 'clinic';
  location.accessibility = accessibilityFor(random, kind, request);
  return location;
}
