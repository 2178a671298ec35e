/**
 * The errors of the sample-data generator.
 *
 * @packageDocumentation
 */

/** Thrown when options passed to the generator are out of range; the message says which and why. */
export class SampleDataOptionsError extends RangeError {
  override name = 'SampleDataOptionsError';

  /** The option that was refused, e.g. `count`. */
  readonly option: string;

  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}
