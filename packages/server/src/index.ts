/**
 * The reference peer-groups directory API: search, listings, submissions and moderation over
 * HTTP, on an embedded SQLite store or PostgreSQL.
 *
 * @packageDocumentation
 */
export { createApiKey, generateApiKey, hashApiKey } from './auth/api-keys.js';
export { Directory, type DirectoryOptions, type SubmitResult } from './directory/directory.js';
export {
  ConflictError,
  DirectoryError,
  GoneError,
  InvalidBodyError,
  InvalidParametersError,
  NotFoundError,
} from './errors.js';
export { type AppOptions, createApp, DEFAULT_BODY_LIMIT_BYTES } from './http/app.js';
export type { RateLimitOptions } from './http/middleware/rate-limit.js';
export type { RequestLogLine } from './http/middleware/request-log.js';
export type { BucketPolicy } from './http/token-bucket.js';
export { csvTemplate, groupsToCsv } from './interop/csv/write.js';
export { FeedUnavailableError, InteropError, MalformedFeedError } from './interop/errors.js';
export { groupToHsdsService, hsdsServicePage } from './interop/hsds/write.js';
export {
  defaultSourceName,
  type FeedSpec,
  type ImportFeedOptions,
  importFeed,
  readFeed,
} from './interop/import-feed.js';
export {
  formatImportReport,
  type ImportReport,
  type RecordWarning,
  type RejectedRecord,
} from './interop/import-report.js';
export type { MeetingGuideMeeting } from './interop/meeting-guide/meeting.js';
export { groupToMeetingGuide, meetingGuideFeed } from './interop/meeting-guide/write.js';
export {
  type FeedRefreshOptions,
  type FeedRefreshSchedule,
  type RefreshedFeed,
  type RefreshFailure,
  type RefreshOutcome,
  scheduleFeedRefresh,
} from './interop/refresh.js';
export type { FeedFormat, FeedRecord, ReadOptions, RecordPosition } from './interop/types.js';
export {
  type ImportOptions,
  type ImportSource,
  importedGroupId,
  importRecords,
} from './interop/upsert.js';
export {
  isPostgresUrl,
  openReadReplica,
  openStore,
  ReadReplicaOptionsError,
} from './open-store.js';
export type { PlaceResolver, ResolvePlaceOptions } from './places/types.js';
export { type SeedOptions, seedStore } from './seed.js';
export { type RunningServer, type StartServerOptions, startServer } from './server.js';
export { StoreClosedError, StoreUnavailableError } from './store/errors.js';
export {
  DEFAULT_SQLITE_PATH,
  openSqliteStore,
  type SqliteStoreOptions,
} from './store/sqlite/sqlite-store.js';
export type * from './store/types.js';
