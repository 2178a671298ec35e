import { describe, expect, it } from 'vitest';
import { createOpenApiDocument, phoneSchema, safeUrlSchema } from '../src/index.js';
import { caseInsensitiveSource, UnrepresentablePatternError } from '../src/openapi/patterns.js';

function matches(source: string, text: string): boolean {
  return new RegExp(source, 'u').test(text);
}

describe('caseInsensitiveSource', () => {
  it('matches whatever the case, as the i flag did', () => {
    const source = caseInsensitiveSource(/^(?:https?:\/\/|tel:|mailto:)/i);
    for (const text of ['https://a.example', 'HTTPS://a.example', 'Tel:+1', 'MAILTO:x@y.example']) {
      expect(matches(source, text)).toBe(true);
    }
    expect(matches(source, 'javascript:alert(1)')).toBe(false);
  });

  it('leaves escapes alone', () => {
    expect(caseInsensitiveSource(/\d\s+x/i)).toBe('\\d\\s+[xX]');
  });

  it('refuses letters inside a character class', () => {
    expect(() => caseInsensitiveSource(/[a-z]+/i)).toThrow(UnrepresentablePatternError);
  });
});

describe('patterns in the OpenAPI document', () => {
  const { schemas } = createOpenApiDocument().components;
  /** The pattern of a property of the Contact component. */
  const contactPattern = (name: string): string => {
    const properties = (schemas.Contact?.properties ?? {}) as Record<string, { pattern?: string }>;
    return properties[name]?.pattern ?? '';
  };

  it('accepts an upper-case URL scheme, as the zod schema does', () => {
    const url = contactPattern('url');
    expect(safeUrlSchema.safeParse('HTTPS://example.org/').success).toBe(true);
    expect(matches(url, 'HTTPS://example.org/')).toBe(true);
    expect(matches(url, 'javascript:alert(1)')).toBe(false);
  });

  it('accepts a phone extension written in capitals, as the zod schema does', () => {
    const phone = contactPattern('phone');
    expect(phoneSchema.safeParse('617-555-0100 EXT 12').success).toBe(true);
    expect(matches(phone, '617-555-0100 EXT 12')).toBe(true);
  });
});
