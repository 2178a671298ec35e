export type {
  AgeRange,
  Attendance,
  Contact,
  Cost,
  Facilitation,
  Group,
  GroupListing,
  Openness,
  Organization,
  Referrals,
  Serves,
  Source,
  SourceFormat,
} from './group.js';
export {
  ageRangeSchema,
  anonymousName,
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
  sourceFormatSchema,
  sourceSchema,
} from './group.js';
export * from './location.js';
export * from './place.js';
export * from './primitives.js';
export * from './problem.js';
export * from './schedule.js';
export * from './search.js';
export * from './submission.js';
export * from './taxonomy.js';
