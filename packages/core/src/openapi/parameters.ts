/**
 * The parameters of the directory API's operations: query parameters generated from the same
 * codec tables and schemas the server parses with, path identifiers, and request headers.
 *
 * @packageDocumentation
 */
import type * as z from 'zod/mini';
import type { QueryFields } from '../query/codec.js';
import { meetingsQuerySchema } from '../query/meetings.js';
import { placesQuerySchema } from '../query/places.js';
import { searchFields } from '../query/search.js';
import { submissionQueueFields, submissionQueueQuerySchema } from '../query/submissions.js';
import { idSchema } from '../schemas/primitives.js';
import type { SearchQuery } from '../schemas/search.js';
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_RADIUS_KM,
  MAX_RADIUS_KM,
  searchQuerySchema,
} from '../schemas/search.js';
import { inlineSchema, propertySchemas } from './schemas.js';
import type { ParameterObject, SchemaObject } from './types.js';

type Descriptions<Query> = { readonly [Name in keyof Query]-?: string };

const searchDescriptions: Descriptions<SearchQuery> = {
  near: 'Where to search: `lat,lng` in decimal degrees, a postal code, or a place name, resolved on the server from bundled open data (never by a third party). Online-only groups have no distance: with `near` they are included, without `distanceKm`, only when `attendance` includes `online`.',
  radiusKm: `Search radius around \`near\` in kilometres; default ${DEFAULT_RADIUS_KM}, at most ${MAX_RADIUS_KM}.`,
  topics:
    'Topic term ids; a group matches when it has any of them. A term also matches its child topics (`mental-health` matches `depression`).',
  audiences: 'Audience term ids; a group matches when it has any of them.',
  attendance: 'How people attend; a group matches any listed value.',
  days: 'Days of the week the group meets on, in its local time.',
  timeOfDay:
    "Parts of the day a meeting starts in, in the group's local time: `morning` before 12:00, `afternoon` 12:00-17:00, `evening` from 17:00. Not combinable with `startsAfter`/`startsBefore`.",
  startsAfter:
    'Meetings starting at or after this local time `HH:MM`. Must be before `startsBefore` when both are given.',
  startsBefore: 'Meetings starting before this local time `HH:MM`.',
  language: 'BCP 47 language tags; a group matches when it meets in any of them.',
  cost: 'What attending costs; a group matches any listed value.',
  accessibility: 'Accessibility features of the venue; a group matches when it has any of them.',
  atFacility: 'Only groups that meet (`true`) or do not meet (`false`) at a healthcare facility.',
  acceptsReferrals:
    'Only groups that accept (`true`) or do not accept (`false`) referrals from clinicians.',
  withinDays: 'Only groups meeting within this many days from now.',
  q: 'Free text matched against name and description, ignoring case and accents.',
  sort: 'Order of results: `distance` (needs `near`), `next` meeting first, or `name`.',
  limit: `Results per page; default ${DEFAULT_PAGE_SIZE}.`,
  cursor: 'The `nextCursor` of the previous page, as given; opaque.',
};

const submissionQueueDescriptions: Descriptions<z.infer<typeof submissionQueueQuerySchema>> = {
  status: 'Only submissions in this moderation status; all when left out.',
  limit: `Submissions per page; default ${DEFAULT_PAGE_SIZE}.`,
  cursor: 'The `nextCursor` of the previous page, as given; opaque.',
};

/** Query parameters from a query schema's properties; lists are comma-separated arrays. */
function queryParameters<Query>(
  schema: z.ZodMiniType<Query>,
  descriptions: Descriptions<Query>,
  options: {
    fields?: QueryFields<Query>;
    required?: readonly (keyof Query)[];
    schemas?: Partial<Record<keyof Query, SchemaObject>>;
  } = {},
): ParameterObject[] {
  const properties = propertySchemas(schema);
  const parameters: ParameterObject[] = [];
  for (const name of Object.keys(descriptions) as (keyof Query & string)[]) {
    const parameter: ParameterObject = {
      name,
      in: 'query',
      description: descriptions[name],
      schema: options.schemas?.[name] ?? properties[name] ?? {},
    };
    if (options.required?.includes(name)) parameter.required = true;
    if (options.fields?.[name].list) {
      parameter.style = 'form';
      parameter.explode = false;
    }
    parameters.push(parameter);
  }
  return parameters;
}

/** The query parameters of `GET /v1/groups`, in canonical order. */
export function searchParameters(): ParameterObject[] {
  return queryParameters(searchQuerySchema, searchDescriptions, {
    fields: searchFields,
    // On the wire `near` is always text: coordinates are written `lat,lng`.
    schemas: {
      near: {
        type: 'string',
        minLength: 1,
        maxLength: 100,
        examples: ['42.3736,-71.1097', '02138', 'Cambridge, MA'],
      },
    },
  });
}

/** The query parameters of `GET /v1/groups/{id}/meetings`. */
export function meetingsParameters(): ParameterObject[] {
  return queryParameters(meetingsQuerySchema, {
    from: "Start of the window: a date `YYYY-MM-DD` (start of that day in the group's time zone) or a date-time with an offset. Default: now.",
    to: "End of the window: a date (end of that day in the group's time zone) or a date-time with an offset. Default: 30 days after `from`. The window spans at most 366 days.",
  });
}

/** The query parameters of `GET /v1/places`. */
export function placesParameters(): ParameterObject[] {
  return queryParameters(
    placesQuerySchema,
    {
      q: 'A postal code or place name, such as `02138` or `Cambridge`.',
      country: 'An ISO 3166-1 alpha-2 country code that narrows the matches, such as `US`.',
    },
    { required: ['q'] },
  );
}

/** The query parameters of `GET /v1/submissions`. */
export function submissionQueueParameters(): ParameterObject[] {
  return queryParameters(submissionQueueQuerySchema, submissionQueueDescriptions, {
    fields: submissionQueueFields,
  });
}

/** Parameters shared by many operations, by component name. */
export function sharedParameters(): Record<string, ParameterObject> {
  const id = inlineSchema(idSchema);
  return {
    GroupId: {
      name: 'id',
      in: 'path',
      required: true,
      description: 'The id of the group.',
      schema: id,
    },
    SubmissionId: {
      name: 'id',
      in: 'path',
      required: true,
      description: 'The id of the submission.',
      schema: id,
    },
    IfNoneMatch: {
      name: 'If-None-Match',
      in: 'header',
      description:
        'The `ETag` of a copy the client holds; the answer is 304 with no body while it is current.',
      schema: { type: 'string' },
    },
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      description:
        'A unique key per intended submission, so a retry cannot submit twice: the same key with the same body returns the first answer; with a different body, 409.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    },
  };
}

/** A `$ref` to the shared parameter `name`. */
export function parameterRef(name: string): { $ref: string } {
  return { $ref: `#/components/parameters/${name}` };
}
