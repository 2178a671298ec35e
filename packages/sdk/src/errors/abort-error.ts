/**
 * The error for calls the caller cancelled.
 *
 * @packageDocumentation
 */
import { PeerGroupsError } from './peer-groups-error.js';

/**
 * The caller's `signal` aborted the call, possibly between retries. `reason` is the signal's
 * reason. Usually expected (a newer search replaced this one), so it is often ignored.
 */
export class AbortError extends PeerGroupsError {
  static override readonly brand: string = 'AbortError';

  /** The method and URL of the request. */
  readonly request: string;
  /** The abort reason of the caller's signal. */
  readonly reason: unknown;

  /**
   * @param request - The method and URL of the request.
   * @param reason - The abort reason of the caller's signal.
   */
  constructor(request: string, reason: unknown) {
    super(
      `${request} was aborted by the caller's signal. Nothing to fix unless that was unexpected.`,
      { cause: reason },
    );
    this.request = request;
    this.reason = reason;
  }
}
