import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldQueryTerms, foldText } from '../src/search/fold-text.js';

/** The folding rule spelled out plainly: decompose, drop marks, lowercase, one space between words. */
function reference(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ');
}

describe('foldText', () => {
  it('drops accents and case', () => {
    expect(foldText('Señora MUÑOZ, Ángel & Zoë')).toBe('senora munoz angel zoe');
  });

  it('turns punctuation and runs of spaces into single spaces', () => {
    expect(foldText("  peer-led:   Tuesday's  group!  ")).toBe('peer led tuesday s group');
  });

  it('keeps letters of other scripts', () => {
    expect(foldText('Группа поддержки')).toBe('группа поддержки');
  });

  it('folds plain ASCII exactly as the full rule does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (text) => {
        expect(foldText(text)).toBe(reference(text));
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  it('folds any text exactly as the full rule does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(foldText(text)).toBe(reference(text));
      }),
      { numRuns: 500, seed: 12 },
    );
  });
});

describe('foldQueryTerms', () => {
  it('splits a query into distinct folded words', () => {
    expect(foldQueryTerms('Grief GRIEF circle')).toEqual(['grief', 'circle']);
  });

  it('gives no terms for a query without letters or digits', () => {
    expect(foldQueryTerms(' ?! ')).toEqual([]);
  });
});
