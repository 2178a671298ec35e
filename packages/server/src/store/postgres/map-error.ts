/**
 * Tells connection failures apart from query errors, so the HTTP layer can answer 503 for a
 * database it cannot reach and 500 for a bug.
 *
 * @packageDocumentation
 */
import { StoreUnavailableError } from '../errors.js';

// Failures of the client's connection itself (postgres.js codes) and of the socket under it.
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

// Server answers that mean "not now" rather than "wrong query": shutting down, starting up,
// out of connection slots.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * `error` as a {@link StoreUnavailableError} when it says the database cannot be reached
 * (SQLSTATE class 08, admin shutdown, too many connections, socket errors); unchanged otherwise.
 */
export function mapPostgresError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  const code = errorCode(error);
  if (code === undefined) return error;
  if (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08')) {
    const detail = error instanceof Error ? error.message : String(error);
    return new StoreUnavailableError(`PostgreSQL: ${detail} (${code})`, { cause: error });
  }
  return error;
}
