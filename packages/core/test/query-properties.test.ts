import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchQuery } from '../src/index.js';
import {
  accessibilityFeatureSchema,
  attendanceSchema,
  costSchema,
  parseSearchParams,
  searchQuerySchema,
  searchQueryToParams,
  sortSchema,
  timeOfDaySchema,
  weekdaySchema,
} from '../src/index.js';

/** Text that `near` would read as coordinates, which a place name therefore cannot be. */
const COORDINATE_LIKE =
  /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*,\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

const text = (maxLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength })
    .filter((value) => value.length <= maxLength);

const placeName = text(100).filter((value) => value.trim() !== '' && !COORDINATE_LIKE.test(value));
const coordinates = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
});
const termId = fc
  .stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .filter((value) => value.length <= 64);
const localTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
const languageTag = fc.constantFrom('en', 'es', 'es-MX', 'fr-CA', 'ase', 'zh-Hant-TW', 'pt-BR');
const listOf = <T>(item: fc.Arbitrary<T>, maxLength: number) =>
  fc.array(item, { minLength: 1, maxLength });

/** Any search a client may build: lists non-empty and rules across parameters respected. */
const searchQuery: fc.Arbitrary<SearchQuery> = fc
  .record(
    {
      near: fc.oneof(coordinates, placeName),
      radiusKm: fc.double({ min: 0, max: 500, noNaN: true }).filter((value) => value > 0),
      topics: listOf(termId, 20),
      audiences: listOf(termId, 20),
      attendance: listOf(fc.constantFrom(...attendanceSchema.options), 3),
      days: listOf(fc.constantFrom(...weekdaySchema.options), 7),
      timeOfDay: listOf(fc.constantFrom(...timeOfDaySchema.options), 3),
      startsAfter: localTime,
      startsBefore: localTime,
      language: listOf(languageTag, 10),
      cost: listOf(fc.constantFrom(...costSchema.options), 3),
      accessibility: listOf(fc.constantFrom(...accessibilityFeatureSchema.options), 10),
      atFacility: fc.boolean(),
      acceptsReferrals: fc.boolean(),
      withinDays: fc.integer({ min: 1, max: 90 }),
      q: text(200),
      sort: fc.constantFrom(...sortSchema.options),
      limit: fc.integer({ min: 1, max: 100 }),
      cursor: text(512),
    },
    { requiredKeys: [] },
  )
  .map((query) => {
    const fixed: SearchQuery = { ...query };
    if (fixed.timeOfDay !== undefined) {
      delete fixed.startsAfter;
      delete fixed.startsBefore;
    }
    if (
      fixed.startsAfter !== undefined &&
      fixed.startsBefore !== undefined &&
      fixed.startsAfter >= fixed.startsBefore
    ) {
      delete fixed.startsBefore;
    }
    if (fixed.sort === 'distance' && fixed.near === undefined) delete fixed.sort;
    return fixed;
  });

const knownName = fc.constantFrom(...Object.keys(searchQuerySchema.def.shape));
const junkParams = fc.array(
  fc.tuple(fc.oneof(knownName, fc.string({ maxLength: 12 })), fc.string({ maxLength: 30 })),
  { maxLength: 8 },
);

describe('search query codec properties', () => {
  it('reads back every valid query it writes, through the wire form', () => {
    fc.assert(
      fc.property(searchQuery, (query) => {
        expect(searchQuerySchema.safeParse(query).success).toBe(true);
        const wire = searchQueryToParams(query).toString();
        const parsed = parseSearchParams(new URLSearchParams(wire));
        expect(parsed).toEqual({ ok: true, query });
      }),
    );
  });

  it('never throws on junk and names a given parameter for every problem', () => {
    fc.assert(
      fc.property(junkParams, (pairs) => {
        const params = new URLSearchParams(pairs);
        const result = parseSearchParams(params);
        if (result.ok) {
          expect(searchQuerySchema.safeParse(result.query).success).toBe(true);
          return;
        }
        expect(result.invalidParams.length).toBeGreaterThan(0);
        for (const { name, reason } of result.invalidParams) {
          expect(params.has(name)).toBe(true);
          expect(reason.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('refuses every query string with an unknown parameter', () => {
    const unknownName = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((name) => !Object.hasOwn(searchQuerySchema.def.shape, name));
    fc.assert(
      fc.property(junkParams, unknownName, (pairs, name) => {
        const result = parseSearchParams(new URLSearchParams([...pairs, [name, 'x']]));
        expect(result.ok).toBe(false);
      }),
    );
  });
});
