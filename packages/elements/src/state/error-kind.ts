/**
 * What went wrong, in the terms a patient needs: `offline` (no connection), `rateLimited`
 * (wait and retry), `placeUnknown` (the typed place matched nothing), `notFound` (the group is
 * gone) or `failed` (anything else the directory got wrong).
 */
export type ErrorKind = 'offline' | 'failed' | 'rateLimited' | 'placeUnknown' | 'notFound';

/** A failure as the widget shows it. */
export interface ErrorState {
  kind: ErrorKind;
  /** Seconds to wait before retrying, for `rateLimited`. */
  retryAfterSeconds?: number;
}
