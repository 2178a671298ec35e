/**
 * Errors of the schedule arithmetic: a schedule that breaks the schema's rules, and an option
 * out of range.
 *
 * @packageDocumentation
 */

/**
 * Thrown when a schedule handed to the arithmetic breaks a rule of `scheduleSchema` (a malformed
 * time or date, a monthly schedule without weeks). Data from outside should be parsed with
 * `scheduleSchema` first; this error names the first field at fault.
 */
export class InvalidScheduleError extends TypeError {
  override readonly name = 'InvalidScheduleError';
  /** The schedule field at fault, e.g. `startTime` or `cancelledDates.2`. */
  readonly field: string;

  constructor(field: string, problem: string) {
    super(
      `Invalid schedule: ${field} ${problem}. Parse schedules with scheduleSchema before ` +
        'computing their occurrences.',
    );
    this.field = field;
  }
}

/** Thrown when an option of the schedule arithmetic is out of its documented range. */
export class InvalidOptionError extends RangeError {
  override readonly name = 'InvalidOptionError';
  /** The option at fault, e.g. `limit`. */
  readonly option: string;

  constructor(option: string, expected: string, value: unknown) {
    super(`Invalid option ${option}: expected ${expected}, got ${String(value)}.`);
    this.option = option;
  }
}
