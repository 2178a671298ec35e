/**
 * The schema.org shapes the JSON-LD export writes, as plain JSON-ready objects.
 *
 * @packageDocumentation
 */

/** A schema.org `Schedule`: one recurring pattern of an event. */
export interface JsonLdSchedule {
  '@type': 'Schedule';
  /** ISO 8601 duration between repeats: `P1W`, `P2W`, `P1M`. */
  repeatFrequency: string;
  /**
   * Days of the week as schema.org `DayOfWeek` URLs (`https://schema.org/Tuesday`), or, for a
   * monthly schedule that meets in the last week of the month, iCalendar BYDAY text (`-1FR`,
   * `2WE`), which schema.org also accepts and which `byMonthWeek` (1-5 only) cannot say.
   */
  byDay: string[];
  /** Weeks of the month (1-5) for monthly schedules written with `DayOfWeek` days. */
  byMonthWeek?: number[];
  /** Local start time `HH:MM` in `scheduleTimezone`. */
  startTime: string;
  /** Local end time `HH:MM` in `scheduleTimezone`. */
  endTime: string;
  /** ISO 8601 duration of one meeting: `PT1H30M`. */
  duration: string;
  /** IANA zone of the times. */
  scheduleTimezone: string;
  /** First date the schedule applies, `YYYY-MM-DD`. */
  startDate?: string;
  /** Last date the schedule applies, `YYYY-MM-DD`. */
  endDate?: string;
  /** Cancelled dates, `YYYY-MM-DD`. */
  exceptDate?: string[];
}

/** A schema.org `PostalAddress`. */
export interface JsonLdPostalAddress {
  '@type': 'PostalAddress';
  streetAddress?: string;
  addressLocality: string;
  addressRegion?: string;
  postalCode?: string;
  addressCountry: string;
}

/** A schema.org `Place` with its address and coordinates. */
export interface JsonLdPlace {
  '@type': 'Place';
  name?: string;
  address: JsonLdPostalAddress;
  geo: { '@type': 'GeoCoordinates'; latitude: number; longitude: number };
}

/** A schema.org `VirtualLocation`: where an online meeting happens. */
export interface JsonLdVirtualLocation {
  '@type': 'VirtualLocation';
  /** The join page, when the group has an http or https one. */
  url?: string;
}

/** A schema.org `Organization`. */
export interface JsonLdOrganization {
  '@type': 'Organization';
  name: string;
  url?: string;
}

/** A schema.org `PeopleAudience`. */
export interface JsonLdAudience {
  '@type': 'PeopleAudience';
  audienceType?: string;
  suggestedMinAge?: number;
  suggestedMaxAge?: number;
}

/** How people attend, as a schema.org `EventAttendanceModeEnumeration` URL. */
export type JsonLdAttendanceMode =
  | 'https://schema.org/OfflineEventAttendanceMode'
  | 'https://schema.org/OnlineEventAttendanceMode'
  | 'https://schema.org/MixedEventAttendanceMode';

/**
 * A group as a schema.org `EventSeries` (a kind of `Event`, so `eventSchedule`, `location` with
 * `Place` and `VirtualLocation`, and `organizer` apply): its whole series of meetings.
 */
export interface JsonLdEvent {
  '@context': 'https://schema.org';
  '@type': 'EventSeries';
  name: string;
  description: string;
  /** The first meeting, ISO 8601 with the zone's offset, when one is left. */
  startDate?: string;
  /** The last date of the series, `YYYY-MM-DD`, when every schedule ends. */
  endDate?: string;
  eventSchedule: JsonLdSchedule[];
  eventStatus: 'https://schema.org/EventScheduled';
  eventAttendanceMode: JsonLdAttendanceMode;
  /** A `Place`, a `VirtualLocation`, or both for hybrid groups. */
  location: (JsonLdPlace | JsonLdVirtualLocation)[];
  organizer?: JsonLdOrganization;
  isAccessibleForFree: boolean;
  /** BCP 47 tags; one tag is written as a string. */
  inLanguage: string | string[];
  about: { '@type': 'Thing'; name: string }[];
  keywords: string;
  audience?: JsonLdAudience;
  url?: string;
}
