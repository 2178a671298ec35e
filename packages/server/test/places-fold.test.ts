import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldPlaceName } from '../src/places/index.js';

describe('foldPlaceName', () => {
  it('drops accents and case', () => {
    expect(foldPlaceName('MÁLAGA')).toBe('malaga');
    expect(foldPlaceName('São Paulo')).toBe('sao paulo');
  });

  it('spells letters without a decomposition plainly', () => {
    expect(foldPlaceName('Łódź')).toBe('lodz');
    expect(foldPlaceName('Tromsø')).toBe('tromso');
    expect(foldPlaceName('Straße')).toBe('strasse');
    expect(foldPlaceName('Ærøskøbing')).toBe('aeroskobing');
  });

  it('turns punctuation and runs of spaces into one space', () => {
    expect(foldPlaceName('  St. Louis,  MO ')).toBe('st louis mo');
    expect(foldPlaceName("Hell's Kitchen")).toBe('hell s kitchen');
    expect(foldPlaceName('Saint-Louis')).toBe('saint louis');
  });

  it('folds ASCII and non-ASCII spellings of a name alike', () => {
    expect(foldPlaceName('Cambridge, MA')).toBe(foldPlaceName('Cámbridge, MA'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'grapheme' }), (text) => {
        const once = foldPlaceName(text);
        expect(foldPlaceName(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
