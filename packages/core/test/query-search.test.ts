import { describe, expect, it } from 'vitest';
import type { SearchQuery } from '../src/index.js';
import { parseSearchParams, searchQueryToParams } from '../src/index.js';

function parse(query: string) {
  return parseSearchParams(new URLSearchParams(query));
}

/** The reasons given per parameter, for a query string expected to be refused. */
function reasonsFor(query: string): Record<string, string> {
  const result = parse(query);
  if (result.ok) throw new Error(`expected "${query}" to be refused`);
  const reasons: Record<string, string> = {};
  for (const { name, reason } of result.invalidParams) {
    reasons[name] = reasons[name] === undefined ? reason : `${reasons[name]} | ${reason}`;
  }
  return reasons;
}

function queryOf(query: string): SearchQuery {
  const result = parse(query);
  if (!result.ok) throw new Error(`expected "${query}" to parse: ${JSON.stringify(result)}`);
  return result.query;
}

describe('searchQueryToParams', () => {
  it('writes parameters in canonical order whatever the key order of the query', () => {
    const params = searchQueryToParams({
      limit: 10,
      q: 'grief',
      topics: ['depression', 'anxiety'],
      near: { lat: 42.37, lng: -71.11 },
    });
    expect([...params.keys()]).toEqual(['near', 'topics', 'q', 'limit']);
  });

  it('writes lists comma-separated and coordinates as lat,lng', () => {
    const params = searchQueryToParams({
      near: { lat: 42.3736, lng: -71.1097 },
      days: ['mon', 'wed'],
    });
    expect(params.get('near')).toBe('42.3736,-71.1097');
    expect(params.get('days')).toBe('mon,wed');
  });

  it('writes booleans as true and false', () => {
    const params = searchQueryToParams({ atFacility: true, acceptsReferrals: false });
    expect(params.toString()).toBe('atFacility=true&acceptsReferrals=false');
  });

  it('leaves out empty lists and an empty q, which filter nothing', () => {
    expect(searchQueryToParams({ topics: [], q: '', days: [] }).toString()).toBe('');
  });

  it('makes equal URLs for equal queries built in different orders', () => {
    const first = searchQueryToParams({ sort: 'name', cost: ['free'], withinDays: 7 });
    const second = searchQueryToParams({ withinDays: 7, cost: ['free'], sort: 'name' });
    expect(first.toString()).toBe(second.toString());
  });
});

describe('parseSearchParams: accepted queries', () => {
  it('reads an empty query as a search for everything', () => {
    expect(queryOf('')).toEqual({});
  });

  it('reads near as coordinates when it is lat,lng', () => {
    expect(queryOf('near=42.37,-71.11').near).toEqual({ lat: 42.37, lng: -71.11 });
  });

  it('forgives spaces around the comma of coordinates', () => {
    expect(queryOf('near=42.37%2C%20-71.11').near).toEqual({ lat: 42.37, lng: -71.11 });
  });

  it('keeps any other near as text for the server to resolve', () => {
    expect(queryOf('near=02138').near).toBe('02138');
    expect(queryOf('near=Cambridge%2C+MA').near).toBe('Cambridge, MA');
  });

  it('reads every kind of parameter into its typed form', () => {
    expect(
      queryOf(
        'near=Boston&radiusKm=12.5&topics=depression,anxiety&audiences=veterans&attendance=inPerson,hybrid' +
          '&days=mon,sat&startsAfter=17:00&startsBefore=21:30&language=en,es-MX&cost=free,donation' +
          '&accessibility=wheelchair&atFacility=true&acceptsReferrals=false&withinDays=14&q=duelo' +
          '&sort=next&limit=50&cursor=abc123',
      ),
    ).toEqual({
      near: 'Boston',
      radiusKm: 12.5,
      topics: ['depression', 'anxiety'],
      audiences: ['veterans'],
      attendance: ['inPerson', 'hybrid'],
      days: ['mon', 'sat'],
      startsAfter: '17:00',
      startsBefore: '21:30',
      language: ['en', 'es-MX'],
      cost: ['free', 'donation'],
      accessibility: ['wheelchair'],
      atFacility: true,
      acceptsReferrals: false,
      withinDays: 14,
      q: 'duelo',
      sort: 'next',
      limit: 50,
      cursor: 'abc123',
    });
  });

  it('forgives spaces around list values', () => {
    expect(queryOf('topics=depression,%20anxiety').topics).toEqual(['depression', 'anxiety']);
  });

  it('accepts sort=distance with near', () => {
    expect(queryOf('near=02138&sort=distance').sort).toBe('distance');
  });

  it('accepts timeOfDay on its own', () => {
    expect(queryOf('timeOfDay=morning,evening').timeOfDay).toEqual(['morning', 'evening']);
  });
});

