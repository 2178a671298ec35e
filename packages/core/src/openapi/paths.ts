/**
 * Every path of the directory API with its operations: the contract the server serves and the
 * SDK calls.
 *
 * @packageDocumentation
 */
import { PROBLEM_MEDIA_TYPE } from '../schemas/problem.js';
import { exampleGroup, exampleSearchPage, exampleSubmissionInput } from './examples.js';
import type { OperationSpec } from './operations.js';
import { operation } from './operations.js';
import {
  meetingsParameters,
  parameterRef,
  placesParameters,
  searchParameters,
  submissionQueueParameters,
} from './parameters.js';
import { headerRef } from './responses.js';
import { schemaRef } from './schemas.js';
import type { PathItemObject, RequestBodyObject, ResponseObject } from './types.js';

const JSON_MEDIA_TYPE = 'application/json';

function json(description: string, schemaName: string, example?: unknown): ResponseObject {
  const media =
    example === undefined
      ? { schema: schemaRef(schemaName) }
      : { schema: schemaRef(schemaName), example };
  return { description, content: { [JSON_MEDIA_TYPE]: media } };
}

function jsonBody(description: string, schemaName: string, example?: unknown): RequestBodyObject {
  const media =
    example === undefined
      ? { schema: schemaRef(schemaName) }
      : { schema: schemaRef(schemaName), example };
  return { description, required: true, content: { [JSON_MEDIA_TYPE]: media } };
}

const BODY_PROBLEMS = ['invalidBody', 'payloadTooLarge', 'unsupportedMediaType'] as const;

function groupOperations(): Record<string, PathItemObject> {
  const groupId = parameterRef('GroupId');
  return {
    '/v1/groups': {
      get: operation({
        operationId: 'searchGroups',
        summary: 'Search groups',
        description:
          'List filters match a group having any listed value; different filters must all match. Unknown parameters are refused, not ignored. `facets` count matches per value of topics, audiences, attendance, days and languages, each with every filter applied except its own.',
        tag: 'Groups',
        parameters: searchParameters(),
        success: {
          '200': json(
            'One page of matching groups, with facet counts.',
            'SearchPage',
            exampleSearchPage(),
          ),
        },
        problems: ['invalidParameters'],
        cacheable: true,
      }),
    },
    '/v1/groups/{id}': {
      parameters: [groupId],
      get: operation({
        operationId: 'getGroup',
        summary: 'Get a group',
        tag: 'Groups',
        success: { '200': json('The group.', 'Group', exampleGroup()) },
        problems: ['notFound', 'gone'],
        cacheable: true,
      }),
      put: operation({
        operationId: 'updateGroup',
        summary: "Replace a group's listing",
        tag: 'Curation',
        requestBody: jsonBody("The group's new listing.", 'GroupListing'),
        success: { '200': json('The updated group.', 'Group') },
        problems: [...BODY_PROBLEMS, 'notFound', 'gone'],
        curator: true,
      }),
      delete: operation({
        operationId: 'retireGroup',
        summary: 'Retire a group',
        description: 'The group is kept for audit; from then on it answers 410.',
        tag: 'Curation',
        success: { '204': { description: 'Retired.' } },
        problems: ['notFound', 'gone'],
        curator: true,
      }),
    },
    '/v1/groups/{id}/meetings': {
      parameters: [groupId],
      get: operation({
        operationId: 'listGroupMeetings',
        summary: "List a group's upcoming meetings",
        tag: 'Groups',
        parameters: meetingsParameters(),
        success: { '200': json('The meetings in the window, earliest first.', 'MeetingList') },
        problems: ['invalidParameters', 'notFound', 'gone'],
        cacheable: true,
      }),
    },
    '/v1/groups/{id}/calendar.ics': {
      parameters: [groupId],
      get: operation({
        operationId: 'getGroupCalendar',
        summary: "Get a group's calendar",
        tag: 'Groups',
        success: {
          '200': {
            description: "The group's schedules as an iCalendar (RFC 5545) file.",
            content: { 'text/calendar': { schema: { type: 'string' } } },
          },
        },
        problems: ['notFound', 'gone'],
        cacheable: true,
      }),
    },
  };
}

