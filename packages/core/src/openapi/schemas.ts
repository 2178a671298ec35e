/**
 * The named component schemas of the OpenAPI document, generated from the same zod schemas the
 * server and SDK validate with, so the document cannot drift from the code.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini';
import {
  ageRangeSchema,
  attendanceSchema,
  contactSchema,
  costSchema,
  facilitationSchema,
  groupListingSchema,
  groupSchema,
  opennessSchema,
  organizationSchema,
  referralsSchema,
  servesSchema,
  sourceSchema,
} from '../schemas/group.js';
import {
  accessibilityFeatureSchema,
  addressSchema,
  locationSchema,
  onlineAccessSchema,
  platformSchema,
} from '../schemas/location.js';
import { placeListSchema, placeSchema } from '../schemas/place.js';
import { coordinatesSchema, weekdaySchema } from '../schemas/primitives.js';
import { invalidParamSchema, problemSchema } from '../schemas/problem.js';
import { meetingListSchema, meetingOccurrenceSchema, scheduleSchema } from '../schemas/schedule.js';
import {
  facetsSchema,
  nextMeetingSchema,
  searchHitSchema,
  searchPageSchema,
} from '../schemas/search.js';
import {
  approvalSchema,
  rejectionSchema,
  submissionInputSchema,
  submissionKindSchema,
  submissionPageSchema,
  submissionReceiptSchema,
  submissionSchema,
  submissionStatusSchema,
  submitterSchema,
} from '../schemas/submission.js';
import { taxonomySchema, taxonomyTermSchema } from '../schemas/taxonomy.js';
import { spellOutPatternFlags } from './patterns.js';
import type { SchemaObject } from './types.js';

/** The answer of `GET /healthz` and `GET /readyz` while the service is up. */
export const healthSchema = z.object({ status: z.literal('ok') });
/** The answer of `GET /healthz` and `GET /readyz` while the service is up. */
export type Health = z.infer<typeof healthSchema>;

/** Where component schemas live in the document. */
export const SCHEMA_REF_PREFIX = '#/components/schemas/';

/** A `$ref` to the component schema `name`. */
export function schemaRef(name: string): SchemaObject {
  return { $ref: `${SCHEMA_REF_PREFIX}${name}` };
}

/**
 * Every named schema with its description, by component name. Built in a function, not at module
 * level, so bundles that never generate the document keep none of it.
 */
