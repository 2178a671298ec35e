/**
 * A peer support group listing: what it is about, who it is for, when and where it meets, how to
 * join, and where the listing came from.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { locationSchema, onlineAccessSchema } from './location.js';
import { oneOf } from './one-of.js';
import {
  emailSchema,
  idSchema,
  instantSchema,
  isUnique,
  languageTagSchema,
  longText,
  phoneSchema,
  safeUrlSchema,
  shortText,
  slugSchema,
  termIdSchema,
  webUrlSchema,
} from './primitives.js';
import { scheduleSchema } from './schedule.js';

/** How people attend: in person, online, or both at once. */
export const attendanceSchema = /* @__PURE__ */ oneOf(['inPerson', 'online', 'hybrid']);
/** How people attend: `inPerson`, `online` or `hybrid`. */
export type Attendance = z.infer<typeof attendanceSchema>;

/** Who leads the meetings. */
export const facilitationSchema = /* @__PURE__ */ oneOf([
  'peerLed',
  'professional',
  'coFacilitated',
]);
/** Who leads the meetings: peers, professionals, or both together. */
export type Facilitation = z.infer<typeof facilitationSchema>;

/** What attending costs. */
export const costSchema = /* @__PURE__ */ oneOf(['free', 'donation', 'fee']);
/** What attending costs: `free`, `donation` (voluntary) or `fee`. */
export type Cost = z.infer<typeof costSchema>;

/** Who may come. */
export const opennessSchema = /* @__PURE__ */ oneOf(['open', 'closed', 'registration']);
/**
 * Who may come: `open` to anyone, `closed` to people who share the condition (the 12-step sense),
 * or `registration` required beforehand.
 */
export type Openness = z.infer<typeof opennessSchema>;

/** Whom the group serves. */
export const servesSchema = /* @__PURE__ */ oneOf([
  'livingWithCondition',
  'familyAndFriends',
  'caregivers',
]);
/** Whom the group serves: people living with the condition, their family and friends, caregivers. */
export type Serves = z.infer<typeof servesSchema>;

/** A public contact. Where a tradition asks for anonymity, a first name or a role only. */
export const contactSchema = /* @__PURE__ */ z.object({
  name: z.optional(shortText(100)),
  role: z.optional(shortText(100)),
  phone: z.optional(phoneSchema),
  email: z.optional(emailSchema),
  url: z.optional(safeUrlSchema),
});
/** A public contact. */
export type Contact = z.infer<typeof contactSchema>;

/** Whether the group takes referrals from clinicians, and how. */
export const referralsSchema = /* @__PURE__ */ z.object({
  accepted: z.boolean(),
  how: z.optional(longText(1000)),
  url: z.optional(safeUrlSchema),
  email: z.optional(emailSchema),
  phone: z.optional(phoneSchema),
});
/** Whether the group takes referrals from clinicians, and how. */
export type Referrals = z.infer<typeof referralsSchema>;

/** The organization or network that runs the group. */
export const organizationSchema = /* @__PURE__ */ z.object({
  name: shortText(),
  url: z.optional(webUrlSchema),
  network: z.optional(shortText()),
});
/** The organization or network that runs the group. */
export type Organization = z.infer<typeof organizationSchema>;

/** The feed formats a listing can be imported from. */
export const sourceFormatSchema = /* @__PURE__ */ oneOf([
  'meetingGuide',
  'hsds',
  'bmlt',
  'csv',
  'submission',
  'manual',
  'generated',
]);
/** The feed formats a listing can be imported from. */
export type SourceFormat = z.infer<typeof sourceFormatSchema>;

/** Where a listing came from. */
export const sourceSchema = /* @__PURE__ */ z.object({
  name: shortText(),
  format: sourceFormatSchema,
  url: z.optional(webUrlSchema),
  externalId: z.optional(shortText(200)),
});
/** Where a listing came from. */
export type Source = z.infer<typeof sourceSchema>;

/** An age range; either bound may be open. */
export const ageRangeSchema = /* @__PURE__ */ z
  .object({
    min: z.optional(/* @__PURE__ */ z.int().check(z.gte(0), z.lte(120))),
    max: z.optional(/* @__PURE__ */ z.int().check(z.gte(0), z.lte(120))),
  })
  .check(
    z.refine(
      (range) => range.min === undefined || range.max === undefined || range.min <= range.max,
      {
        message: 'min must not exceed max',
        path: ['max'],
      },
    ),
  );
/** An age range; either bound may be open. */
export type AgeRange = z.infer<typeof ageRangeSchema>;

