/**
 * The error for requests that got no answer at all.
 *
 * @packageDocumentation
 */
import { PeerGroupsError } from './peer-groups-error.js';

/**
 * The request got no answer: the network is down, the host is unknown, or a CORS policy blocked
 * it. `cause` holds the runtime's own error.
 */
export class NetworkError extends PeerGroupsError {
  static override readonly brand: string = 'NetworkError';

  /** The method and URL of the request. */
  readonly request: string;

  /**
   * @param request - The method and URL of the request.
   * @param cause - The error the runtime's fetch threw.
   */
  constructor(request: string, cause: unknown) {
    super(
      `${request} got no answer. Check the connection and that \`baseUrl\` is right; in a browser, also that the directory allows this site's origin (CORS).`,
      { cause },
    );
    this.request = request;
  }
}