function namedSchemas(): Record<string, [z.ZodMiniType, string]> {
  return {
    Group: [groupSchema, 'A published group, as the directory API returns it.'],
    GroupListing: [
      groupListingSchema,
      'A listing as a facilitator submits it or a curator edits it: a group without its bookkeeping.',
    ],
    Attendance: [
      attendanceSchema,
      'How people attend: in person, online, or both at once (hybrid).',
    ],
    Facilitation: [
      facilitationSchema,
      'Who leads the meetings: peers, professionals, or both together.',
    ],
    Cost: [costSchema, 'What attending costs: free, a voluntary donation, or a fee.'],
    Openness: [
      opennessSchema,
      'Who may come: open to anyone, closed to people who share the condition, or registration required.',
    ],
    Serves: [servesSchema, 'Whom the group serves.'],
    Contact: [
      contactSchema,
      'A public contact; a first name or a role only where a tradition asks for anonymity.',
    ],
    Referrals: [referralsSchema, 'Whether the group takes referrals from clinicians, and how.'],
    Organization: [organizationSchema, 'The organization or network that runs the group.'],
    Source: [sourceSchema, 'Where a listing came from.'],
    AgeRange: [ageRangeSchema, 'An age range; either bound may be open.'],
    Schedule: [
      scheduleSchema,
      'One recurring meeting pattern, in wall-clock time of an IANA time zone: weekly every `interval` weeks, or monthly on ordinal weekdays ("2nd and 4th Wednesdays").',
    ],
    Weekday: [weekdaySchema, 'A day of the week.'],
    Location: [locationSchema, 'The venue of an in-person or hybrid group.'],
    Address: [addressSchema, 'A postal address; `country` is an ISO 3166-1 alpha-2 code.'],
    Coordinates: [coordinatesSchema, 'WGS 84 coordinates in decimal degrees.'],
    AccessibilityFeature: [accessibilityFeatureSchema, 'An accessibility feature of a venue.'],
    OnlineAccess: [
      onlineAccessSchema,
      'How to join an online or hybrid group: a join link or a dial-in number at least.',
    ],
    Platform: [platformSchema, 'The platform an online group meets on.'],
    SearchPage: [
      searchPageSchema,
      'One page of search results; `nextCursor` is null on the last page.',
    ],
    SearchHit: [
      searchHitSchema,
      'One search result: a group, its distance from `near` when it has one, and its next meeting.',
    ],
    NextMeeting: [nextMeetingSchema, "The start and end of a group's next meeting."],
    Facets: [
      facetsSchema,
      'Matches per filter value, each counted with every filter applied except its own.',
    ],
    MeetingList: [meetingListSchema, 'Concrete meetings of a group in a window of time.'],
    MeetingOccurrence: [
      meetingOccurrenceSchema,
      'One concrete meeting, with the zone and schedule it came from.',
    ],
    Taxonomy: [taxonomySchema, 'The topics and audiences groups are tagged with.'],
    TaxonomyTerm: [
      taxonomyTermSchema,
      'A term of the taxonomy, with labels per locale and an optional broader term.',
    ],
    PlaceList: [placeListSchema, 'Places a text resolved to, best first.'],
    Place: [placeSchema, 'A postal code or locality and its coordinates.'],
    SubmissionInput: [
      submissionInputSchema,
      'A new listing, an update of a group, or a correction described in words.',
    ],
    SubmissionKind: [submissionKindSchema, 'What a submission asks for.'],
    SubmissionStatus: [submissionStatusSchema, 'Where a submission stands in moderation.'],
    Submitter: [submitterSchema, 'Who sent a submission; seen by curators only, never published.'],
    SubmissionReceipt: [
      submissionReceiptSchema,
      'The public receipt of a submission, without its content.',
    ],
    SubmissionPage: [submissionPageSchema, 'A page of the moderation queue.'],
    Submission: [submissionSchema, 'A submission as stored and shown to curators.'],
    Rejection: [rejectionSchema, 'Why a curator rejected a submission.'],
    Approval: [approvalSchema, 'The decided submission and the group it published.'],
    Problem: [problemSchema, 'An RFC 9457 problem document.'],
    InvalidParam: [invalidParamSchema, 'One invalid parameter, header or body field, and why.'],
    Health: [healthSchema, 'The service is up.'],
  };
}

/**
 * The component schemas as JSON Schema 2020-12, each named schema referenced by `$ref` wherever
 * another uses it. Input form: what the API accepts and what clients should tolerate, so unknown
 * members are allowed rather than refused, leaving room to add fields.
 */
export function componentSchemas(): Record<string, SchemaObject> {
  const registry = z.registry<{ id: string; description: string }>();
  for (const [id, [schema, description]] of Object.entries(namedSchemas())) {
    registry.add(schema, { id, description });
  }
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    override: spellOutPatternFlags,
    uri: (id) => `${SCHEMA_REF_PREFIX}${id}`,
  });
  const components: Record<string, SchemaObject> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // A component lives inside the document: its own `$schema` and fragment-only `$id` would make
    // it a separate resource and break the document-relative `$ref`s.
    const { $schema: _dialect, $id: _id, ...rest } = schema as SchemaObject;
    components[id] = rest;
  }
  return components;
}

/** A schema as inline JSON Schema 2020-12, for a place that describes it once rather than by name. */
export function inlineSchema(schema: z.ZodMiniType): SchemaObject {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    metadata: z.registry(),
    override: spellOutPatternFlags,
  }) as SchemaObject;
  return rest;
}

/** The inline JSON Schema of each property of an object schema, such as a query's. */
export function propertySchemas(schema: z.ZodMiniType): Record<string, SchemaObject> {
  const { properties } = inlineSchema(schema) as { properties?: Record<string, SchemaObject> };
  return properties ?? {};
}
