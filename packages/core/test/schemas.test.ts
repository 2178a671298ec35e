import { describe, expect, it } from 'vitest';
import {
  anonymousName,
  groupListingSchema,
  groupSchema,
  problemSchema,
  scheduleSchema,
  searchPageSchema,
  searchQuerySchema,
  submissionInputSchema,
} from '../src/index.js';
import { validGroup } from './fixtures.js';

// biome-ignore lint/suspicious/noExplicitAny: each case reaches into one nested field of a valid group to break it.
type LooseGroup = Record<string, any>;
type Mutation = (group: LooseGroup) => void;

/** The paths and messages of the issues a parse raised, for readable assertions. */
function issuesOf(
  schema: {
    safeParse(value: unknown): {
      success: boolean;
      error?: { issues: { path: PropertyKey[]; message: string }[] };
    };
  },
  value: unknown,
) {
  const result = schema.safeParse(value);
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
}

function brokenGroup(mutate: Mutation) {
  const group: LooseGroup = structuredClone(validGroup());
  mutate(group);
  return group;
}

describe('groupSchema', () => {
  it('accepts a complete group', () => {
    expect(issuesOf(groupSchema, validGroup())).toEqual([]);
  });

  it('accepts an online-only group without a location', () => {
    const group = brokenGroup((g) => {
      g.attendance = 'online';
      delete g.location;
    });
    expect(issuesOf(groupSchema, group)).toEqual([]);
  });

  it.each(['Ana', 'Bob W.', 'Mary-Jo', 'José L', 'Zoë'])(
    'accepts %s as the contact of a group that keeps anonymity',
    (name) => {
      const group = brokenGroup((g) => {
        g.anonymous = true;
        g.contact = { name, phone: '+1 617 555 0100' };
      });
      expect(issuesOf(groupSchema, group)).toEqual([]);
    },
  );

  it('accepts a role alone, or a full name where the group keeps no anonymity', () => {
    const roleOnly = brokenGroup((g) => {
      g.anonymous = true;
      g.contact = { role: 'Group secretary', email: 'secretary@example.org' };
    });
    const named = brokenGroup((g) => {
      g.anonymous = false;
      g.contact = { name: 'Dr. Ana María López' };
    });
    expect(issuesOf(groupSchema, roleOnly)).toEqual([]);
    expect(issuesOf(groupSchema, named)).toEqual([]);
  });

  it.each<[string, Mutation, string, RegExp]>([
    [
      'a full name in a group that keeps anonymity',
      (g) => {
        g.anonymous = true;
        g.contact = { name: 'Robert Williams' };
      },
      'contact.name',
      /first name, and perhaps an initial/,
    ],
    [
      'a bad time zone',
      (g) => {
        g.schedules[0].timeZone = 'Mars/Olympus';
      },
      'schedules.0.timeZone',
      /IANA time zone/,
    ],
    [
      'a numeric offset as time zone',
      (g) => {
        g.schedules[0].timeZone = '-05:00';
      },
      'schedules.0.timeZone',
      /IANA time zone/,
    ],
    [
      'an end before the start',
      (g) => {
        g.schedules[0].endTime = '18:00';
      },
      'schedules.0.endTime',
      /after startTime/,
    ],
    [
      'an end equal to the start',
      (g) => {
        g.schedules[0].endTime = '18:30';
      },
      'schedules.0.endTime',
      /after startTime/,
    ],
    [
      'a malformed time',
      (g) => {
        g.schedules[0].startTime = '6:30pm';
      },
      'schedules.0.startTime',
      /HH:MM/,
    ],
    [
      'an unknown weekday',
      (g) => {
        g.schedules[0].days = ['tuesday'];
      },
      'schedules.0.days.0',
      /unknown value "tuesday"; allowed values are mon, tue, wed, thu, fri, sat, sun/,
    ],
    [
      'a repeated weekday',
      (g) => {
        g.schedules[0].days = ['tue', 'tue'];
      },
      'schedules.0.days',
      /repeat/,
    ],
    [
      'a monthly schedule without weeks',
      (g) => {
        delete g.schedules[0].weeksOfMonth;
      },
      'schedules.0.weeksOfMonth',
      /weeksOfMonth/,
    ],
    [
      'a 6th week of the month',
      (g) => {
        g.schedules[0].weeksOfMonth = [6];
      },
      'schedules.0.weeksOfMonth.0',
      /week of the month: 1 to 5, or -1/,
    ],
    [
      'validUntil before validFrom',
      (g) => {
        g.schedules[0].validUntil = '2025-12-31';
      },
      'schedules.0.validUntil',
      /before validFrom/,
    ],
    [
      'an impossible date',
      (g) => {
        g.schedules[0].cancelledDates = ['2026-02-30'];
      },
      'schedules.0.cancelledDates.0',
      /YYYY-MM-DD/,
    ],
    [
      'every other week without an anchor',
      (g) => {
        g.schedules[0] = {
          ...g.schedules[0],
          frequency: 'weekly',
          interval: 2,
          validFrom: undefined,
          weeksOfMonth: undefined,
        };
      },
      'schedules.0.validFrom',
      /anchor/,
    ],
    [
      'no schedule',
      (g) => {
        g.schedules = [];
      },
      'schedules',
      /at least one schedule/,
    ],
    [
      'latitude out of range',
      (g) => {
        g.location.coordinates.lat = 91;
      },
      'location.coordinates.lat',
      /latitude/,
    ],
    [
      'longitude out of range',
      (g) => {
        g.location.coordinates.lng = -181;
      },
      'location.coordinates.lng',
      /longitude/,
    ],
    [
      'a javascript: join link',
      (g) => {
        g.online.joinUrl = 'javascript:alert(1)';
      },
      'online.joinUrl',
      /http, https, tel or mailto/,
    ],
    [
      'a javascript: website',
      (g) => {
        g.website = 'javascript:alert(1)';
      },
      'website',
      /http or https/,
    ],
    [
      'a javascript: contact link',
      (g) => {
        g.contact.url = 'JavaScript:alert(document.cookie)';
      },
      'contact.url',
      /http, https, tel or mailto/,
    ],
    [
      'a data: referral link',
      (g) => {
        g.referrals.url = 'data:text/html,<script>alert(1)</script>';
      },
      'referrals.url',
      /http, https, tel or mailto/,
    ],
    [
      'a javascript: organization link',
      (g) => {
        g.organization.url = 'javascript:void(0)';
      },
      'organization.url',
      /http or https/,
    ],
    [
      'an over-long name',
      (g) => {
        g.name = 'x'.repeat(201);
      },
      'name',
      /at most 200/,
    ],
    [
      'a blank name',
      (g) => {
        g.name = '   ';
      },
      'name',
      /blank/,
    ],
    [
      'an over-long description',
      (g) => {
        g.description = 'x'.repeat(5001);
      },
      'description',
      /at most 5000/,
    ],
    [
      'no topic',
      (g) => {
        g.topics = [];
      },
      'topics',
      /at least one topic/,
    ],
    [
      'a topic that is not kebab-case',
      (g) => {
        g.topics = ['Grief & Loss'];
      },
      'topics.0',
      /kebab-case/,
    ],
    [
      'a bad language tag',
      (g) => {
        g.languages = ['english!'];
      },
      'languages.0',
      /BCP 47/,
    ],
    [
      'an unknown attendance',
      (g) => {
        g.attendance = 'telepathy';
      },
      'attendance',
      /unknown value "telepathy"; allowed values are inPerson, online, hybrid/,
    ],
    [
      'an in-person group without a location',
      (g) => {
        g.attendance = 'inPerson';
        delete g.location;
      },
      'location',
      /need a location/,
    ],
    [
      'an online group without access',
      (g) => {
        g.attendance = 'online';
        delete g.online;
      },
      'online',
      /online access/,
    ],
    [
      'online access with neither link nor dial-in',
      (g) => {
        g.online = { platform: 'zoom' };
      },
      'online.joinUrl',
      /joinUrl or a dialIn/,
    ],
    [
      'an age range upside down',
      (g) => {
        g.ageRange = { min: 30, max: 18 };
      },
      'ageRange.max',
      /exceed/,
    ],
    [
      'a lowercase country code',
      (g) => {
        g.location.address.country = 'us';
      },
      'location.address.country',
      /ISO 3166/,
    ],
    [
      'an id with a slash',
      (g) => {
        g.id = '../admin';
      },
      'id',
      /letters, digits/,
    ],
    [
      'a lastVerified without offset',
      (g) => {
        g.lastVerified = '2026-10-01 12:00';
      },
      'lastVerified',
      /ISO 8601/,
    ],
  ])('refuses %s, naming the field', (_label, mutate, path, message) => {
    const issues = issuesOf(groupSchema, brokenGroup(mutate));
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});

describe('groupListingSchema', () => {
  it('accepts a listing without bookkeeping fields', () => {
    const { id, slug, source, lastVerified, createdAt, updatedAt, ...listing } = validGroup();
    expect(issuesOf(groupListingSchema, listing)).toEqual([]);
  });
});

describe('scheduleSchema', () => {
  it('accepts an 8-week cohort', () => {
    const cohort = {
      frequency: 'weekly',
      days: ['tue'],
      startTime: '18:00',
      endTime: '19:30',
      timeZone: 'Europe/London',
      validFrom: '2027-03-03',
      validUntil: '2027-04-21',
    };
    expect(issuesOf(scheduleSchema, cohort)).toEqual([]);
  });

  it('refuses an interval on a monthly schedule', () => {
    const schedule = { ...validGroup().schedules[0], interval: 2 };
    expect(issuesOf(scheduleSchema, schedule)).toContainEqual({
      path: 'interval',
      message: expect.stringMatching(/weekly/),
    });
  });
});

describe('searchQuerySchema', () => {
  it('accepts a point or a text for near', () => {
    expect(searchQuerySchema.safeParse({ near: { lat: 42.36, lng: -71.1 } }).success).toBe(true);
    expect(searchQuerySchema.safeParse({ near: '02139' }).success).toBe(true);
  });

  it.each([
    [{ limit: 101 }, 'limit'],
    [{ radiusKm: 0 }, 'radiusKm'],
    [{ withinDays: 91 }, 'withinDays'],
    [{ days: ['funday'] }, 'days.0'],
    [{ startsAfter: '25:00' }, 'startsAfter'],
    [{ sort: 'random' }, 'sort'],
  ])('refuses %j naming %s', (query, path) => {
    expect(issuesOf(searchQuerySchema, query).map((issue) => issue.path)).toContain(path);
  });
});

describe('searchPageSchema', () => {
  it('accepts a page of hits with distance and next meeting', () => {
    const page = {
      items: [
        {
          ...validGroup(),
          distanceKm: 1.2,
          nextMeeting: { start: '2026-12-08T18:30:00-05:00', end: '2026-12-08T20:00:00-05:00' },
        },
      ],
      nextCursor: null,
      total: 1,
      facets: {
        topics: { 'grief-and-loss': 1 },
        audiences: {},
        attendance: { hybrid: 1 },
        days: { tue: 1 },
        languages: { en: 1, es: 1 },
      },
    };
    expect(issuesOf(searchPageSchema, page)).toEqual([]);
  });
});

describe('submissionInputSchema', () => {
  it('needs the group id for a correction, and a note', () => {
    const paths = issuesOf(submissionInputSchema, { kind: 'correction' }).map(
      (issue) => issue.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['groupId', 'note']));
  });

  it('needs the listing for a new group', () => {
    expect(issuesOf(submissionInputSchema, { kind: 'new' }).map((issue) => issue.path)).toContain(
      'listing',
    );
  });
});

describe('problemSchema', () => {
  it('keeps extension members', () => {
    const problem = { type: 'urn:example', title: 'Too many', status: 429, retryAfter: 30 };
    expect(problemSchema.parse(problem)).toEqual(problem);
  });
});

describe('anonymousName', () => {
  it.each([
    ['Ana', 'Ana'],
    ['Bob W.', 'Bob W.'],
    ['Robert Williams', 'Robert W.'],
    ['  María José de la Cruz ', 'María C.'],
    ['"Big" Tom (secretary)', 'Tom'],
    ['Zoë', 'Zoë'],
  ])('publishes %j as %j', (name, published) => {
    expect(anonymousName(name)).toBe(published);
  });

  it('finds no name in digits and signs', () => {
    expect(anonymousName('555-0100')).toBeUndefined();
  });

  it('gives names that an anonymous group may publish', () => {
    for (const name of ['Robert Williams', 'María José de la Cruz', 'Ana']) {
      const group = { ...validGroup(), anonymous: true, contact: { name: anonymousName(name) } };
      expect(groupSchema.safeParse(group).success, name).toBe(true);
    }
  });
});
