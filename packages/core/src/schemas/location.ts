/**
 * Where a group meets: a venue with address and coordinates, or online access.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import { oneOf } from './one-of.js';
import {
  coordinatesSchema,
  isUnique,
  longText,
  phoneSchema,
  safeUrlSchema,
  shortText,
} from './primitives.js';

/** Accessibility features of a venue. */
export const accessibilityFeatureSchema = /* @__PURE__ */ oneOf([
  'wheelchair',
  'stepFree',
  'accessibleRestroom',
  'accessibleParking',
  'hearingLoop',
  'signLanguage',
  'largePrint',
  'scentFree',
  'publicTransit',
  'childcare',
]);
/** An accessibility feature of a venue. */
export type AccessibilityFeature = z.infer<typeof accessibilityFeatureSchema>;

/** A postal address. `country` is an ISO 3166-1 alpha-2 code. */
export const addressSchema = /* @__PURE__ */ z.object({
  street: z.optional(shortText()),
  locality: shortText(),
  region: z.optional(shortText(100)),
  postalCode: z.optional(
    /* @__PURE__ */ z
      .string()
      .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,11}$/, 'must be a postal code')),
  ),
  country: /* @__PURE__ */ z
    .string()
    .check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code')),
});
/** A postal address. */
export type Address = z.infer<typeof addressSchema>;

/** The venue of an in-person or hybrid group. */
export const locationSchema = /* @__PURE__ */ z.object({
  venue: z.optional(shortText()),
  room: z.optional(shortText()),
  address: addressSchema,
  coordinates: coordinatesSchema,
  directions: z.optional(longText(1000)),
  atHealthcareFacility: z.boolean(),
  accessibility: /* @__PURE__ */ z
    .array(accessibilityFeatureSchema)
    .check(z.refine(isUnique, 'must not repeat a feature')),
});
/** The venue of an in-person or hybrid group. */
export type Location = z.infer<typeof locationSchema>;

/** The platform an online group meets on. */
export const platformSchema = /* @__PURE__ */ oneOf([
  'zoom',
  'teams',
  'meet',
  'webex',
  'jitsi',
  'phone',
  'other',
]);
/** The platform an online group meets on. */
export type Platform = z.infer<typeof platformSchema>;

/** How to join an online or hybrid group. At least a join link or a dial-in number. */
export const onlineAccessSchema = /* @__PURE__ */ z
  .object({
    platform: platformSchema,
    joinUrl: z.optional(safeUrlSchema),
    dialIn: z.optional(phoneSchema),
    accessCode: z.optional(shortText(64)),
    instructions: z.optional(longText(1000)),
  })
  .check(
    z.refine((online) => online.joinUrl !== undefined || online.dialIn !== undefined, {
      message: 'online access needs a joinUrl or a dialIn number',
      path: ['joinUrl'],
    }),
  );
/** How to join an online or hybrid group. */
export type OnlineAccess = z.infer<typeof onlineAccessSchema>;
