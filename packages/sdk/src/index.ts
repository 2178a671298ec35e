/**
 * The typed client of the peer-groups directory API: search groups, read one, list its meetings,
 * export its calendar, resolve places, submit listings, and moderate them with a curator key.
 * Runs in browsers, Node 20+, Deno, Bun and edge runtimes with their global fetch.
 *
 * @packageDocumentation
 */

export type {
  Approval,
  Group,
  GroupListing,
  MeetingList,
  MeetingOccurrence,
  Place,
  PlaceList,
  Problem,
  Rejection,
  SearchHit,
  SearchPage,
  SearchQuery,
  Submission,
  SubmissionInput,
  SubmissionQueueQuery,
  SubmissionReceipt,
  Taxonomy,
} from '@peer-groups/core';
export type {
  Client,
  CuratorCalls,
  CuratorClient,
  GroupCalls,
  PlaceCalls,
  SubmissionCalls,
  TopicCalls,
} from './client.js';
export { createClient } from './client.js';
export { type Connection, createConnection } from './connection.js';
export { AbortError } from './errors/abort-error.js';
export {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  GoneError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from './errors/api-error.js';
export { NetworkError } from './errors/network-error.js';
export { PeerGroupsError } from './errors/peer-groups-error.js';
export {
  ResponseValidationError,
  type ValidationIssue,
} from './errors/response-validation-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export type {
  CacheOptions,
  ClientOptions,
  InvalidItem,
  InvalidItemsReport,
  RequestOptions,
  RetryOptions,
} from './options.js';
export type { Lenient } from './parse/lenient-page.js';
export type { SubmissionQueuePage } from './resources/curator.js';
export {
  getGroup,
  groupCalendar,
  groupMeetings,
  iterateGroups,
  type MeetingsWindow,
  type SearchResults,
  searchGroups,
} from './resources/groups.js';
export { type ResolvePlaceOptions, resolvePlace } from './resources/places.js';
export { createSubmission, type SubmitOptions } from './resources/submissions.js';
export { listTopics } from './resources/topics.js';
