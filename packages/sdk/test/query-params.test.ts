import { type SearchQuery, searchFields, searchQueryToParams } from '@peer-groups/core';
import { describe, expect, it } from 'vitest';
import { queryParams } from '../src/transport/query-params.js';

const queries: Record<string, SearchQuery> = {
  empty: {},
  'a place name': { near: 'Cambridge, MA', radiusKm: 15 },
  coordinates: { near: { lat: 42.36, lng: -71.1 }, sort: 'distance' },
  'every filter': {
    near: '02139',
    radiusKm: 2.5,
    topics: ['grief-and-loss', 'anxiety'],
    audiences: ['veterans'],
    attendance: ['online', 'hybrid'],
    days: ['tue', 'thu'],
    startsAfter: '17:00',
    startsBefore: '21:30',
    language: ['es', 'en'],
    cost: ['free'],
    accessibility: ['wheelchair'],
    atFacility: true,
    acceptsReferrals: false,
    withinDays: 7,
    q: 'caregivers & friends',
    sort: 'next',
    limit: 50,
    cursor: 'abc=/+',
  },
  'empty lists': { topics: [], days: [] },
};

describe('search parameters', () => {
  for (const [name, query] of Object.entries(queries)) {
    it(`writes ${name} exactly as the directory's own codec does`, () => {
      expect(queryParams(searchFields, query).toString()).toBe(
        searchQueryToParams(query).toString(),
      );
    });
  }

  it('leaves out what means no filter', () => {
    expect(queryParams(searchFields, { topics: [], q: '' }).toString()).toBe('');
  });
});
