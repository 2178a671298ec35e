/**
 * Civil-date arithmetic and IANA time zone conversion, shared by the schedule arithmetic and
 * the calendar exports.
 *
 * @packageDocumentation
 */
export type { CivilDate } from './civil.js';
export {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatCivilDate,
  isLeapYear,
  MS_PER_DAY,
  minutesOfLocalTime,
  parseCivilDate,
  weekdayIndex,
  weekdayIndexOfDays,
  weekdayOfDays,
} from './civil.js';
export { InvalidInstantError, MAX_EPOCH_MS, UnknownTimeZoneError } from './errors.js';
export type { WallTime } from './zone.js';
export {
  formatOffset,
  instantOfLocalMs,
  instantOfWallTime,
  localDayAt,
  localMsAt,
  localMsOfWallTime,
  offsetMinutesAt,
  offsetMsAt,
  toOffsetIso,
  wallTimeAt,
  wallTimeOfLocalMs,
} from './zone.js';
