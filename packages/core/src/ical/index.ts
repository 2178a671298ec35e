/**
 * iCalendar (RFC 5545) export of groups.
 *
 * @packageDocumentation
 */
export { groupsToICalendar, groupToICalendar } from './calendar.js';
export { ExportOptionError } from './errors.js';
export type { ICalendarOptions } from './options.js';
