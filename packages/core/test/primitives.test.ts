import { describe, expect, it } from 'vitest';
import { isIanaTimeZone, isSafeLink, safeUrlSchema } from '../src/index.js';

describe('isSafeLink', () => {
  it.each([
    'https://example.org/a',
    'http://example.org',
    'tel:+1-617-555-0100',
    'mailto:help@example.org',
  ])('accepts %s', (link) => {
    expect(isSafeLink(link)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,hi',
    'ftp://example.org',
    'https://',
    'not a url',
    ' javascript:alert(1)',
  ])('refuses %s', (link) => {
    expect(isSafeLink(link)).toBe(false);
  });

  it('names the rule in the schema message', () => {
    const result = safeUrlSchema.safeParse('javascript:alert(1)');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/http, https, tel or mailto/);
  });
});

describe('isIanaTimeZone', () => {
  it.each(['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'])(
    'accepts %s',
    (zone) => {
      expect(isIanaTimeZone(zone)).toBe(true);
    },
  );

  it.each(['-05:00', '+0100', 'Mars/Olympus_Mons', '', 'America/New York'])(
    'refuses %s',
    (zone) => {
      expect(isIanaTimeZone(zone)).toBe(false);
    },
  );
});
