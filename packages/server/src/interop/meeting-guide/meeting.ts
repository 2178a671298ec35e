/**
 * One meeting of a Meeting Guide JSON feed, as the specification describes it. Feeds are
 * written by many tools, so every field is optional here and readers check each one.
 *
 * @packageDocumentation
 */

/** A meeting of a Meeting Guide feed (the JSON array's element). */
export interface MeetingGuideMeeting {
  name?: string;
  slug?: string | number;
  /** 0 (Sunday) to 6 (Saturday), or several. */
  day?: number | string | (number | string)[];
  /** `HH:MM`, 24-hour. */
  time?: string;
  end_time?: string;
  /** An IANA zone. */
  timezone?: string;
  types?: string[];
  notes?: string;
  conference_url?: string;
  conference_url_notes?: string;
  conference_phone?: string;
  conference_phone_notes?: string;
  /** `in_person`, `online`, `hybrid` or `inactive`, where the feed's tool computes it. */
  attendance_option?: string;
  location?: string;
  location_notes?: string;
  formatted_address?: string;
  address?: string;
  city?: string;
  state?: string;
  postal_code?: string;
  country?: string;
  latitude?: number | string;
  longitude?: number | string;
  /** `yes` when the address is only approximate (a city for an online meeting). */
  approximate?: string;
  region?: string;
  sub_region?: string;
  regions?: string[];
  group?: string;
  group_notes?: string;
  /** UTC, `YYYY-MM-DD HH:MM:SS`. */
  updated?: string;
  url?: string;
  edit_url?: string;
  feedback_url?: string;
  venmo?: string;
  square?: string;
  paypal?: string;
  entity?: string;
  entity_email?: string;
  entity_phone?: string;
  entity_url?: string;
  entity_location?: string;
  entity_logo?: string;
  contact_1_name?: string;
  contact_1_email?: string;
  contact_1_phone?: string;
  contact_2_name?: string;
  contact_2_email?: string;
  contact_2_phone?: string;
  contact_3_name?: string;
  contact_3_email?: string;
  contact_3_phone?: string;
}
