/**
 * The error for answers whose body is not what the directory API promises.
 *
 * @packageDocumentation
 */
import { PeerGroupsError } from './peer-groups-error.js';

/** One way a response failed its schema. */
export interface ValidationIssue {
  /** Where in the body, e.g. `['items', 3, 'schedules', 0, 'startTime']`; empty for the whole body. */
  readonly path: readonly (string | number)[];
  /** What is wrong there. */
  readonly message: string;
}

/** Formats an issue path as `items[3].schedules[0].startTime`, or `(body)` for the root. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  let text = '';
  for (const segment of path) {
    text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  }
  return text === '' ? '(body)' : text;
}

/**
 * A successful answer whose body is not what the API promises: not JSON, or JSON that fails the
 * schema. `issues` lists the path and reason of each failure.
 */
export class ResponseValidationError extends PeerGroupsError {
  static override readonly brand: string = 'ResponseValidationError';

  /** Each way the body failed, with its path. */
  readonly issues: readonly ValidationIssue[];
  /** The method and URL of the request. */
  readonly request: string;

  /**
   * @param request - The method and URL of the request.
   * @param issues - Each way the body failed, with its path.
   */
  constructor(request: string, issues: readonly ValidationIssue[]) {
    const shown = issues
      .slice(0, 3)
      .map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`)
      .join('; ');
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    super(
      `${request} answered with data this SDK does not understand: ${shown}${more}. ` +
        'Check that `baseUrl` points at a peer-groups directory API v1, and update the SDK or the server so their versions match.',
    );
    this.issues = issues;
    this.request = request;
  }
}
