/**
 * schema.org JSON-LD export of groups, and its safe embedding in a page.
 *
 * @packageDocumentation
 */
export { groupToJsonLd, type JsonLdOptions } from './event.js';
export { jsonLdScriptText } from './script-text.js';
export type {
  JsonLdAttendanceMode,
  JsonLdAudience,
  JsonLdEvent,
  JsonLdOrganization,
  JsonLdPlace,
  JsonLdPostalAddress,
  JsonLdSchedule,
  JsonLdVirtualLocation,
} from './types.js';