function directoryOperations(): Record<string, PathItemObject> {
  return {
    '/v1/topics': {
      get: operation({
        operationId: 'getTaxonomy',
        summary: 'List topics and audiences',
        tag: 'Taxonomy',
        success: { '200': json('The whole taxonomy, with labels per locale.', 'Taxonomy') },
        cacheable: true,
      }),
    },
    '/v1/places': {
      get: operation({
        operationId: 'searchPlaces',
        summary: 'Resolve a postal code or place name',
        description:
          'Resolved from open data bundled with the server; the text never goes to a third party.',
        tag: 'Places',
        parameters: placesParameters(),
        success: { '200': json('Matching places, best first.', 'PlaceList') },
        problems: ['invalidParameters'],
        cacheable: true,
      }),
    },
  };
}

function submissionOperations(): Record<string, PathItemObject> {
  const submissionId = parameterRef('SubmissionId');
  const created: ResponseObject = {
    ...json(
      'Received and queued for moderation; nothing is published until a curator approves it.',
      'SubmissionReceipt',
    ),
    headers: { Location: headerRef('Location') },
  };
  const curated = (spec: Omit<OperationSpec, 'tag' | 'curator'>) =>
    operation({ ...spec, tag: 'Curation', curator: true });
  return {
    '/v1/submissions': {
      post: operation({
        operationId: 'createSubmission',
        summary: 'Submit a listing, an update or a correction',
        tag: 'Submissions',
        parameters: [parameterRef('IdempotencyKey')],
        requestBody: jsonBody(
          'What to add or change.',
          'SubmissionInput',
          exampleSubmissionInput(),
        ),
        success: { '201': created },
        problems: [...BODY_PROBLEMS, 'conflict'],
      }),
      get: curated({
        operationId: 'listSubmissions',
        summary: 'List the moderation queue',
        parameters: submissionQueueParameters(),
        success: { '200': json('One page of submissions, oldest first.', 'SubmissionPage') },
        problems: ['invalidParameters'],
        cacheable: true,
      }),
    },
    '/v1/submissions/{id}': {
      parameters: [submissionId],
      get: curated({
        operationId: 'getSubmission',
        summary: 'Get a submission',
        success: { '200': json('The submission.', 'Submission') },
        problems: ['notFound'],
        cacheable: true,
      }),
    },
    '/v1/submissions/{id}/approve': {
      parameters: [submissionId],
      post: curated({
        operationId: 'approveSubmission',
        summary: 'Approve a submission',
        description: 'Publishes a new group or updates the group the submission is about.',
        success: { '200': json('The decided submission and the group it published.', 'Approval') },
        problems: ['notFound', 'conflict'],
      }),
    },
    '/v1/submissions/{id}/reject': {
      parameters: [submissionId],
      post: curated({
        operationId: 'rejectSubmission',
        summary: 'Reject a submission',
        requestBody: jsonBody('Why, for the record.', 'Rejection'),
        success: { '200': json('The decided submission.', 'Submission') },
        problems: [...BODY_PROBLEMS, 'notFound', 'conflict'],
      }),
    },
  };
}

function fileResponse(description: string, mediaType: string): ResponseObject {
  return { description, content: { [mediaType]: { schema: { type: 'string' } } } };
}