/** The fields of a listing that a facilitator or curator writes. */
const listingShape = {
  name: shortText(),
  description: longText(),
  topics: /* @__PURE__ */ z
    .array(termIdSchema)
    .check(
      z.minLength(1, 'must name at least one topic'),
      z.maxLength(12),
      z.refine(isUnique, 'must not repeat a topic'),
    ),
  audiences: /* @__PURE__ */ z
    .array(termIdSchema)
    .check(z.maxLength(12), z.refine(isUnique, 'must not repeat an audience')),
  attendance: attendanceSchema,
  schedules: /* @__PURE__ */ z
    .array(scheduleSchema)
    .check(z.minLength(1, 'must have at least one schedule'), z.maxLength(14)),
  location: z.optional(locationSchema),
  online: z.optional(onlineAccessSchema),
  facilitation: facilitationSchema,
  peerRun: z.boolean(),
  organization: z.optional(organizationSchema),
  languages: /* @__PURE__ */ z
    .array(languageTagSchema)
    .check(
      z.minLength(1, 'must name at least one language'),
      z.maxLength(10),
      z.refine(isUnique, 'must not repeat a language'),
    ),
  cost: costSchema,
  costNote: z.optional(shortText()),
  openness: opennessSchema,
  acceptingNewMembers: z.boolean(),
  ageRange: z.optional(ageRangeSchema),
  serves: /* @__PURE__ */ z
    .array(servesSchema)
    .check(z.minLength(1), z.refine(isUnique, 'must not repeat a value')),
  /**
   * The group's tradition asks for anonymity, as 12-step fellowships do: its contact goes by a
   * first name (and perhaps an initial) or a role, never a full name.
   */
  anonymous: z.optional(z.boolean()),
  contact: z.optional(contactSchema),
  referrals: referralsSchema,
  website: z.optional(webUrlSchema),
};

interface AttendanceFields {
  attendance: Attendance;
  location?: unknown;
  online?: unknown;
}

interface AnonymityFields {
  anonymous?: boolean | undefined;
  contact?: { name?: string | undefined } | undefined;
}

/** A first name, perhaps with an initial: "Ana", "Bob W.", "Mary-Jo", "José L". */
const FIRST_NAME = /^\p{L}[\p{L}\p{M}'’-]*(?: \p{Lu}\.?)?$/u;

/**
 * `name` as a group that keeps anonymity may publish it: unchanged when it is a first name
 * (perhaps with an initial), else its first word and the initial of its last ("Robert Williams"
 * becomes "Robert W."). `undefined` when nothing of it reads as a name.
 */
export function anonymousName(name: string): string | undefined {
  const trimmed = name.trim();
  if (FIRST_NAME.test(trimmed)) return trimmed;
  const words = trimmed.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const first = words[0]?.replace(/[^\p{L}\p{M}'’-]/gu, '');
  if (first === undefined || first === '') return undefined;
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initial = last?.match(/\p{L}/u)?.[0]?.toLocaleUpperCase();
  return initial === undefined ? first : `${first} ${initial}.`;
}

/**
 * The checks of every schema that holds a listing: its location and online access match its
 * attendance, and an anonymous group's contact is no full name.
 */
export const listingChecks = [
  z.refine<AttendanceFields>(
    (listing) => listing.attendance === 'online' || listing.location !== undefined,
    {
      message: 'in-person and hybrid groups need a location',
      path: ['location'],
    },
  ),
  z.refine<AttendanceFields>(
    (listing) => listing.attendance === 'inPerson' || listing.online !== undefined,
    {
      message: 'online and hybrid groups need online access',
      path: ['online'],
    },
  ),
  z.refine<AnonymityFields>(
    (listing) =>
      listing.anonymous !== true ||
      listing.contact?.name === undefined ||
      FIRST_NAME.test(listing.contact.name.trim()),
    {
      message: 'must be a first name, and perhaps an initial, in a group that keeps anonymity',
      path: ['contact', 'name'],
    },
  ),
];

/** A listing as a facilitator submits it or a curator edits it: a group without its bookkeeping. */
export const groupListingSchema = /* @__PURE__ */ z.object(listingShape).check(...listingChecks);
/** A listing as a facilitator submits it or a curator edits it. */
export type GroupListing = z.infer<typeof groupListingSchema>;

/**
 * The fields of a published group, shared with the schemas that extend it. A plain object rather
 * than `groupSchema.def.shape`, which a bundler would have to keep the whole schema to read.
 */
export const groupShape = {
  id: idSchema,
  slug: slugSchema,
  ...listingShape,
  source: sourceSchema,
  lastVerified: instantSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
};

/** A published group, as the directory API returns it. */
export const groupSchema = /* @__PURE__ */ z.object(groupShape).check(...listingChecks);
/** A published group, as the directory API returns it. */
export type Group = z.infer<typeof groupSchema>;
