import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  BUILT_IN_TAXONOMY,
  TAXONOMY_LOCALES,
  TOPICS,
  taxonomySchema,
  termLabel,
} from '../src/index.js';

describe('the built-in taxonomy', () => {
  it('is what GET /v1/topics promises: valid against its own schema', () => {
    expect(taxonomySchema.safeParse(BUILT_IN_TAXONOMY).success).toBe(true);
  });

  for (const [name, terms] of [
    ['topics', TOPICS],
    ['audiences', AUDIENCES],
  ] as const) {
    it(`has unique ${name} ids`, () => {
      const ids = terms.map((term) => term.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it(`names only ${name} that exist as parents, one level deep`, () => {
      const byId = new Map(terms.map((term) => [term.id, term]));
      for (const term of terms) {
        if (term.parent === undefined) continue;
        const parent = byId.get(term.parent);
        expect(parent, `${term.id}'s parent ${term.parent}`).toBeDefined();
        expect(parent?.parent, `${term.parent} is itself a child`).toBeUndefined();
      }
    });

    it(`labels every one of its ${name} in each locale, with labels unique per locale`, () => {
      for (const locale of TAXONOMY_LOCALES) {
        const labels = terms.map((term) => term.labels[locale]);
        for (const label of labels) expect(label.trim()).not.toBe('');
        expect(new Set(labels).size).toBe(labels.length);
      }
    });
  }

  it('covers the topics the product promises', () => {
    const ids = new Set(TOPICS.map((term) => term.id));
    for (const id of [
      'mental-health',
      'depression',
      'anxiety',
      'bipolar',
      'psychosis',
      'substance-use',
      'alcohol',
      'opioids',
      'gambling',
      'eating-disorders',
      'chronic-illness',
      'cancer',
      'diabetes',
      'chronic-pain',
      'grief-and-loss',
      'suicide-loss',
      'parenting',
      'caregiving',
      'family-and-friends',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe('termLabel', () => {
  it('reads a label in the language of a regional locale', () => {
    expect(termLabel(TOPICS, 'grief-and-loss', 'es-MX')).toBe('Duelo y pérdida');
    expect(termLabel(TOPICS, 'grief-and-loss', 'en-GB')).toBe('Grief and loss');
  });

  it('falls back to English for a locale the taxonomy is not written in', () => {
    expect(termLabel(AUDIENCES, 'veterans', 'fr')).toBe('Veterans');
  });

  it('shows the id of a term a directory added without labels', () => {
    expect(termLabel(TOPICS, 'long-covid', 'es')).toBe('long-covid');
  });
});