function exportOperations(): Record<string, PathItemObject> {
  const looseJson = (description: string, schema: Record<string, unknown>): ResponseObject => ({
    description,
    content: { [JSON_MEDIA_TYPE]: { schema } },
  });
  const hsdsPage = (name: string, description: string, maximum: number, fallback: number) => ({
    name,
    in: 'query' as const,
    description,
    schema: { type: 'integer', minimum: 1, maximum, default: fallback },
  });
  return {
    '/v1/export/meeting-guide.json': {
      get: operation({
        operationId: 'exportMeetingGuide',
        summary: 'Export the directory as a Meeting Guide feed',
        description:
          'Every active group with a weekly schedule, as the JSON array of meetings of the Meeting Guide specification: one meeting per weekly time slot, type codes from the listing fields. Monthly and every-few-weeks schedules are left out: the format is weekly only.',
        tag: 'Export',
        success: {
          '200': looseJson('The Meeting Guide feed.', { type: 'array', items: { type: 'object' } }),
        },
        cacheable: true,
      }),
    },
    '/v1/export/hsds/services': {
      get: operation({
        operationId: 'exportHsdsServices',
        summary: 'Export the directory as HSDS services',
        description:
          "A page of Open Referral HSDS 3.0 services, as the HSDS API's `/services` answers, each with its organization, locations, schedules, languages and `peer-groups` taxonomy terms.",
        tag: 'Export',
        parameters: [
          hsdsPage('page', 'The page, from 1.', 1_000_000, 1),
          hsdsPage('per_page', 'Services per page.', 500, 50),
        ],
        success: {
          '200': looseJson('One page of services.', {
            type: 'object',
            required: ['total_items', 'total_pages', 'page_number', 'size', 'contents'],
            properties: {
              total_items: { type: 'integer' },
              total_pages: { type: 'integer' },
              page_number: { type: 'integer' },
              size: { type: 'integer' },
              first_page: { type: 'boolean' },
              last_page: { type: 'boolean' },
              empty: { type: 'boolean' },
              contents: { type: 'array', items: { type: 'object' } },
            },
          }),
        },
        problems: ['invalidParameters'],
        cacheable: true,
      }),
    },
    '/v1/export/hsds/services/{id}': {
      parameters: [parameterRef('GroupId')],
      get: operation({
        operationId: 'exportHsdsService',
        summary: 'Export a group as an HSDS service',
        tag: 'Export',
        success: {
          '200': looseJson('The group as a nested HSDS 3.0 service.', { type: 'object' }),
        },
        problems: ['notFound', 'gone'],
        cacheable: true,
      }),
    },
    '/v1/export/groups.csv': {
      get: operation({
        operationId: 'exportCsv',
        summary: 'Export the directory as CSV',
        description:
          "Every active group, one row each, in the columns of the server's CSV import template.",
        tag: 'Export',
        success: { '200': fileResponse('The groups as CSV.', 'text/csv') },
        cacheable: true,
      }),
    },
    '/v1/export/calendar.ics': {
      get: operation({
        operationId: 'exportSearchCalendar',
        summary: 'Export a search as a calendar feed',
        description:
          "Every group a search matches (the parameters of `GET /v1/groups`, but for `limit` and `cursor`, which are ignored), up to 500 in the search's order, as one iCalendar (RFC 5545) file to subscribe to. Narrow a search that matches more.",
        tag: 'Export',
        parameters: searchParameters().filter(
          (parameter) => parameter.name !== 'limit' && parameter.name !== 'cursor',
        ),
        success: { '200': fileResponse('The calendar.', 'text/calendar') },
        problems: ['invalidParameters'],
        cacheable: true,
      }),
    },
    '/v1/groups/{id}/event.jsonld': {
      parameters: [parameterRef('GroupId')],
      get: operation({
        operationId: 'getGroupJsonLd',
        summary: 'Get a group as schema.org JSON-LD',
        description:
          "A schema.org `EventSeries` standing for the group's series of meetings: one `Schedule` per meeting pattern (`eventSchedule`), its `Place` and/or `VirtualLocation`, the organizer, and `startDate`, its first meeting from today on (today in each schedule's time zone) or from when its schedules begin. To embed in the group's page in a `script` element of type `application/ld+json`.",
        tag: 'Export',
        success: {
          '200': {
            description: 'The JSON-LD.',
            content: { 'application/ld+json': { schema: { type: 'object' } } },
          },
        },
        problems: ['notFound', 'gone'],
        cacheable: true,
      }),
    },
  };
}

function serviceOperations(): Record<string, PathItemObject> {
  const up = json('The service is up.', 'Health', { status: 'ok' });
  return {
    '/v1/openapi.json': {
      get: operation({
        operationId: 'getOpenApiDocument',
        summary: 'Get this OpenAPI document',
        tag: 'Service',
        success: {
          '200': {
            description: 'The OpenAPI 3.1 document of this API.',
            content: { [JSON_MEDIA_TYPE]: { schema: { type: 'object' } } },
          },
        },
        cacheable: true,
      }),
    },
    '/healthz': {
      get: operation({
        operationId: 'getHealth',
        summary: 'Liveness',
        tag: 'Service',
        success: { '200': up },
      }),
    },
    '/readyz': {
      get: operation({
        operationId: 'getReadiness',
        summary: 'Readiness',
        description: `Answers 503 (${PROBLEM_MEDIA_TYPE}) while the store is unreachable.`,
        tag: 'Service',
        success: { '200': up },
      }),
    },
  };
}

/** Every path of the directory API with its operations. */
export function apiPaths(): Record<string, PathItemObject> {
  return {
    ...groupOperations(),
    ...directoryOperations(),
    ...submissionOperations(),
    ...exportOperations(),
    ...serviceOperations(),
  };
}
