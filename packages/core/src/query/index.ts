export type { QueryParseResult } from './codec.js';
export * from './meetings.js';
export * from './places.js';
export { parseSearchParams, searchQueryToParams } from './search.js';
export {
  parseSubmissionQueueParams,
  type SubmissionQueueQuery,
  submissionQueueQuerySchema,
  submissionQueueQueryToParams,
} from './submissions.js';
