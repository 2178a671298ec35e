// The SDK against the real directory server on a random port, seeded with generated data. Every
// client is strict, so a single response that fails its schema fails the test.
import { type RunningServer, startServer } from '@peer-groups/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  type CuratorClient,
  createClient,
  GoneError,
  NotFoundError,
  PermissionDeniedError,
  type SearchHit,
} from '../src/index.js';
import { listing } from './fixtures.js';

const GROUP_COUNT = 200;

let server: RunningServer;
let client: CuratorClient;
let statuses: number[] = [];

beforeAll(async () => {
  server = await startServer({
    port: 0,
    database: ':memory:',
    seed: { count: GROUP_COUNT },
    rateLimit: false,
  });
  const apiKey = await server.createApiKey('curator');
  client = createClient({
    baseUrl: server.url,
    apiKey,
    strict: true,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      statuses.push(response.status);
      return response;
    },
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function firstInPersonHit(): Promise<SearchHit> {
  const page = await client.groups.search({ attendance: ['inPerson'], sort: 'name', limit: 5 });
  const hit = page.items.find((item) => item.location?.address.postalCode !== undefined);
  if (hit === undefined)
    throw new Error('the seeded directory has no in-person group with a postal code');
  return hit;
}

describe('the SDK against the reference server', () => {
  it('lists the taxonomy', async () => {
    const taxonomy = await client.topics.list();
    expect(taxonomy.topics.some((term) => term.id === 'mental-health')).toBe(true);
  });

  it('searches with typed filters and facets', async () => {
    const page = await client.groups.search({ topics: ['mental-health'], limit: 10 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.invalid).toEqual([]);
    expect(Object.keys(page.facets.topics).length).toBeGreaterThan(0);
  });

  it('resolves a postal code and searches near it', async () => {
    const hit = await firstInPersonHit();
    const postalCode = hit.location?.address.postalCode ?? '';
    const places = await client.places.resolve(postalCode);
    expect(places.items.length).toBeGreaterThan(0);
    const near = await client.groups.search({ near: postalCode, radiusKm: 50, sort: 'distance' });
    expect(near.items.some((item) => item.distanceKm !== undefined)).toBe(true);
  });

  it('iterates every group across pages', async () => {
    const ids = new Set<string>();
    for await (const hit of client.groups.iterate({ limit: 50 })) ids.add(hit.id);
    expect(ids.size).toBe(GROUP_COUNT);
  });

  it('gets one group, its meetings and its calendar', async () => {
    const hit = await firstInPersonHit();
    const group = await client.groups.get(hit.id);
    expect(group.id).toBe(hit.id);
    const meetings = await client.groups.meetings(hit.id);
    expect(Array.isArray(meetings.items)).toBe(true);
    const calendar = await client.groups.calendar(hit.id);
    expect(calendar).toContain('BEGIN:VEVENT');
  });

  it('answers a repeated search with a 304 from the in-memory cache', async () => {
    await client.groups.search({ q: 'support', limit: 3 });
    statuses = [];
    const again = await client.groups.search({ q: 'support', limit: 3 });
    expect(statuses).toEqual([304]);
    expect(again.items.length).toBeGreaterThanOrEqual(0);
  });

  it('rejects an unknown group with a NotFoundError', async () => {
    await expect(client.groups.get('no-such-group')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('takes a submission, and a curator approves it into a group', async () => {
    const receipt = await client.submissions.create({
      kind: 'new',
      listing: listing('Contract Test Circle'),
    });
    expect(receipt.status).toBe('pending');
    const queue = await client.curator.queue({ status: 'pending' });
    expect(queue.items.some((item) => item.id === receipt.id)).toBe(true);
    expect((await client.curator.submission(receipt.id)).kind).toBe('new');
    const approval = await client.curator.approve(receipt.id);
    expect(approval.group.name).toBe('Contract Test Circle');
    const updated = await client.curator.update(approval.group.id, listing('Renamed Circle'));
    expect(updated.name).toBe('Renamed Circle');
    await client.curator.retire(approval.group.id);
    await expect(client.groups.get(approval.group.id)).rejects.toBeInstanceOf(GoneError);
  });

  it('answers a repeated submission key with the first receipt', async () => {
    const input = { kind: 'new' as const, listing: listing('Idempotent Circle') };
    const first = await client.submissions.create(input, { idempotencyKey: 'contract-key-1' });
    const second = await client.submissions.create(input, { idempotencyKey: 'contract-key-1' });
    expect(second.id).toBe(first.id);
  });

  it('lets a curator reject a submission', async () => {
    const receipt = await client.submissions.create({
      kind: 'new',
      listing: listing('Rejected Circle'),
    });
    const rejected = await client.curator.reject(receipt.id, { reason: 'duplicate listing' });
    expect(rejected.status).toBe('rejected');
  });

  it('refuses curator calls with an unknown key', async () => {
    const stranger = createClient({ baseUrl: server.url, apiKey: 'not-a-real-key' });
    await expect(stranger.curator.queue()).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('refuses curator calls with a key lacking the curator role', async () => {
    const partnerKey = await server.createApiKey('partner');
    const partner = createClient({ baseUrl: server.url, apiKey: partnerKey });
    await expect(partner.curator.queue()).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
