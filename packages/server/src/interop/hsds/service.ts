/**
 * The parts of Open Referral HSDS 3.0 the directory reads and writes: a service with its
 * organization, locations (through service_at_location), schedules, phones, languages, cost
 * options, contacts and taxonomy-term attributes, as the HSDS API nests them.
 *
 * @packageDocumentation
 */

/** An HSDS address. */
export interface HsdsAddress {
  id?: string;
  location_id?: string;
  attention?: string | null;
  address_1?: string | null;
  address_2?: string | null;
  city?: string | null;
  region?: string | null;
  state_province?: string | null;
  postal_code?: string | null;
  country?: string | null;
  address_type?: string | null;
}

/** An HSDS accessibility entry of a location. */
export interface HsdsAccessibility {
  id?: string;
  location_id?: string;
  description?: string | null;
  details?: string | null;
  url?: string | null;
}

/** An HSDS schedule: an iCalendar-like recurrence with opening and closing times. */
export interface HsdsSchedule {
  id?: string;
  service_id?: string | null;
  location_id?: string | null;
  service_at_location_id?: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
  dtstart?: string | null;
  /** A UTC offset in hours in HSDS 3.0; some publishers write an IANA name instead. */
  timezone?: number | string | null;
  until?: string | null;
  count?: number | null;
  wkst?: string | null;
  /** `WEEKLY` or `MONTHLY` (others are not meeting patterns). */
  freq?: string | null;
  interval?: number | string | null;
  /** `MO,TH`, or with ordinals for monthly: `2TU,-1FR`. */
  byday?: string | null;
  byweekno?: string | null;
  /** Days of the month, `15` or `8,9,10,11,12,13,14`; a number where a publisher wrote one. */
  bymonthday?: string | number | null;
  byyearday?: string | null;
  description?: string | null;
  opens_at?: string | null;
  closes_at?: string | null;
  schedule_link?: string | null;
  attending_type?: string | null;
  notes?: string | null;
}

/** An HSDS phone. */
export interface HsdsPhone {
  id?: string;
  service_id?: string | null;
  location_id?: string | null;
  contact_id?: string | null;
  number?: string | null;
  extension?: number | string | null;
  type?: string | null;
  description?: string | null;
}

/** An HSDS language. */
export interface HsdsLanguage {
  id?: string;
  name?: string | null;
  code?: string | null;
  note?: string | null;
}

/** An HSDS cost option. */
export interface HsdsCostOption {
  id?: string;
  service_id?: string;
  valid_from?: string | null;
  valid_to?: string | null;
  option?: string | null;
  currency?: string | null;
  amount?: number | string | null;
  amount_description?: string | null;
}

/** An HSDS taxonomy term. */
export interface HsdsTaxonomyTerm {
  id?: string;
  code?: string | null;
  name?: string | null;
  description?: string | null;
  parent_id?: string | null;
  taxonomy?: string | null;
  language?: string | null;
  taxonomy_id?: string | null;
  term_uri?: string | null;
}

/** An HSDS attribute: a taxonomy term attached to a service. */
export interface HsdsAttribute {
  id?: string;
  link_id?: string;
  link_type?: string | null;
  link_entity?: string | null;
  taxonomy_term_id?: string;
  value?: string | null;
  label?: string | null;
  taxonomy_term?: HsdsTaxonomyTerm;
}

/** An HSDS contact. */
export interface HsdsContact {
  id?: string;
  service_id?: string | null;
  name?: string | null;
  title?: string | null;
  department?: string | null;
  email?: string | null;
  phones?: HsdsPhone[];
}

/** An HSDS location. */
export interface HsdsLocation {
  id?: string;
  /** `physical`, `postal` or `virtual`. */
  location_type?: string | null;
  url?: string | null;
  organization_id?: string | null;
  name?: string | null;
  alternate_name?: string | null;
  description?: string | null;
  transportation?: string | null;
  latitude?: number | string | null;
  longitude?: number | string | null;
  addresses?: HsdsAddress[];
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  accessibility?: HsdsAccessibility[];
  languages?: HsdsLanguage[];
}

/** The link of a service to a location. */
export interface HsdsServiceAtLocation {
  id?: string;
  service_id?: string;
  location_id?: string;
  description?: string | null;
  schedules?: HsdsSchedule[];
  phones?: HsdsPhone[];
  location?: HsdsLocation;
}

/** An HSDS organization. */
export interface HsdsOrganization {
  id?: string;
  name?: string | null;
  alternate_name?: string | null;
  description?: string | null;
  email?: string | null;
  website?: string | null;
  url?: string | null;
  parent_organization_id?: string | null;
}

/** An HSDS service, as the HSDS API's `/services/{id}` nests it. */
export interface HsdsService {
  id?: string;
  organization_id?: string | null;
  name?: string | null;
  alternate_name?: string | null;
  description?: string | null;
  url?: string | null;
  email?: string | null;
  /** `active`, `inactive`, `defunct` or `temporarily closed`. */
  status?: string | null;
  interpretation_services?: string | null;
  application_process?: string | null;
  fees_description?: string | null;
  eligibility_description?: string | null;
  minimum_age?: number | string | null;
  maximum_age?: number | string | null;
  last_modified?: string | null;
  organization?: HsdsOrganization;
  service_at_locations?: HsdsServiceAtLocation[];
  schedules?: HsdsSchedule[];
  phones?: HsdsPhone[];
  languages?: HsdsLanguage[];
  cost_options?: HsdsCostOption[];
  contacts?: HsdsContact[];
  attributes?: HsdsAttribute[];
}

/** A page of the HSDS API. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
