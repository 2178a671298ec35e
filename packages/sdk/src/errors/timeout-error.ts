/**
 * The error for calls that ran out of time.
 *
 * @packageDocumentation
 */
import { PeerGroupsError } from './peer-groups-error.js';

/**
 * The call did not finish within the client's `timeout`, which spans every retry. `cause` holds
 * the failure of the last attempt, when one failed before time ran out.
 */
export class TimeoutError extends PeerGroupsError {
  static override readonly brand: string = 'TimeoutError';

  /** The method and URL of the request. */
  readonly request: string;
  /** The time allowed, in milliseconds. */
  readonly timeoutMs: number;
  /** How many attempts were started before time ran out. */
  readonly attempts: number;

  /**
   * @param request - The method and URL of the request.
   * @param timeoutMs - The time allowed, in milliseconds.
   * @param attempts - How many attempts were started.
   * @param cause - The failure of the last attempt, if any.
   */
  constructor(request: string, timeoutMs: number, attempts: number, cause?: unknown) {
    super(
      `${request} did not finish within ${timeoutMs} ms (${attempts} attempt${attempts === 1 ? '' : 's'}). Try again later, or raise \`timeout\` in createClient.`,
      cause === undefined ? undefined : { cause },
    );
    this.request = request;
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }
}
