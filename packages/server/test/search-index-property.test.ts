import { type Group, type Schedule, TOPICS, WEEKDAYS } from '@peer-groups/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../src/search/fold-text.js';
import { distanceKm } from '../src/search/geo.js';
import { SearchIndex } from '../src/search/search-index.js';
import type { IndexPage, IndexQuery, NextMeetingFinder } from '../src/search/types.js';
import { makeGroup } from './support/groups.js';

const NOW = Date.parse('2026-11-02T12:00:00Z');
const TOPIC_IDS = ['depression', 'anxiety', 'alcohol', 'grief-and-loss', 'mental-health'];
const AUDIENCE_IDS = ['veterans', 'women', 'seniors'];
const LANGUAGES = ['en', 'es', 'es-MX', 'fr'];
const WORDS = ['Señora', 'circle', 'Grupo', 'peer', 'Muñoz', 'calm'];
const TIMES = ['08:00', '11:59', '12:00', '16:30', '17:00', '19:45'];
const FILTER_KEYS: Record<keyof Omit<IndexQuery, 'sort' | 'limit' | 'after' | 'facets'>, true> = {
  near: true,
  topics: true,
  audiences: true,
  attendance: true,
  days: true,
  timeOfDay: true,
  startsAfter: true,
  startsBefore: true,
  language: true,
  cost: true,
  accessibility: true,
  atFacility: true,
  acceptsReferrals: true,
  withinDays: true,
  q: true,
};

const scheduleArbitrary = fc.record({
  days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 3 }),
  startTime: fc.constantFrom(...TIMES),
});

const groupArbitrary = fc
  .record({
    topics: fc.uniqueArray(fc.constantFrom(...TOPIC_IDS), { minLength: 1, maxLength: 2 }),
    audiences: fc.uniqueArray(fc.constantFrom(...AUDIENCE_IDS), { maxLength: 2 }),
    attendance: fc.constantFrom('inPerson', 'online', 'hybrid' as const),
    lat: fc.double({ min: 42, max: 42.5, noNaN: true }),
    lng: fc.double({ min: -71.5, max: -71, noNaN: true }),
    cost: fc.constantFrom('free', 'donation', 'fee' as const),
    languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { minLength: 1, maxLength: 2 }),
    schedules: fc.array(scheduleArbitrary, { minLength: 1, maxLength: 2 }),
    name: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
    atFacility: fc.boolean(),
    referrals: fc.boolean(),
    nextInHours: fc.option(fc.integer({ min: -1, max: 24 * 40 }), { nil: undefined }),
  })
  .map((fields) => (id: string): { group: Group; nextInHours: number | undefined } => {
    const schedules: Schedule[] = fields.schedules.map((schedule) => ({
      frequency: 'weekly',
      days: schedule.days,
      startTime: schedule.startTime,
      endTime: '23:59',
      timeZone: 'America/New_York',
    }));
    const base = makeGroup(id, {
      topics: fields.topics,
      audiences: fields.audiences,
      cost: fields.cost,
      languages: fields.languages,
      schedules,
      name: fields.name.join(' '),
      referrals: { accepted: fields.referrals },
    });
    const location = {
      address: { locality: 'Somewhere', country: 'US' },
      coordinates: { lat: fields.lat, lng: fields.lng },
      atHealthcareFacility: fields.atFacility,
      accessibility: [],
    };
    const online = { platform: 'zoom' as const, joinUrl: 'https://zoom.example/j/1' };
    const { location: _unused, ...withoutLocation } = base;
    const group: Group =
      fields.attendance === 'online'
        ? { ...withoutLocation, attendance: 'online', online }
        : fields.attendance === 'hybrid'
          ? { ...base, attendance: 'hybrid', location, online }
          : { ...base, location };
    return { group, nextInHours: fields.nextInHours };
  });

const groupsArbitrary = (maxLength: number) =>
  fc
    .array(groupArbitrary, { minLength: 1, maxLength })
    .map((makers) => makers.map((make, index) => make(`g${index}`)));

const filtersArbitrary = fc.record({
  near: fc.record({
    lat: fc.double({ min: 42, max: 42.5, noNaN: true }),
    lng: fc.double({ min: -71.5, max: -71, noNaN: true }),
    radiusKm: fc.integer({ min: 1, max: 60 }),
  }),
  topics: fc.uniqueArray(fc.constantFrom(...TOPIC_IDS, 'substance-use'), {
    minLength: 1,
    maxLength: 2,
  }),
  audiences: fc.uniqueArray(fc.constantFrom(...AUDIENCE_IDS), { minLength: 1, maxLength: 2 }),
  attendance: fc.uniqueArray(fc.constantFrom('inPerson', 'online', 'hybrid' as const), {
    minLength: 1,
  }),
  days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 3 }),
  timeOfDay: fc.uniqueArray(fc.constantFrom('morning', 'afternoon', 'evening' as const), {
    minLength: 1,
  }),
  startsAfter: fc.constantFrom(...TIMES),
  startsBefore: fc.constantFrom(...TIMES),
  accessibility: fc.uniqueArray(fc.constantFrom('wheelchair', 'hearingLoop' as const), {
    minLength: 1,
  }),
  language: fc.uniqueArray(fc.constantFrom('en', 'es', 'es-mx', 'de'), { minLength: 1 }),
  cost: fc.uniqueArray(fc.constantFrom('free', 'donation', 'fee' as const), { minLength: 1 }),
  atFacility: fc.boolean(),
  acceptsReferrals: fc.boolean(),
  withinDays: fc.integer({ min: 1, max: 30 }),
  q: fc.constantFrom('senora', 'CIRCLE', 'muñoz grupo', 'calm peer'),
});

