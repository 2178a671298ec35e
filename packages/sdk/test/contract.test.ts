// The SDK against the real directory server on a random port, seeded with generated data. Every
// client is strict, so a single response that fails its schema fails the test.
import { readFileSync } from 'node:fs';
import { type RunningServer, startServer } from '@peer-groups/server';
import ts from 'typescript';
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

/** A group that meets every week with no end date, so it has meetings in any 30 days ahead. */
async function firstWeeklyHit(): Promise<SearchHit> {
  const today = new Date().toISOString().slice(0, 10);
  const page = await client.groups.search({ sort: 'name', limit: 50 });
  const hit = page.items.find((item) =>
    item.schedules.some(
      (schedule) =>
        schedule.frequency === 'weekly' &&
        (schedule.interval ?? 1) === 1 &&
        schedule.validUntil === undefined &&
        (schedule.validFrom === undefined || schedule.validFrom <= today),
    ),
  );
  if (hit === undefined) throw new Error('the seeded directory has no open-ended weekly group');
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
    expect(near.items.length).toBeGreaterThan(0);
    const distances = near.items.map((item) => item.distanceKm ?? Number.NaN);
    for (const distance of distances) expect(distance).toBeLessThanOrEqual(50);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
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
    const calendar = await client.groups.calendar(hit.id);
    expect(calendar).toContain('BEGIN:VEVENT');
  });

  it('lists the meetings of a weekly group in the next 30 days', async () => {
    const hit = await firstWeeklyHit();
    const windowStart = Date.now();
    const meetings = await client.groups.meetings(hit.id);
    expect(meetings.items.length).toBeGreaterThan(0);
    const starts = meetings.items.map((meeting) => Date.parse(meeting.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const start of starts) {
      // The server opens the window when it answers, a moment after windowStart: allow a minute.
      expect(start).toBeGreaterThanOrEqual(windowStart - 60_000);
      expect(start).toBeLessThanOrEqual(windowStart + 30 * 86_400_000 + 60_000);
    }
  });

  it('answers a repeated search with a 304 from the in-memory cache', async () => {
    const first = await client.groups.search({ q: 'support', limit: 3 });
    expect(first.items.length).toBeGreaterThan(0);
    statuses = [];
    const again = await client.groups.search({ q: 'support', limit: 3 });
    expect(statuses).toEqual([304]);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
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

/** The code blocks of the guide's "Examples" section, by the heading above each. */
function guideExamples(): { title: string; code: string }[] {
  const guide = readFileSync(new URL('../../../docs/sdk.md', import.meta.url), 'utf8');
  const section = guide.split('\n## Examples\n')[1]?.split('\n## ')[0] ?? '';
  const examples: { title: string; code: string }[] = [];
  const block = /^### (.+)$|^```ts\n([\s\S]*?)^```$/gm;
  let title = '';
  for (let match = block.exec(section); match !== null; match = block.exec(section)) {
    if (match[1] !== undefined) title = match[1];
    else examples.push({ title, code: match[2] ?? '' });
  }
  return examples;
}

/**
 * Runs an example as its reader would, against this server: types stripped, the placeholder
 * address and key replaced, its imports served from the SDK's sources and an in-memory file
 * system, its console captured.
 */
async function runExample(code: string, apiKey: string): Promise<string[]> {
  const sdk = await import('../src/index.js');
  const files = new Map<string, string>();
  const modules: Record<string, unknown> = {
    '@peer-groups/sdk': sdk,
    'node:fs/promises': {
      writeFile: async (name: string, text: string) => {
        files.set(name, text);
      },
    },
  };
  const javascript = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const body = javascript
    .replaceAll('https://groups.example.org', server.url)
    .replaceAll('YOUR-CURATOR-KEY', apiKey)
    .replace(/^export \{\};$/m, '')
    .replace(/^import \{([^}]+)\} from '([^']+)';$/gm, (_line, names: string, from: string) => {
      return `const {${names}} = modules[${JSON.stringify(from)}];`;
    });
  const lines: string[] = [];
  const capture = { log: (...parts: unknown[]) => lines.push(parts.map(String).join(' ')) };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>;
  await new AsyncFunction('modules', 'console', body)(modules, capture);
  for (const name of files.keys()) lines.push(`wrote ${name}`);
  return lines;
}

describe('the examples of the SDK guide', () => {
  const examples = guideExamples();

  it('are found in docs/sdk.md', () => {
    expect(examples.map((example) => example.title)).toEqual([
      'Search near a postal code',
      'Iterate every online group in Spanish',
      "Export a group's calendar",
      'Handle errors',
      'Moderate submissions',
    ]);
  });

  for (const { title, code } of examples) {
    it(`runs "${title}"`, async () => {
      const apiKey = await server.createApiKey('curator');
      const output = await runExample(code, apiKey);
      expect(output.length).toBeGreaterThan(0);
      expect(output.join('\n')).not.toMatch(/undefined|NaN|\[object Object\]/);
    });
  }
});
