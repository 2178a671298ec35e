/**
 * Errors of the calendar and structured-data exports.
 *
 * @packageDocumentation
 */

/**
 * An export option that cannot be used, such as a listing URL that is not http or https or a
 * reference date that is not a date. `option` names it.
 */
export class ExportOptionError extends Error {
  override readonly name = 'ExportOptionError';
  /** The name of the option at fault. */
  readonly option: string;

  /**
   * @param option - the option at fault.
   * @param message - what is wrong and what to pass instead.
   */
  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}
