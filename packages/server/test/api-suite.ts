import {
  approvalSchema,
  type Group,
  groupSchema,
  meetingListSchema,
  placeListSchema,
  problemSchema,
  searchPageSchema,
  submissionPageSchema,
  submissionReceiptSchema,
  submissionSchema,
  taxonomySchema,
} from '@peer-groups/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server.js';
import type { DirectoryStore } from '../src/store/types.js';
import { listingOf, makeGroup, makeOnlineGroup } from './support/groups.js';
import { request, sendJson } from './support/http.js';
import { testPlaces } from './support/places.js';

export { listingOf } from './support/groups.js';

/** Opens a new, empty, migrated store for one API suite. */
export type ApiStoreFactory = () => Promise<DirectoryStore>;

/** The groups every API suite starts with, in and around Cambridge, MA. */
export function apiFixtureGroups(): Group[] {
  return [
    makeGroup('grief-cambridge', { name: 'Cambridge Grief Circle', topics: ['grief-and-loss'] }),
    makeGroup('depression-boston', {
      name: 'Boston Depression Peer Group',
      description: 'Señora Muñoz facilitates. Calm evenings.',
      topics: ['depression'],
      location: {
        address: { locality: 'Boston', region: 'MA', postalCode: '02108', country: 'US' },
        coordinates: { lat: 42.3601, lng: -71.0589 },
        atHealthcareFacility: true,
        accessibility: ['wheelchair'],
      },
    }),
    makeGroup('alcohol-worcester', {
      name: 'Worcester Alcohol Recovery',
      topics: ['alcohol'],
      location: {
        address: { locality: 'Worcester', region: 'MA', country: 'US' },
        coordinates: { lat: 42.2626, lng: -71.8023 },
        atHealthcareFacility: false,
        accessibility: [],
      },
    }),
    makeOnlineGroup('anxiety-online', { name: 'Anxiety Online', topics: ['anxiety'] }),
    ...Array.from({ length: 30 }, (_, index) =>
      makeGroup(`filler-${String(index).padStart(2, '0')}`, {
        name: `Neighbourhood Support ${String(index).padStart(2, '0')}`,
        description: 'A long description of a friendly group that meets weekly. '.repeat(8),
        topics: ['caregiving'],
      }),
    ),
  ];
}

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return problemSchema.parse(await response.json());
}

/**
 * The HTTP contract of the directory API, run against a real server on a random port over the
 * store `open` returns. Another store runs the same suite with one line:
 * `describeApi('postgres', () => openPostgresStore(url))`.
 */