describe('parseSearchParams: refused queries name the parameter and say why', () => {
  it('refuses an unknown parameter and lists the known ones', () => {
    expect(reasonsFor('colour=blue').colour).toMatch(
      /unknown parameter; known parameters are near, radiusKm/,
    );
  });

  it('suggests the parameter a mistyped name meant', () => {
    expect(reasonsFor('radius_km=5').radius_km).toBe('unknown parameter; did you mean "radiusKm"?');
    expect(reasonsFor('TOPICS=grief').TOPICS).toBe('unknown parameter; did you mean "topics"?');
  });

  it('refuses a repeated list parameter and says to comma-separate', () => {
    expect(reasonsFor('topics=depression&topics=anxiety').topics).toBe(
      'given 2 times; send it once, with values separated by commas',
    );
  });

  it('refuses a repeated single-value parameter', () => {
    expect(reasonsFor('limit=5&limit=6').limit).toBe('given 2 times; send it once');
  });

  it('refuses malformed numbers', () => {
    expect(reasonsFor('radiusKm=ten').radiusKm).toBe('must be a number, such as 12.5');
    expect(reasonsFor('limit=2.5').limit).toBe('must be a whole number, such as 20');
    expect(reasonsFor('withinDays=').withinDays).toBe('must be a whole number, such as 20');
  });

  it('refuses values out of range', () => {
    expect(reasonsFor('radiusKm=501').radiusKm).toBe('must be at most 500');
    expect(reasonsFor('radiusKm=0').radiusKm).toBe('must be more than 0');
    expect(reasonsFor('limit=0').limit).toBe('must be at least 1');
    expect(reasonsFor('limit=101').limit).toBe('must be at most 100');
    expect(reasonsFor('withinDays=91').withinDays).toBe('must be at most 90');
  });

  it('refuses malformed booleans', () => {
    expect(reasonsFor('atFacility=yes').atFacility).toBe('must be true or false');
    expect(reasonsFor('acceptsReferrals=TRUE').acceptsReferrals).toBe('must be true or false');
  });

  it('refuses malformed times', () => {
    expect(reasonsFor('startsAfter=7pm').startsAfter).toBe('must be a 24-hour time "HH:MM"');
    expect(reasonsFor('startsBefore=24:00').startsBefore).toBe('must be a 24-hour time "HH:MM"');
  });

  it('refuses malformed lists', () => {
    expect(reasonsFor('topics=depression,,anxiety').topics).toMatch(/has an empty value/);
    expect(reasonsFor('days=mon,').days).toMatch(/has an empty value/);
    expect(reasonsFor('topics=').topics).toMatch(/^is empty/);
  });

  it('names an unknown enum value and the allowed values', () => {
    expect(reasonsFor('attendance=inperson').attendance).toBe(
      'unknown value "inperson"; allowed values are inPerson, online, hybrid',
    );
    expect(reasonsFor('days=mon,monday').days).toBe(
      'unknown value "monday"; allowed values are mon, tue, wed, thu, fri, sat, sun',
    );
    expect(reasonsFor('sort=relevance').sort).toBe(
      'unknown value "relevance"; allowed values are distance, next, name',
    );
  });

  it('names the list value that is not a term id', () => {
    expect(reasonsFor('topics=depression,Grief%20Loss').topics).toBe(
      '"Grief Loss" must be a kebab-case term id such as "substance-use"',
    );
  });

  it('refuses a language that is not a BCP 47 tag', () => {
    expect(reasonsFor('language=english!').language).toMatch(/BCP 47/);
  });

  it('refuses too many list values', () => {
    const many = Array.from({ length: 21 }, (_, index) => `topic-${index}`).join(',');
    expect(reasonsFor(`topics=${many}`).topics).toBe('must list at most 20 values');
  });

  it('refuses coordinates out of range', () => {
    expect(reasonsFor('near=91,10').near).toMatch(/latitude must be between -90 and 90/);
    expect(reasonsFor('near=10,-181').near).toMatch(/longitude must be between -180 and 180/);
  });

  it('refuses a place name longer than 100 characters', () => {
    expect(reasonsFor(`near=${'a'.repeat(101)}`).near).toBe('must be at most 100 characters');
  });

  it('refuses a blank near', () => {
    expect(reasonsFor('near=%20%20').near).toMatch(/postal code or a place name/);
  });

  it('refuses sort=distance without near', () => {
    expect(reasonsFor('sort=distance').sort).toMatch(/sort=distance needs near/);
  });

  it('refuses sort=distance without near even when other parameters are bad too', () => {
    expect(Object.keys(reasonsFor('sort=distance&limit=0')).sort()).toEqual(['limit', 'sort']);
  });

  it('does not blame sort when near is given but malformed', () => {
    expect(Object.keys(reasonsFor('sort=distance&near=91,0'))).toEqual(['near']);
  });

  it('refuses timeOfDay together with startsAfter or startsBefore', () => {
    expect(reasonsFor('timeOfDay=evening&startsAfter=18:00').timeOfDay).toMatch(
      /cannot be combined with startsAfter or startsBefore/,
    );
    expect(reasonsFor('timeOfDay=evening&startsBefore=20:00').timeOfDay).toMatch(
      /use one or the other/,
    );
  });

  it('refuses startsAfter not before startsBefore', () => {
    expect(reasonsFor('startsAfter=19:00&startsBefore=18:00').startsAfter).toBe(
      'must be before startsBefore (19:00 is not before 18:00)',
    );
    expect(reasonsFor('startsAfter=18:00&startsBefore=18:00').startsAfter).toMatch(
      /must be before/,
    );
  });

  it('refuses q longer than 200 characters', () => {
    expect(reasonsFor(`q=${'a'.repeat(201)}`).q).toBe('must be at most 200 characters');
  });

  it('names every bad parameter at once', () => {
    expect(
      Object.keys(reasonsFor('limit=0&days=funday&colour=red&atFacility=maybe')).sort(),
    ).toEqual(['atFacility', 'colour', 'days', 'limit']);
  });
});
