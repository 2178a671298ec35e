import type { ErrorState } from './error-kind.js';

// Read by shape rather than by class, so errors of any copy of the SDK on the page are understood
// without bundling its whole error tree.
interface ProblemLike {
  name?: unknown;
  status?: unknown;
  retryAfterMs?: unknown;
  problem?: { type?: unknown; invalidParams?: { name?: unknown }[] };
}

const RATE_LIMIT_DEFAULT_SECONDS = 30;

/**
 * How the widget tells a patient about `error`: offline when the browser is, or when the
 * request never got an answer (the SDK's `NetworkError` and `TimeoutError`); rate-limited with the seconds the directory asked for; an
 * unknown place when the directory refused `near`; gone for 404 and 410; failed otherwise.
 */
export function classifyError(error: unknown, online = navigator.onLine): ErrorState {
  if (!online) return { kind: 'offline' };
  const failure = (typeof error === 'object' && error !== null ? error : {}) as ProblemLike;
  const status = typeof failure.status === 'number' ? failure.status : undefined;
  if (status === 429) {
    const seconds =
      typeof failure.retryAfterMs === 'number'
        ? failure.retryAfterMs / 1000
        : RATE_LIMIT_DEFAULT_SECONDS;
    return { kind: 'rateLimited', retryAfterSeconds: Math.max(1, Math.ceil(seconds)) };
  }
  if (status === 404 || status === 410) return { kind: 'notFound' };
  if (status === 400 && failure.problem?.invalidParams?.some((param) => param.name === 'near')) {
    return { kind: 'placeUnknown' };
  }
  if (failure.name === 'NetworkError' || failure.name === 'TimeoutError')
    return { kind: 'offline' };
  return { kind: 'failed' };
}
