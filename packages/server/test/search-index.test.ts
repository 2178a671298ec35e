import type { Group } from '@peer-groups/core';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../src/search/search-index.js';
import type { IndexQuery, NextMeetingFinder } from '../src/search/types.js';
import { makeGroup, makeOnlineGroup } from './support/groups.js';

const NOW = Date.parse('2026-11-02T12:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Next meetings by group id, as offsets from NOW; groups not listed have none left. */
function finderFrom(startsInHours: Record<string, number>): NextMeetingFinder {
  return (group) => {
    const hours = startsInHours[group.id];
    if (hours === undefined) return null;
    return { start: NOW + hours * HOUR, end: NOW + (hours + 1) * HOUR, timeZone: 'UTC' };
  };
}

function indexOf(groups: Group[], finder: NextMeetingFinder = () => null): SearchIndex {
  const index = new SearchIndex({ nextMeeting: finder });
  for (const group of groups) index.upsert(group);
  return index;
}

function query(overrides: Partial<IndexQuery> = {}): IndexQuery {
  return { sort: 'name', limit: 100, ...overrides };
}

function ids(index: SearchIndex, overrides: Partial<IndexQuery> = {}): string[] {
  return index.search(query(overrides), NOW).hits.map((hit) => hit.group.id);
}

function at(lat: number, lng: number): Pick<Group, 'location'> {
  return {
    location: {
      address: { locality: 'Somewhere', country: 'US' },
      coordinates: { lat, lng },
      atHealthcareFacility: false,
      accessibility: [],
    },
  };
}

// Boston, and points roughly 10 km and 60 km away.
const BOSTON = { lat: 42.3601, lng: -71.0589 };

describe('SearchIndex radius', () => {
  const index = indexOf([
    makeGroup('centre', at(BOSTON.lat, BOSTON.lng)),
    makeGroup('ten-km', at(42.45, -71.0589)),
    makeGroup('sixty-km', at(42.9, -71.0589)),
    makeOnlineGroup('online'),
  ]);

  it('keeps groups inside the radius only', () => {
    expect(ids(index, { near: { ...BOSTON, radiusKm: 25 } })).toEqual(['centre', 'ten-km']);
  });

  it('widens with the radius', () => {
    expect(ids(index, { near: { ...BOSTON, radiusKm: 100 } }).sort()).toEqual([
      'centre',
      'sixty-km',
      'ten-km',
    ]);
  });

  it('measures distance in kilometres', () => {
    const page = index.search(query({ near: { ...BOSTON, radiusKm: 25 }, sort: 'distance' }), NOW);
    expect(page.hits[0]?.distanceKm).toBeCloseTo(0, 5);
    expect(page.hits[1]?.distanceKm).toBeCloseTo(9.97, 1);
  });

  it('includes online-only groups, without distance, when attendance asks for online', () => {
    const page = index.search(
      query({ near: { ...BOSTON, radiusKm: 25 }, attendance: ['inPerson', 'online'] }),
      NOW,
    );
    const online = page.hits.find((hit) => hit.group.id === 'online');
    expect(online).toBeDefined();
    expect(online?.distanceKm).toBeUndefined();
  });

  it('leaves online-only groups out of a radius search that does not ask for them', () => {
    expect(ids(index, { near: { ...BOSTON, radiusKm: 25 } })).not.toContain('online');
  });

  it('counts online-only groups in the attendance facet, showing what choosing online gives', () => {
    const page = index.search(query({ near: { ...BOSTON, radiusKm: 25 } }), NOW);
    expect(page.facets.attendance).toEqual({ inPerson: 2, online: 1, hybrid: 0 });
  });

  it('keeps the online count right across repeated searches and writes', () => {
    const counting = indexOf([
      makeGroup('centre', at(BOSTON.lat, BOSTON.lng)),
      makeOnlineGroup('o1'),
    ]);
    const online = () =>
      counting.search(query({ near: { ...BOSTON, radiusKm: 25 }, topics: ['grief-and-loss'] }), NOW)
        .facets.attendance.online;
    expect(online()).toBe(1);
    expect(online()).toBe(1);
    counting.upsert(makeOnlineGroup('o2'));
    expect(online()).toBe(2);
    counting.upsert(makeOnlineGroup('o2', { topics: ['anxiety'] }));
    expect(online()).toBe(1);
    counting.remove('o1');
    expect(online()).toBe(0);
  });

  it('finds points across the antimeridian', () => {
    const pacific = indexOf([
      makeGroup('fiji-east', at(-17.7, 179.99)),
      makeGroup('fiji-west', at(-17.7, -179.99)),
    ]);
    expect(ids(pacific, { near: { lat: -17.7, lng: 179.995, radiusKm: 10 } }).sort()).toEqual([
      'fiji-east',
      'fiji-west',
    ]);
  });

  it('finds points near a pole', () => {
    const polar = indexOf([
      makeGroup('station', at(89.9, 10)),
      makeGroup('other-side', at(89.9, -170)),
    ]);
    expect(ids(polar, { near: { lat: 89.95, lng: 0, radiusKm: 50 } }).sort()).toEqual([
      'other-side',
      'station',
    ]);
  });
});

describe('SearchIndex filters', () => {
  const index = indexOf([
    makeGroup('depression', { topics: ['depression'], audiences: ['veterans'] }),
    makeGroup('alcohol', { topics: ['alcohol'], cost: 'donation', languages: ['es-MX'] }),
    makeGroup('grief', {
      topics: ['grief-and-loss'],
      attendance: 'hybrid',
      online: { platform: 'zoom', joinUrl: 'https://zoom.example/j/1' },
      referrals: { accepted: true },
      schedules: [
        {
          frequency: 'weekly',
          days: ['sat'],
          startTime: '10:00',
          endTime: '11:00',
          timeZone: 'America/New_York',
        },
      ],
    }),
    makeGroup('facility', {
      location: {
        ...(makeGroup('x').location as NonNullable<Group['location']>),
        atHealthcareFacility: true,
        accessibility: ['wheelchair', 'hearingLoop'],
      },
      schedules: [
        {
          frequency: 'weekly',
          days: ['mon', 'wed'],
          startTime: '13:30',
          endTime: '15:00',
          timeZone: 'America/New_York',
        },
      ],
    }),
  ]);

  it('matches a topic and its narrower terms', () => {
    expect(ids(index, { topics: ['mental-health'] })).toEqual(['depression']);
    expect(ids(index, { topics: ['substance-use'] })).toEqual(['alcohol']);
  });

  it('matches any of several listed values', () => {
    expect(ids(index, { topics: ['depression', 'alcohol'] })).toEqual(['alcohol', 'depression']);
  });

  it('requires every filter to match', () => {
    expect(ids(index, { topics: ['depression', 'alcohol'], audiences: ['veterans'] })).toEqual([
      'depression',
    ]);
  });

  it('matches nothing for an unknown topic', () => {
    expect(ids(index, { topics: ['not-a-topic'] })).toEqual([]);
  });

  it('filters by attendance', () => {
    expect(ids(index, { attendance: ['hybrid'] })).toEqual(['grief']);
  });

  it('filters by meeting day', () => {
    expect(ids(index, { days: ['sat'] })).toEqual(['grief']);
    expect(ids(index, { days: ['wed'] })).toEqual(['facility']);
  });

  it('filters by time of day in local time', () => {
    expect(ids(index, { timeOfDay: ['morning'] })).toEqual(['grief']);
    expect(ids(index, { timeOfDay: ['afternoon'] })).toEqual(['facility']);
    expect(ids(index, { timeOfDay: ['evening'] })).toEqual(['alcohol', 'depression']);
  });

  it('filters by start time bounds, after inclusive and before exclusive', () => {
    expect(ids(index, { startsAfter: '13:30', startsBefore: '18:30' })).toEqual(['facility']);
    expect(ids(index, { startsAfter: '13:31' })).toEqual(['alcohol', 'depression']);
  });

  it('ties days and times to the same schedule', () => {
    expect(ids(index, { days: ['sat'], timeOfDay: ['afternoon'] })).toEqual([]);
  });

  it('filters by language, a primary tag matching its regional tags', () => {
    expect(ids(index, { language: ['es'] })).toEqual(['alcohol']);
    expect(ids(index, { language: ['es-mx'] })).toEqual(['alcohol']);
    expect(ids(index, { language: ['es-ES'] })).toEqual([]);
  });

  it('filters by cost', () => {
    expect(ids(index, { cost: ['donation', 'fee'] })).toEqual(['alcohol']);
  });

  it('filters by accessibility, any listed feature', () => {
    expect(ids(index, { accessibility: ['hearingLoop', 'childcare'] })).toEqual(['facility']);
  });

  it('filters by healthcare facility and referrals, both ways', () => {
    expect(ids(index, { atFacility: true })).toEqual(['facility']);
    expect(ids(index, { atFacility: false })).toHaveLength(3);
    expect(ids(index, { acceptsReferrals: true })).toEqual(['grief']);
    expect(ids(index, { acceptsReferrals: false })).toHaveLength(3);
  });
});

describe('SearchIndex text search', () => {
  const index = indexOf([
    makeGroup('spanish', { name: 'Grupo de Apoyo Señora Muñoz', description: 'Para familias.' }),
    makeGroup('english', { name: 'Anxiety Circle', description: 'Calm, PEER-LED evenings.' }),
  ]);

  it('ignores case and accents on both sides', () => {
    expect(ids(index, { q: 'senora MUNOZ' })).toEqual(['spanish']);
    expect(ids(index, { q: 'Señora' })).toEqual(['spanish']);
    expect(ids(index, { q: 'ANXIÉTY' })).toEqual(['english']);
  });

  it('searches descriptions and needs every word', () => {
    expect(ids(index, { q: 'peer led' })).toEqual(['english']);
    expect(ids(index, { q: 'peer familias' })).toEqual([]);
  });

  it('matches word parts', () => {
    expect(ids(index, { q: 'famil' })).toEqual(['spanish']);
  });

  it('treats a query of punctuation only as no text filter', () => {
    expect(ids(index, { q: '  ?! ' })).toHaveLength(2);
  });
});

describe('SearchIndex next meetings', () => {
  const groups = [makeGroup('soon'), makeGroup('later'), makeGroup('never'), makeGroup('now')];
  const finder = finderFrom({ soon: 2, later: 24 * 20, now: -0.5 });

  it('filters by meetings within the next days', () => {
    const index = indexOf(groups, finder);
    expect(ids(index, { withinDays: 1 })).toEqual(['now', 'soon']);
    expect(ids(index, { withinDays: 30 })).toEqual(['later', 'now', 'soon']);
  });

  it('sorts by next meeting, groups without one last', () => {
    const index = indexOf(groups, finder);
    expect(ids(index, { sort: 'next' })).toEqual(['now', 'soon', 'later', 'never']);
  });

  it('reports the next meeting of each hit', () => {
    const index = indexOf(groups, finder);
    const soon = index.search(query({ sort: 'next' }), NOW).hits[1];
    expect(soon?.nextMeeting).toEqual({
      start: NOW + 2 * HOUR,
      end: NOW + 3 * HOUR,
      timeZone: 'UTC',
    });
  });

  it('asks for a next meeting again only once the cached one has ended', () => {
    let calls = 0;
    const index = indexOf([makeGroup('g1')], (_group, now) => {
      calls += 1;
      return { start: now + HOUR, end: now + 2 * HOUR, timeZone: 'UTC' };
    });
    index.search(query({ sort: 'next' }), NOW);
    index.search(query({ sort: 'next' }), NOW + HOUR);
    expect(calls).toBe(1);
    index.search(query({ sort: 'next' }), NOW + 2 * HOUR);
    expect(calls).toBe(2);
  });

  it('warms next meetings ahead of searches in bounded steps', () => {
    let calls = 0;
    const index = indexOf(groups, (group, now) => {
      calls += 1;
      return finder(group, now);
    });
    expect(index.warmNextMeetings(3, NOW)).toBe(1);
    expect(index.warmNextMeetings(3, NOW)).toBe(0);
    index.search(query({ withinDays: 5 }), NOW);
    expect(calls).toBe(4);
    expect(index.warmNextMeetings(10, NOW + 40 * DAY)).toBe(0);
  });
});

describe('SearchIndex facets', () => {
  const index = indexOf([
    makeGroup('a', { topics: ['depression'], audiences: ['veterans'], languages: ['en'] }),
    makeGroup('b', { topics: ['anxiety'], audiences: ['women'], languages: ['es'] }),
    makeGroup('c', { topics: ['alcohol'], audiences: ['veterans'], languages: ['en', 'es'] }),
  ]);

  it('counts each value, topics including their broader terms', () => {
    const { facets } = index.search(query(), NOW);
    expect(facets.topics).toEqual({
      depression: 1,
      'mental-health': 2,
      anxiety: 1,
      alcohol: 1,
      'substance-use': 1,
    });
    expect(facets.audiences).toEqual({ veterans: 2, women: 1 });
    expect(facets.languages).toEqual({ en: 2, es: 2 });
    expect(facets.days).toEqual({ mon: 0, tue: 3, wed: 0, thu: 0, fri: 0, sat: 0, sun: 0 });
  });

  it('counts a filter with every other filter applied but not its own', () => {
    const { facets, total } = index.search(query({ audiences: ['veterans'] }), NOW);
    expect(total).toBe(2);
    expect(facets.audiences).toEqual({ veterans: 2, women: 1 });
    expect(facets.topics).toEqual({
      depression: 1,
      'mental-health': 1,
      alcohol: 1,
      'substance-use': 1,
    });
  });

  it('counts nothing when asked for no facets, with the same matches', () => {
    const counted = index.search(query({ audiences: ['veterans'] }), NOW);
    const uncounted = index.search(query({ audiences: ['veterans'], facets: false }), NOW);
    expect(uncounted.total).toBe(counted.total);
    expect(uncounted.facets.topics).toEqual({});
    expect(uncounted.facets.audiences).toEqual({ veterans: 0 });
    expect(Object.values(uncounted.facets.days).every((count) => count === 0)).toBe(true);
  });

  it('shows a selected value with no matches as 0', () => {
    const { facets } = index.search(query({ topics: ['hiv'], audiences: ['veterans'] }), NOW);
    expect(facets.topics.hiv).toBe(0);
    expect(facets.audiences).toEqual({ veterans: 0 });
  });
});

describe('SearchIndex sorting and pages', () => {
  const groups = Array.from({ length: 45 }, (_, index) =>
    makeGroup(`g${String(index).padStart(2, '0')}`, {
      name: `${['Zeta', 'Álpha', 'beta'][index % 3]} circle`,
      ...at(42 + index * 0.001, -71),
    }),
  );

  function allPages(index: SearchIndex, overrides: Partial<IndexQuery>): string[] {
    const seen: string[] = [];
    let after: IndexQuery['after'];
    for (let page = 0; page < 50; page += 1) {
      const result = index.search(
        query({ ...overrides, limit: 7, ...(after ? { after } : {}) }),
        NOW,
      );
      seen.push(...result.hits.map((hit) => hit.group.id));
      if (result.next === null) break;
      after = result.next;
    }
    return seen;
  }

  it('sorts by folded name, then id', () => {
    const index = indexOf(groups);
    const names = index.search(query({ limit: 45 }), NOW).hits.map((hit) => hit.group.name);
    expect(names.slice(0, 15).every((name) => name === 'Álpha circle')).toBe(true);
    expect(names.slice(15, 30).every((name) => name === 'beta circle')).toBe(true);
  });

  it('sorts by distance, nearest first', () => {
    const index = indexOf(groups);
    const result = index.search(
      query({ sort: 'distance', near: { lat: 42, lng: -71, radiusKm: 50 } }),
      NOW,
    );
    const distances = result.hits.map((hit) => hit.distanceKm ?? Number.NaN);
    expect(distances).toEqual([...distances].sort((left, right) => left - right));
    expect(result.hits[0]?.group.id).toBe('g00');
  });

  it('pages without gaps or duplicates, for every sort', () => {
    const index = indexOf(groups);
    for (const sort of ['name', 'distance', 'next'] as const) {
      const seen = allPages(index, { sort, near: { lat: 42, lng: -71, radiusKm: 50 } });
      expect(seen).toHaveLength(45);
      expect(new Set(seen).size).toBe(45);
    }
  });

  it('keeps pages stable when a group before the cursor is removed', () => {
    const index = indexOf(groups);
    const first = index.search(query({ limit: 10 }), NOW);
    const before = first.hits.map((hit) => hit.group.id);
    index.remove(before[0] as string);
    const second = index.search(
      query({ limit: 10, ...(first.next ? { after: first.next } : {}) }),
      NOW,
    );
    const everything = indexOf(groups)
      .search(query({ limit: 45 }), NOW)
      .hits.map((hit) => hit.group.id);
    expect([...before, ...second.hits.map((hit) => hit.group.id)]).toEqual(everything.slice(0, 20));
  });

  it('reports the total across pages and no next key on the last page', () => {
    const index = indexOf(groups);
    const result = index.search(query({ limit: 100 }), NOW);
    expect(result.total).toBe(45);
    expect(result.next).toBeNull();
  });
});

describe('SearchIndex updates', () => {
  it('replaces a group written again', () => {
    const index = indexOf([makeGroup('g1', { topics: ['anxiety'] })]);
    index.upsert(makeGroup('g1', { topics: ['alcohol'] }));
    expect(index.size).toBe(1);
    expect(ids(index, { topics: ['anxiety'] })).toEqual([]);
    expect(ids(index, { topics: ['alcohol'] })).toEqual(['g1']);
  });

  it('moves a group on the map when its location changes', () => {
    const index = indexOf([makeGroup('g1', at(BOSTON.lat, BOSTON.lng))]);
    index.upsert(makeGroup('g1', at(40.7, -74)));
    expect(ids(index, { near: { ...BOSTON, radiusKm: 25 } })).toEqual([]);
    expect(ids(index, { near: { lat: 40.7, lng: -74, radiusKm: 25 } })).toEqual(['g1']);
  });

  it('forgets a removed group', () => {
    const index = indexOf([makeGroup('g1'), makeGroup('g2'), makeOnlineGroup('g3')]);
    index.remove('g1');
    index.remove('g3');
    index.remove('unknown');
    expect(index.size).toBe(1);
    expect(index.has('g1')).toBe(false);
    expect(ids(index)).toEqual(['g2']);
  });

  it('moves its revision on every change, and only then', () => {
    const index = indexOf([makeGroup('g1')]);
    const before = index.revision;
    index.search(query(), NOW);
    expect(index.revision).toBe(before);
    index.upsert(makeGroup('g2'));
    const added = index.revision;
    expect(added).toBeGreaterThan(before);
    index.remove('unknown');
    expect(index.revision).toBe(added);
    index.remove('g1');
    expect(index.revision).toBeGreaterThan(added);
  });
});

describe('SearchIndex answer validity', () => {
  it('holds a page until the first shown meeting ends, and forever without meetings', () => {
    const index = indexOf([makeGroup('a'), makeGroup('b')], finderFrom({ a: 5, b: 2 }));
    expect(index.search(query(), NOW).validUntil).toBe(NOW + 3 * HOUR);
    expect(indexOf([makeGroup('a')]).search(query(), NOW).validUntil).toBe(NOW + 6 * HOUR);
  });

  it('ends when a meeting comes within withinDays', () => {
    const index = indexOf([makeGroup('a'), makeGroup('b')], finderFrom({ a: 50, b: 2 }));
    const page = index.search(query({ withinDays: 1 }), NOW);
    expect(page.hits.map((hit) => hit.group.id)).toEqual(['b']);
    // b's meeting ends at +3 h; a's comes within a day at +26 h.
    expect(page.validUntil).toBe(NOW + 3 * HOUR);
    const alone = indexOf([makeGroup('a')], finderFrom({ a: 50 }));
    const empty = alone.search(query({ withinDays: 1 }), NOW);
    expect(empty.total).toBe(0);
    expect(empty.validUntil).toBe(NOW + 26 * HOUR);
  });
});
