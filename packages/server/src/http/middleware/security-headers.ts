/**
 * Security headers on every response. The API only ever answers data (JSON, problem documents,
 * calendars), never HTML, so the strictest document policy costs nothing.
 *
 * @packageDocumentation
 */
import type { MiddlewareHandler } from 'hono';

/** The headers set on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  // Clinic pages on other origins embed the widget, which reads these answers cross-origin.
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=(), interest-cohort=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

/** Adds {@link SECURITY_HEADERS} to every response, errors included. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  };
}