export function describeApi(name: string, open: ApiStoreFactory): void {
  describe(`directory API over ${name}`, () => {
    let store: DirectoryStore;
    let server: RunningServer;
    let base: string;
    let curatorKey: string;
    let partnerKey: string;
    const logLines: string[] = [];

    beforeAll(async () => {
      store = await open();
      await store.putGroups(apiFixtureGroups());
      server = await startServer({
        store,
        places: testPlaces,
        rateLimit: false,
        log: (line) => logLines.push(line),
      });
      base = server.url;
      curatorKey = await server.createApiKey('curator', 'tests');
      partnerKey = await server.createApiKey('partner', 'clinic app');
    });

    afterAll(async () => {
      await server?.close();
      await store?.close();
    });

    const curator = () => ({ Authorization: `Bearer ${curatorKey}` });

    describe('GET /v1/groups', () => {
      it('answers a search page', async () => {
        const response = await request(`${base}/v1/groups?topics=grief-and-loss`);
        expect(response.status).toBe(200);
        const page = searchPageSchema.parse(await response.json());
        expect(page.items.map((item) => item.id)).toEqual(['grief-cambridge']);
        expect(page.total).toBe(1);
        expect(page.items[0]?.nextMeeting?.start).toMatch(/T18:30:00-0[45]:00$/);
      });

      it('searches near a postal code, with distances', async () => {
        const response = await request(
          `${base}/v1/groups?near=02138&radiusKm=10&topics=mental-health`,
        );
        const page = searchPageSchema.parse(await response.json());
        expect(page.items.map((item) => item.id)).toEqual(['depression-boston']);
        expect(page.items[0]?.distanceKm).toBeGreaterThan(3);
      });

      it('searches near coordinates and includes online groups when asked', async () => {
        const response = await request(
          `${base}/v1/groups?near=42.37,-71.11&radiusKm=10&attendance=online,inPerson&topics=anxiety,depression`,
        );
        const page = searchPageSchema.parse(await response.json());
        expect(page.items.map((item) => item.id).sort()).toEqual([
          'anxiety-online',
          'depression-boston',
        ]);
      });

      it('matches free text regardless of accents and case', async () => {
        const response = await request(`${base}/v1/groups?q=senora%20MUNOZ`);
        const page = searchPageSchema.parse(await response.json());
        expect(page.items.map((item) => item.id)).toEqual(['depression-boston']);
      });

      it('pages with a cursor, without gaps or duplicates', async () => {
        const seen: string[] = [];
        let url = `${base}/v1/groups?topics=caregiving&limit=7`;
        for (let page = 0; page < 10; page += 1) {
          const body = searchPageSchema.parse(await (await request(url)).json());
          seen.push(...body.items.map((item) => item.id));
          if (body.nextCursor === null) break;
          url = `${base}/v1/groups?topics=caregiving&limit=7&cursor=${body.nextCursor}`;
        }
        expect(seen).toHaveLength(30);
        expect(new Set(seen).size).toBe(30);
      });

      it('names each malformed parameter', async () => {
        const response = await request(`${base}/v1/groups?radiusKm=far&days=funday&limit=0`);
        expect(response.status).toBe(400);
        const problem = await problemOf(response);
        expect(problem.type).toBe('urn:peer-groups:problem:invalid-parameters');
        const names = problem.invalidParams?.map((param) => param.name).sort();
        expect(names).toEqual(['days', 'limit', 'radiusKm']);
      });

      it('rejects unknown parameters instead of ignoring them', async () => {
        const response = await request(`${base}/v1/groups?topic=grief-and-loss`);
        expect(response.status).toBe(400);
        const problem = await problemOf(response);
        expect(problem.invalidParams?.[0]?.name).toBe('topic');
      });

      it('refuses a near that matches no place, naming near', async () => {
        const response = await request(`${base}/v1/groups?near=Atlantis`);
        expect(response.status).toBe(400);
        expect((await problemOf(response)).invalidParams?.map((param) => param.name)).toEqual([
          'near',
        ]);
      });

      it('refuses a tampered cursor, naming cursor', async () => {
        const first = searchPageSchema.parse(
          await (await request(`${base}/v1/groups?topics=caregiving&limit=2`)).json(),
        );
        const cursor = first.nextCursor as string;
        const tampered = `${cursor.slice(0, -3)}${cursor.endsWith('A') ? 'B' : 'A'}xx`;
        for (const bad of [tampered, 'not-a-cursor', cursor]) {
          const query = bad === cursor ? 'topics=alcohol' : 'topics=caregiving';
          const response = await request(`${base}/v1/groups?${query}&limit=2&cursor=${bad}`);
          expect(response.status).toBe(400);
          expect((await problemOf(response)).invalidParams?.[0]?.name).toBe('cursor');
        }
      });

      it('refuses an Accept header that excludes JSON with 406', async () => {
        const response = await request(`${base}/v1/groups`, { headers: { Accept: 'text/html' } });
        expect(response.status).toBe(406);
        expect((await problemOf(response)).type).toBe('urn:peer-groups:problem:not-acceptable');
      });
    });

    describe('GET /v1/groups/{id} and its meetings and calendar', () => {
      it('answers a group', async () => {
        const response = await request(`${base}/v1/groups/grief-cambridge`);
        expect(response.status).toBe(200);
        expect(groupSchema.parse(await response.json()).name).toBe('Cambridge Grief Circle');
      });

      it('answers 404 for an unknown group', async () => {
        const response = await request(`${base}/v1/groups/nobody-here`);
        expect(response.status).toBe(404);
        expect((await problemOf(response)).type).toBe('urn:peer-groups:problem:not-found');
      });

      it('lists meetings in a window', async () => {
        const response = await request(
          `${base}/v1/groups/grief-cambridge/meetings?from=2026-03-01&to=2026-03-31`,
        );
        expect(response.status).toBe(200);
        const list = meetingListSchema.parse(await response.json());
        // Tuesdays of March 2026: the 3rd, 10th, 17th, 24th and 31st; DST starts on the 8th.
        expect(list.items.map((item) => item.start)).toEqual([
          '2026-03-03T18:30:00-05:00',
          '2026-03-10T18:30:00-04:00',
          '2026-03-17T18:30:00-04:00',
          '2026-03-24T18:30:00-04:00',
          '2026-03-31T18:30:00-04:00',
        ]);
      });

      it('defaults the meetings window to the next 30 days', async () => {
        const response = await request(`${base}/v1/groups/grief-cambridge/meetings`);
        const list = meetingListSchema.parse(await response.json());
        expect(list.items.length).toBeGreaterThanOrEqual(4);
        expect(list.items.length).toBeLessThanOrEqual(5);
      });

      it('refuses a malformed or too long window', async () => {
        const malformed = await request(`${base}/v1/groups/grief-cambridge/meetings?from=March`);
        expect(malformed.status).toBe(400);
        expect((await problemOf(malformed)).invalidParams?.[0]?.name).toBe('from');
        const long = await request(
          `${base}/v1/groups/grief-cambridge/meetings?from=2026-01-01&to=2027-06-01`,
        );
        expect(long.status).toBe(400);
        expect((await problemOf(long)).invalidParams?.[0]?.name).toBe('to');
      });

      it('answers an iCalendar file', async () => {
        const response = await request(`${base}/v1/groups/grief-cambridge/calendar.ics`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
        const text = await response.text();
        expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
        expect(text).toContain('RRULE:FREQ=WEEKLY');
      });

      it('refuses query parameters on endpoints that take none', async () => {
        const response = await request(`${base}/v1/groups/grief-cambridge?expand=all`);
        expect(response.status).toBe(400);
        expect((await problemOf(response)).invalidParams?.[0]?.name).toBe('expand');
      });
    });

    describe('GET /v1/topics, /v1/places, /v1/openapi.json', () => {
      it('answers the taxonomy', async () => {
        const taxonomy = taxonomySchema.parse(await (await request(`${base}/v1/topics`)).json());
        expect(taxonomy.topics.find((term) => term.id === 'depression')?.parent).toBe(
          'mental-health',
        );
      });

      it('resolves places, optionally in one country', async () => {
        const all = placeListSchema.parse(
          await (await request(`${base}/v1/places?q=Cambridge`)).json(),
        );
        expect(all.items).toHaveLength(2);
        const british = placeListSchema.parse(
          await (await request(`${base}/v1/places?q=Cambridge&country=GB`)).json(),
        );
        expect(british.items.map((place) => place.region)).toEqual(['England']);
      });

      it('refuses a places query without q', async () => {
        const response = await request(`${base}/v1/places`);
        expect(response.status).toBe(400);
        expect((await problemOf(response)).invalidParams?.[0]?.name).toBe('q');
      });

      it('serves the OpenAPI document', async () => {
        const response = await request(`${base}/v1/openapi.json`);
        expect(response.status).toBe(200);
        const document = (await response.json()) as { openapi: string; paths: object };
        expect(document.openapi).toMatch(/^3\.1\./);
        expect(Object.keys(document.paths)).toContain('/v1/groups');
      });
    });

    describe('submissions', () => {
      const newListing = () => ({
        kind: 'new',
        listing: listingOf(
          makeGroup('unused', { name: 'Somerville Caregivers Circle', topics: ['caregiving'] }),
        ),
        submitter: { name: 'Ana', email: 'ana@example.org' },
      });

      it('queues a submission with 201 and Location, publishing nothing', async () => {
        const response = await sendJson(`${base}/v1/submissions`, 'POST', newListing());
        expect(response.status).toBe(201);
        const receipt = submissionReceiptSchema.parse(await response.json());
        expect(receipt.status).toBe('pending');
        expect(response.headers.get('location')).toBe(`/v1/submissions/${receipt.id}`);
        const search = searchPageSchema.parse(
          await (await request(`${base}/v1/groups?q=Somerville`)).json(),
        );
        expect(search.total).toBe(0);
      });

      it('answers a repeated idempotency key with the first receipt', async () => {
        const headers = { 'Idempotency-Key': 'e0b6c1f2-retry' };
        const first = await sendJson(`${base}/v1/submissions`, 'POST', newListing(), headers);
        const second = await sendJson(`${base}/v1/submissions`, 'POST', newListing(), headers);
        expect(second.status).toBe(201);
        expect(second.headers.get('idempotent-replayed')).toBe('true');
        expect(((await second.json()) as { id: string }).id).toBe(
          ((await first.json()) as { id: string }).id,
        );
      });

      it('refuses a reused idempotency key with another body with 409', async () => {
        const headers = { 'Idempotency-Key': 'reused-key-1' };
        await sendJson(`${base}/v1/submissions`, 'POST', newListing(), headers);
        const response = await sendJson(
          `${base}/v1/submissions`,
          'POST',
          { kind: 'correction', groupId: 'grief-cambridge', note: 'Moved to room 2.' },
          headers,
        );
        expect(response.status).toBe(409);
        expect((await problemOf(response)).type).toBe('urn:peer-groups:problem:conflict');
      });

      it('refuses a malformed idempotency key, naming the header', async () => {
        const response = await sendJson(`${base}/v1/submissions`, 'POST', newListing(), {
          'Idempotency-Key': 'has spaces in it',
        });
        expect(response.status).toBe(400);
        expect((await problemOf(response)).invalidParams?.[0]?.name).toBe('Idempotency-Key');
      });

      it('refuses a body that is not JSON', async () => {
        const response = await request(`${base}/v1/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{"kind": "new",',
        });
        expect(response.status).toBe(400);
        expect((await problemOf(response)).type).toBe('urn:peer-groups:problem:invalid-body');
      });

      it('names each invalid field by JSON pointer', async () => {
        const body = newListing();
        const response = await sendJson(`${base}/v1/submissions`, 'POST', {
          ...body,
          listing: { ...body.listing, name: '', website: 'javascript:alert(1)' },
        });
        expect(response.status).toBe(400);
        const names = (await problemOf(response)).invalidParams?.map((param) => param.name);
        expect(names).toContain('/listing/name');
        expect(names).toContain('/listing/website');
      });

      it('refuses a body that is not application/json with 415', async () => {
        const response = await request(`${base}/v1/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify(newListing()),
        });
        expect(response.status).toBe(415);
        expect((await problemOf(response)).type).toBe(
          'urn:peer-groups:problem:unsupported-media-type',
        );
      });

      it('refuses an oversized body with 413', async () => {
        const response = await sendJson(`${base}/v1/submissions`, 'POST', {
          ...newListing(),
          note: 'x'.repeat(200_000),
        });
        expect(response.status).toBe(413);
        expect((await problemOf(response)).type).toBe('urn:peer-groups:problem:payload-too-large');
      });
    });

    describe('curator endpoints', () => {
      async function submit(body: unknown): Promise<string> {
        const response = await sendJson(`${base}/v1/submissions`, 'POST', body);
        expect(response.status).toBe(201);
        return ((await response.json()) as { id: string }).id;
      }

      it('answers 401 without a key, with a challenge', async () => {
        const response = await request(`${base}/v1/submissions`);
        expect(response.status).toBe(401);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect((await problemOf(response)).type).toBe('urn:peer-groups:problem:unauthorized');
      });

      it('answers 401 for an unknown or malformed key', async () => {
        for (const key of [`pgk_${'A'.repeat(43)}`, 'not-a-key']) {
          const response = await request(`${base}/v1/submissions`, {
            headers: { Authorization: `Bearer ${key}` },
          });
          expect(response.status).toBe(401);
        }
      });

      it('answers 403 for a key without the curator role', async () => {
        const response = await request(`${base}/v1/submissions`, {
          headers: { Authorization: `Bearer ${partnerKey}` },
        });
        expect(response.status).toBe(403);
        expect((await problemOf(response)).type).toBe('urn:peer-groups:problem:forbidden');
      });

      it('lists the queue in pages and shows one submission', async () => {
        await submit({ kind: 'correction', groupId: 'grief-cambridge', note: 'New room.' });
        await submit({ kind: 'correction', groupId: 'grief-cambridge', note: 'New phone.' });
        const first = await request(`${base}/v1/submissions?status=pending&limit=1`, {
          headers: curator(),
        });
        expect(first.status).toBe(200);
        const page = submissionPageSchema.parse(await first.json());
        expect(page.items).toHaveLength(1);
        const next = await request(
          `${base}/v1/submissions?status=pending&limit=1&cursor=${page.nextCursor}`,
          { headers: curator() },
        );
        const second = submissionPageSchema.parse(await next.json());
        expect(second.items[0]?.id).not.toBe(page.items[0]?.id);
        const one = await request(`${base}/v1/submissions/${page.items[0]?.id}`, {
          headers: curator(),
        });
        expect(submissionSchema.parse(await one.json()).id).toBe(page.items[0]?.id);
      });

      it('refuses a queue cursor made for another status', async () => {
        const page = submissionPageSchema.parse(
          await (
            await request(`${base}/v1/submissions?status=pending&limit=1`, { headers: curator() })
          ).json(),
        );
        const response = await request(
          `${base}/v1/submissions?status=rejected&cursor=${page.nextCursor}`,
          { headers: curator() },
        );
        expect(response.status).toBe(400);
        expect((await problemOf(response)).invalidParams?.[0]?.name).toBe('cursor');
      });

      it('approves a new listing: published and searchable', async () => {
        const id = await submit({
          kind: 'new',
          listing: listingOf(
            makeGroup('x', { name: 'Medford Hoarding Support', topics: ['hoarding'] }),
          ),
        });
        const response = await request(`${base}/v1/submissions/${id}/approve`, {
          method: 'POST',
          headers: curator(),
        });
        expect(response.status).toBe(200);
        const approval = approvalSchema.parse(await response.json());
        expect(approval.submission.status).toBe('approved');
        expect(approval.submission.publishedGroupId).toBe(approval.group.id);
        const search = searchPageSchema.parse(
          await (await request(`${base}/v1/groups?topics=hoarding`)).json(),
        );
        expect(search.items.map((item) => item.id)).toEqual([approval.group.id]);
        const again = await request(`${base}/v1/submissions/${id}/approve`, {
          method: 'POST',
          headers: curator(),
        });
        expect(again.status).toBe(409);
      });

      it('approves an update: the group changes, keeping its id', async () => {
        const id = await submit({
          kind: 'update',
          groupId: 'alcohol-worcester',
          listing: listingOf(
            makeGroup('alcohol-worcester', { name: 'Worcester Sober Circle', topics: ['alcohol'] }),
          ),
        });
        const approval = approvalSchema.parse(
          await (
            await request(`${base}/v1/submissions/${id}/approve`, {
              method: 'POST',
              headers: curator(),
            })
          ).json(),
        );
        expect(approval.group.id).toBe('alcohol-worcester');
        const group = groupSchema.parse(
          await (await request(`${base}/v1/groups/alcohol-worcester`)).json(),
        );
        expect(group.name).toBe('Worcester Sober Circle');
      });

      it('rejects with a reason', async () => {
        const id = await submit({ kind: 'correction', groupId: 'grief-cambridge', note: 'Spam?' });
        const response = await sendJson(
          `${base}/v1/submissions/${id}/reject`,
          'POST',
          { reason: 'Not a real change.' },
          curator(),
        );
        expect(response.status).toBe(200);
        const submission = submissionSchema.parse(await response.json());
        expect(submission.status).toBe('rejected');
        expect(submission.decisionNote).toBe('Not a real change.');
      });

      it('answers 404 for an unknown submission', async () => {
        const response = await request(`${base}/v1/submissions/s-unknown/approve`, {
          method: 'POST',
          headers: curator(),
        });
        expect(response.status).toBe(404);
      });

      it('replaces a listing with PUT', async () => {
        const listing = listingOf(
          makeGroup('grief-cambridge', { name: 'Cambridge Grief Circle (Tuesdays)' }),
        );
        const response = await sendJson(
          `${base}/v1/groups/grief-cambridge`,
          'PUT',
          listing,
          curator(),
        );
        expect(response.status).toBe(200);
        expect(groupSchema.parse(await response.json()).name).toBe(
          'Cambridge Grief Circle (Tuesdays)',
        );
        const search = searchPageSchema.parse(
          await (await request(`${base}/v1/groups?q=tuesdays`)).json(),
        );
        expect(search.items.map((item) => item.id)).toEqual(['grief-cambridge']);
      });

      it('refuses PUT without a key', async () => {
        const response = await sendJson(
          `${base}/v1/groups/grief-cambridge`,
          'PUT',
          listingOf(makeGroup('grief-cambridge')),
        );
        expect(response.status).toBe(401);
      });

      it('retires a group with DELETE: 204, then 410 and gone from search', async () => {
        const response = await request(`${base}/v1/groups/filler-29`, {
          method: 'DELETE',
          headers: curator(),
        });
        expect(response.status).toBe(204);
        const gone = await request(`${base}/v1/groups/filler-29`);
        expect(gone.status).toBe(410);
        expect((await problemOf(gone)).type).toBe('urn:peer-groups:problem:gone');
        const search = searchPageSchema.parse(
          await (await request(`${base}/v1/groups?q=support%2029`)).json(),
        );
        expect(search.total).toBe(0);
        const unknown = await request(`${base}/v1/groups/never-was`, {
          method: 'DELETE',
          headers: curator(),
        });
        expect(unknown.status).toBe(404);
      });
    });

    describe('protocol', () => {
      it('answers 404 problems for unknown routes', async () => {
        const response = await request(`${base}/v2/groups`);
        expect(response.status).toBe(404);
        expect((await problemOf(response)).type).toBe('urn:peer-groups:problem:not-found');
      });

      it('answers 405 with Allow for a wrong method', async () => {
        const response = await request(`${base}/v1/topics`, { method: 'POST' });
        expect(response.status).toBe(405);
        expect(response.headers.get('allow')).toContain('GET');
        expect((await problemOf(response)).type).toBe('urn:peer-groups:problem:method-not-allowed');
      });

      it('tags GET answers and answers 304 to a matching If-None-Match', async () => {
        const first = await request(`${base}/v1/topics`);
        const tag = first.headers.get('etag');
        expect(tag).toMatch(/^W\/".+"$/);
        const second = await request(`${base}/v1/topics`, {
          headers: { 'If-None-Match': tag as string },
        });
        expect(second.status).toBe(304);
        expect(second.headers.get('etag')).toBe(tag);
        const changed = await request(`${base}/v1/topics`, {
          headers: { 'If-None-Match': '"something-else"' },
        });
        expect(changed.status).toBe(200);
      });

      it('answers a repeated search with 304 to If-None-Match, until a write changes it', async () => {
        const url = `${base}/v1/groups?topics=caregiving&limit=3`;
        const first = await request(url);
        const tag = first.headers.get('etag') as string;
        expect(tag).toMatch(/^W\/".+"$/);
        const page = searchPageSchema.parse(await first.json());
        const repeated = await request(url, { headers: { 'If-None-Match': tag } });
        expect(repeated.status).toBe(304);
        expect(repeated.headers.get('etag')).toBe(tag);
        expect(await repeated.text()).toBe('');

        const firstId = page.items[0]?.id as string;
        const renamed = listingOf(
          makeGroup(firstId, { name: 'Aardvark Caregivers', topics: ['caregiving'] }),
        );
        const put = await sendJson(`${base}/v1/groups/${firstId}`, 'PUT', renamed, curator());
        expect(put.status).toBe(200);
        const changed = await request(url, { headers: { 'If-None-Match': tag } });
        expect(changed.status).toBe(200);
        expect(changed.headers.get('etag')).not.toBe(tag);
        const after = searchPageSchema.parse(await changed.json());
        expect(after.items[0]?.name).toBe('Aardvark Caregivers');
      });

      it('sets security headers on answers and problems alike', async () => {
        for (const path of ['/v1/topics', '/v1/nothing']) {
          const response = await request(`${base}${path}`);
          expect(response.headers.get('x-content-type-options')).toBe('nosniff');
          expect(response.headers.get('referrer-policy')).toBe('no-referrer');
          expect(response.headers.get('content-security-policy')).toBe(
            "default-src 'none'; frame-ancestors 'none'",
          );
          expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
        }
      });

      it('compresses with brotli or gzip as asked, and not when refused', async () => {
        const url = `${base}/v1/groups?topics=caregiving`;
        const brotli = await request(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
        expect(brotli.headers.get('content-encoding')).toBe('br');
        expect(searchPageSchema.parse(await brotli.json()).total).toBe(29);
        const gzip = await request(url, { headers: { 'Accept-Encoding': 'gzip' } });
        expect(gzip.headers.get('content-encoding')).toBe('gzip');
        const plain = await request(url, { headers: { 'Accept-Encoding': 'identity' } });
        expect(plain.headers.get('content-encoding')).toBeNull();
        expect(plain.headers.get('vary')).toContain('Accept-Encoding');
      });

      it('allows any origin by default, without credentials, exposing the API headers', async () => {
        const response = await request(`${base}/v1/topics`, {
          headers: { Origin: 'https://clinic.example' },
        });
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
        expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
      });

      it('answers CORS preflights', async () => {
        const response = await request(`${base}/v1/submissions`, {
          method: 'OPTIONS',
          headers: {
            Origin: 'https://clinic.example',
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type, idempotency-key',
          },
        });
        expect(response.status).toBe(204);
        expect(response.headers.get('access-control-allow-methods')).toContain('POST');
        expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
          'idempotency-key',
        );
      });

      it('reports health and readiness', async () => {
        const health = await request(`${base}/healthz`);
        expect(await health.json()).toEqual({ status: 'ok' });
        const ready = await request(`${base}/readyz`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toEqual({ status: 'ok' });
      });

      it('refuses unknown parameters on the probes too, naming them', async () => {
        for (const path of ['/healthz', '/readyz']) {
          const response = await request(`${base}${path}?verbose=1`);
          expect(response.status).toBe(400);
          expect((await problemOf(response)).invalidParams?.map((param) => param.name)).toEqual([
            'verbose',
          ]);
        }
      });

      it('logs method, route template, status and duration, never the query or values', async () => {
        logLines.length = 0;
        await request(`${base}/v1/groups?q=private%20words&near=02138`);
        await request(`${base}/v1/groups/grief-cambridge/meetings`);
        const lines = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
        expect(lines.map((line) => line.route)).toEqual(['/v1/groups', '/v1/groups/:id/meetings']);
        expect(Object.keys(lines[0] ?? {}).sort()).toEqual([
          'durationMs',
          'method',
          'route',
          'status',
          'time',
        ]);
        const text = logLines.join('\n');
        for (const secret of ['private', '02138', 'grief-cambridge', '127.0.0.1']) {
          expect(text).not.toContain(secret);
        }
      });
    });
  });
}
