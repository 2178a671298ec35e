import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CALENDAR_GROUPS } from '../../src/http/routes/export.js';
import { readMeetingGuide } from '../../src/interop/meeting-guide/read.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { DirectoryStore } from '../../src/store/types.js';
import { makeGroup, makeOnlineGroup } from '../support/groups.js';
import { request } from '../support/http.js';
import { testPlaces } from '../support/places.js';

describe('export endpoints', () => {
  let store: DirectoryStore;
  let server: RunningServer;

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    await store.putGroups([
      makeGroup('grief1', { name: 'Grief Circle' }),
      makeOnlineGroup('online1', { name: 'Online Circle', topics: ['anxiety'] }),
      makeGroup('monthly1', {
        name: 'Monthly Only',
        schedules: [
          {
            frequency: 'monthly',
            days: ['wed'],
            weeksOfMonth: [2],
            startTime: '12:00',
            endTime: '13:00',
            timeZone: 'America/New_York',
          },
        ],
      }),
    ]);
    await store.retireGroup('monthly1', '2026-10-01T00:00:00.000Z');
    await store.putGroups([
      makeGroup('monthly2', {
        name: 'Second Wednesdays',
        schedules: [
          {
            frequency: 'monthly',
            days: ['wed'],
            weeksOfMonth: [2],
            startTime: '12:00',
            endTime: '13:00',
            timeZone: 'America/New_York',
          },
        ],
      }),
    ]);
    server = await startServer({ store, places: testPlaces, rateLimit: false });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('serves the directory as a Meeting Guide feed the importer reads back', async () => {
    const response = await request(`${server.url}/v1/export/meeting-guide.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeTruthy();
    const text = await response.text();
    const records = [...readMeetingGuide(text)];
    expect(records.map((record) => ('draft' in record ? record.draft.listing.name : ''))).toEqual([
      'Grief Circle',
      'Online Circle',
    ]);
  });

  it('serves HSDS service pages and single services, 404 and 410 as problems', async () => {
    const page = (await (
      await request(`${server.url}/v1/export/hsds/services?per_page=2&page=2`)
    ).json()) as {
      total_items: number;
      total_pages: number;
      contents: { id: string }[];
    };
    expect(page).toMatchObject({ total_items: 3, total_pages: 2 });
    expect(page.contents.map((service) => service.id)).toEqual(['online1']);
    const one = await request(`${server.url}/v1/export/hsds/services/grief1`);
    expect(((await one.json()) as { name: string }).name).toBe('Grief Circle');
    expect((await request(`${server.url}/v1/export/hsds/services/nope`)).status).toBe(404);
    expect((await request(`${server.url}/v1/export/hsds/services/monthly1`)).status).toBe(410);
  });

  it('refuses bad HSDS paging parameters, naming them', async () => {
    const response = await request(`${server.url}/v1/export/hsds/services?per_page=5000&size=1`);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { invalidParams: { name: string }[] };
    expect(problem.invalidParams.map((param) => param.name)).toEqual(['size']);
  });

  it('serves the CSV template columns', async () => {
    const response = await request(`${server.url}/v1/export/groups.csv`);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const text = await response.text();
    expect(text.split('\r\n')[0]?.startsWith('id,name,description,topics')).toBe(true);
    expect(text).toContain('Second Wednesdays');
  });

  it('serves a search as one calendar', async () => {
    const response = await request(`${server.url}/v1/export/calendar.ics?topics=anxiety`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('SUMMARY:Online Circle');
    expect((await request(`${server.url}/v1/export/calendar.ics?days=someday`)).status).toBe(400);
  });

  it("serves a group's JSON-LD, an EventSeries starting at its next meeting from today", async () => {
    const response = await request(`${server.url}/v1/groups/grief1/event.jsonld`);
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    const jsonLd = (await response.json()) as { startDate: string };
    expect(jsonLd).toMatchObject({ '@type': 'EventSeries', name: 'Grief Circle' });
    // The group was created on 2026-01-01 and meets every Tuesday: its series starts this week,
    // on today's date in New York or after, not on its first Tuesday.
    const todayInNewYork = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/New_York',
    }).format(Date.now());
    expect(jsonLd.startDate.slice(0, 10) >= todayInNewYork).toBe(true);
    expect(Date.parse(jsonLd.startDate) - Date.now()).toBeLessThan(8 * 86_400_000);
  });

  it('lists every export path in the OpenAPI document it serves', async () => {
    const document = (await (await request(`${server.url}/v1/openapi.json`)).json()) as {
      paths: object;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/v1/export/meeting-guide.json',
        '/v1/export/hsds/services',
        '/v1/export/hsds/services/{id}',
        '/v1/export/groups.csv',
        '/v1/export/calendar.ics',
        '/v1/groups/{id}/event.jsonld',
      ]),
    );
  });
});

describe('the search calendar', () => {
  let store: DirectoryStore;
  let server: RunningServer;
  const count = MAX_CALENDAR_GROUPS + 20;

  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    await store.putGroups(
      Array.from({ length: count }, (_, index) => {
        const number = String(index).padStart(3, '0');
        return makeGroup(`cal${number}`, {
          name: `Calendar ${number}`,
          topics: ['depression'],
          audiences: index % 4 === 0 ? ['veterans'] : [],
        });
      }),
    );
    server = await startServer({ store, places: testPlaces, rateLimit: false });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  const summaries = async (query: string) => {
    const response = await request(`${server.url}/v1/export/calendar.ics?${query}`);
    expect(response.status).toBe(200);
    return [...(await response.text()).matchAll(/^SUMMARY:(.*)\r$/gm)].map((match) => match[1]);
  };

  it('covers every match of the search, past its first pages', async () => {
    const veterans = await summaries('audiences=veterans');
    expect(veterans).toHaveLength(count / 4);
    expect(new Set(veterans).size).toBe(count / 4);
  });

  it('is described with its cap and without paging parameters in the OpenAPI document', async () => {
    const document = (await (await request(`${server.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, { get: { description: string; parameters: { name?: string }[] } }>;
    };
    const operation = document.paths['/v1/export/calendar.ics']?.get;
    expect(operation?.description).toContain(`up to ${MAX_CALENDAR_GROUPS} `);
    const names = operation?.parameters.map((parameter) => parameter.name);
    expect(names).toContain('topics');
    expect(names).not.toContain('limit');
    expect(names).not.toContain('cursor');
  });

  it(`stops at ${MAX_CALENDAR_GROUPS} groups in the search's order, whatever limit and cursor say`, async () => {
    const all = await summaries('topics=depression&limit=5&cursor=abc');
    expect(all).toHaveLength(MAX_CALENDAR_GROUPS);
    expect(all[0]).toBe('Calendar 000');
    expect(all.at(-1)).toBe(`Calendar ${String(MAX_CALENDAR_GROUPS - 1).padStart(3, '0')}`);
  });
});