type Filters = Omit<IndexQuery, 'sort' | 'limit' | 'after' | 'facets'>;

/** A few filters at a time, so searches often match something. */
const queryArbitrary = fc
  .tuple(
    filtersArbitrary,
    fc.uniqueArray(fc.constantFrom(...(Object.keys(FILTER_KEYS) as (keyof Filters)[])), {
      maxLength: 3,
    }),
    fc.constantFrom('name', 'distance', 'next' as const),
  )
  .map(([filters, chosen, sort]) => {
    const query: Filters & { sort: IndexQuery['sort'] } = { sort };
    for (const key of chosen) Object.assign(query, { [key]: filters[key] });
    return query;
  });

const ANCESTORS = new Map(TOPICS.map((term) => [term.id, term.parent]));
const PERIODS = { morning: [0, 720], afternoon: [720, 1020], evening: [1020, 1440] } as const;

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

/** The plainest possible reading of the search rules, one group at a time. */
function bruteForce(groups: Group[], next: Map<string, number | undefined>, query: IndexQuery) {
  return groups.filter((group) => {
    const point = group.attendance === 'online' ? undefined : group.location?.coordinates;
    if (query.near !== undefined) {
      if (point === undefined) {
        if (!query.attendance?.includes('online')) return false;
      } else if (
        distanceKm(query.near.lat, query.near.lng, point.lat, point.lng) > query.near.radiusKm
      ) {
        return false;
      }
    }
    if (query.topics) {
      const expanded = new Set(group.topics);
      for (const topic of group.topics) {
        const parent = ANCESTORS.get(topic);
        if (parent) expanded.add(parent);
      }
      if (!query.topics.some((topic) => expanded.has(topic))) return false;
    }
    if (query.audiences && !query.audiences.some((value) => group.audiences.includes(value)))
      return false;
    if (query.attendance && !query.attendance.includes(group.attendance)) return false;
    const scheduleOk = group.schedules.some((schedule) => {
      const start = minutes(schedule.startTime);
      if (query.days && !query.days.some((day) => schedule.days.includes(day))) return false;
      if (query.startsAfter && start < minutes(query.startsAfter)) return false;
      if (query.startsBefore && start >= minutes(query.startsBefore)) return false;
      if (
        query.timeOfDay &&
        !query.timeOfDay.some((part) => start >= PERIODS[part][0] && start < PERIODS[part][1])
      ) {
        return false;
      }
      return true;
    });
    if (!scheduleOk) return false;
    if (query.language) {
      const tags = group.languages.flatMap((tag) => [
        tag.toLowerCase(),
        tag.toLowerCase().split('-')[0],
      ]);
      if (!query.language.some((tag) => tags.includes(tag))) return false;
    }
    if (query.cost && !query.cost.includes(group.cost)) return false;
    if (query.accessibility) {
      const features = point === undefined ? [] : (group.location?.accessibility ?? []);
      if (!query.accessibility.some((feature) => features.includes(feature))) return false;
    }
    const atFacility =
      point === undefined ? false : (group.location?.atHealthcareFacility ?? false);
    if (query.atFacility !== undefined && atFacility !== query.atFacility) return false;
    if (
      query.acceptsReferrals !== undefined &&
      group.referrals.accepted !== query.acceptsReferrals
    ) {
      return false;
    }
    if (query.q) {
      const text = foldText(`${group.name} ${group.description}`);
      if (
        !foldText(query.q)
          .split(' ')
          .every((word) => text.includes(word))
      )
        return false;
    }
    if (query.withinDays !== undefined) {
      const hours = next.get(group.id);
      if (hours === undefined || hours * 3_600_000 > query.withinDays * 86_400_000) return false;
    }
    return true;
  });
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Meetings repeating from each group's first one (in hours from NOW), every 1, 7 or 30 days and
 * lasting 1, 5 or 30 hours by the group's number, so the clock moves them on unevenly.
 */
function repeatingMeetings(firstInHours: Map<string, number | undefined>): NextMeetingFinder {
  return (group, at) => {
    const hours = firstInHours.get(group.id);
    if (hours === undefined) return null;
    const number = Number(group.id.slice(1));
    const period = [1, 7, 30][number % 3] as number;
    const length = ([1, 5, 30][Math.floor(number / 3) % 3] as number) * HOUR;
    const first = NOW + hours * HOUR;
    const passed = Math.max(0, Math.ceil((at - (first + length) + 1) / (period * DAY)));
    const start = first + passed * period * DAY;
    return { start, end: start + length, timeZone: 'UTC' };
  };
}

function indexOf(built: readonly { group: Group }[], nextMeeting: NextMeetingFinder): SearchIndex {
  const index = new SearchIndex({ nextMeeting });
  for (const item of built) index.upsert(item.group);
  return index;
}

describe('SearchIndex against a brute-force filter', () => {
  it('finds exactly the same groups, across every page, for random searches, facets or not', () => {
    fc.assert(
      fc.property(groupsArbitrary(60), queryArbitrary, (built, generated) => {
        const groups = built.map((item) => item.group);
        const next = new Map(built.map((item) => [item.group.id, item.nextInHours]));
        const index = new SearchIndex({
          nextMeeting: (group) => {
            const hours = next.get(group.id);
            return hours === undefined
              ? null
              : {
                  start: NOW + hours * 3_600_000,
                  end: NOW + (hours + 2) * 3_600_000,
                  timeZone: 'UTC',
                };
          },
        });
        for (const group of groups) index.upsert(group);
        const sort = generated.sort === 'distance' && !generated.near ? 'name' : generated.sort;
        const query: IndexQuery = { ...generated, sort, limit: 3 };

        const seen: string[] = [];
        let after: IndexQuery['after'];
        let total = -1;
        for (let page = 0; page < 30; page += 1) {
          const result = index.search({ ...query, ...(after ? { after } : {}) }, NOW);
          const uncounted = index.search(
            { ...query, facets: false, ...(after ? { after } : {}) },
            NOW,
          );
          expect(uncounted.hits.map((hit) => hit.group.id)).toEqual(
            result.hits.map((hit) => hit.group.id),
          );
          expect([uncounted.total, uncounted.next]).toEqual([result.total, result.next]);
          if (total === -1) total = result.total;
          seen.push(...result.hits.map((hit) => hit.group.id));
          if (result.next === null) break;
          after = result.next;
        }
        const expected = bruteForce(groups, next, query).map((group) => group.id);
        expect([...seen].sort()).toEqual([...expected].sort());
        expect(new Set(seen).size).toBe(seen.length);
        expect(total).toBe(expected.length);
      }),
      { numRuns: 300, seed: 20261102 },
    );
  });

  it('gives the same page at every instant before the validUntil it reports', () => {
    fc.assert(
      fc.property(
        groupsArbitrary(40),
        queryArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (built, generated, share) => {
          const finder = repeatingMeetings(
            new Map(built.map((item) => [item.group.id, item.nextInHours])),
          );
          const sort = generated.sort === 'distance' && !generated.near ? 'name' : generated.sort;
          const firstPage: IndexQuery = { ...generated, sort, limit: 2 };
          const view = (result: IndexPage) => ({
            hits: result.hits.map((hit) => [hit.group.id, hit.nextMeeting?.start]),
            total: result.total,
            facets: result.facets,
            next: result.next,
          });
          const first = indexOf(built, finder).search(firstPage, NOW);
          // The second page too: what a cursor skips can move after it as meetings end.
          const queries = [firstPage];
          if (first.next !== null) queries.push({ ...firstPage, after: first.next });
          for (const query of queries) {
            const answer = indexOf(built, finder).search(query, NOW);
            expect(answer.validUntil).toBeGreaterThan(NOW);
            const horizon = Math.min(answer.validUntil, NOW + 40 * DAY);
            // The last instant it claims, where a missed change shows most, and one at random.
            for (const later of [horizon - 1, NOW + Math.floor(share * (horizon - NOW - 1))]) {
              // A fresh index, so nothing it remembers from the first search can hide a change.
              const page = indexOf(built, finder).search(query, later);
              expect(view(page)).toEqual(view(answer));
            }
          }
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it('counts each facet as a brute-force search without that filter would', () => {
    fc.assert(
      fc.property(groupsArbitrary(30), queryArbitrary, (built, generated) => {
        const groups = built.map((item) => item.group);
        const index = new SearchIndex({ nextMeeting: () => null });
        for (const group of groups) index.upsert(group);
        const { withinDays: _ignored, ...rest } = generated;
        const query: IndexQuery = { ...rest, sort: 'name', limit: 1 };
        const { facets } = index.search(query, NOW);
        const none = new Map<string, undefined>();
        for (const audience of AUDIENCE_IDS) {
          const matching = bruteForce(groups, none, { ...query, audiences: [audience] });
          expect(facets.audiences[audience] ?? 0).toBe(matching.length);
        }
        for (const value of ['inPerson', 'online', 'hybrid'] as const) {
          const matching = bruteForce(groups, none, { ...query, attendance: [value] });
          expect(facets.attendance[value]).toBe(matching.length);
        }
        for (const day of WEEKDAYS) {
          const matching = bruteForce(groups, none, { ...query, days: [day] });
          expect(facets.days[day]).toBe(matching.length);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
