import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server.js';
import { testPlaces } from '../support/places.js';
import { type FeedServer, startFeedServer } from './feed-server.js';

const feed = readFileSync(new URL('../fixtures/meeting-guide/feed.json', import.meta.url), 'utf8');

describe('scheduled feed refresh', () => {
  let body = feed;
  let status = 200;
  let feedServer: Server;
  let server: RunningServer;
  const log: string[] = [];

  beforeAll(async () => {
    feedServer = createServer((_request, response) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(body);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    const { port } = feedServer.address() as AddressInfo;
    server = await startServer({
      database: ':memory:',
      places: testPlaces,
      rateLimit: false,
      log: (line) => log.push(line),
      feeds: {
        feeds: [
          {
            format: 'meeting-guide',
            location: `http://127.0.0.1:${port}/meetings.json`,
            sourceName: 'Intergroup',
            read: { timeZone: 'America/New_York' },
          },
        ],
        intervalMs: 3_600_000,
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await new Promise((resolve) => feedServer.close(resolve));
  });

  const names = async () => {
    const page = (await (await fetch(`${server.url}/v1/groups?limit=100`)).json()) as {
      items: { name: string }[];
    };
    return page.items.map((item) => item.name).sort();
  };

  it('imports the feed into the running directory and logs the outcome', async () => {
    const [outcome] = await server.refreshFeeds();
    expect(outcome?.ok).toBe(true);
    expect(await names()).toHaveLength(5);
    const line = log
      .map((entry) => JSON.parse(entry) as { event: string })
      .find((entry) => entry.event === 'feed-refreshed');
    expect(line).toMatchObject({ source: 'Intergroup', records: 10 });
  });

  it('keeps the last good data when the feed breaks, and reports the failure', async () => {
    const before = await names();
    for (const [brokenStatus, brokenBody] of [
      [200, '<html>maintenance</html>'],
      [200, '[]'],
      [503, 'down'],
    ] as const) {
      status = brokenStatus;
      body = brokenBody;
      const [outcome] = await server.refreshFeeds();
      expect(outcome?.ok).toBe(false);
      expect(await names()).toEqual(before);
    }
    expect(
      log.some((entry) => (JSON.parse(entry) as { event: string }).event === 'feed-failed'),
    ).toBe(true);
  });

  it('retires a listing the feed drops', async () => {
    status = 200;
    body = JSON.stringify(
      (JSON.parse(feed) as { slug: unknown }[]).filter((meeting) => meeting.slug !== 'lunch-bunch'),
    );
    await server.refreshFeeds();
    expect(await names()).not.toContain('Lunch Bunch');
    expect(await names()).toHaveLength(4);
  });
});

describe('scheduled refresh of two feeds on one host', () => {
  let feeds: FeedServer;
  let server: RunningServer;
  const log: string[] = [];
  const areaFeed = (area: string) =>
    JSON.stringify(
      (JSON.parse(feed) as { name?: string; slug: string }[]).map((meeting) => ({
        ...meeting,
        slug: `${area}-${meeting.slug}`,
        name: `${area} ${meeting.name ?? ''}`,
      })),
    );

  beforeAll(async () => {
    feeds = await startFeedServer((url) => ({
      body: areaFeed(url.pathname === '/north/meetings.json' ? 'North' : 'South'),
    }));
    server = await startServer({
      database: ':memory:',
      places: testPlaces,
      rateLimit: false,
      log: (line) => log.push(line),
      feeds: {
        feeds: ['north', 'south'].map((area) => ({
          format: 'meeting-guide' as const,
          location: `${feeds.url}/${area}/meetings.json?token=s3cret`,
          read: { timeZone: 'America/New_York' },
        })),
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await feeds.close();
  });

  it('keeps both feeds listed across refreshes, each under its own source', async () => {
    await server.refreshFeeds();
    const outcomes = await server.refreshFeeds();
    expect(
      outcomes.map((outcome) => (outcome.ok ? [outcome.source, outcome.report.retired] : [])),
    ).toEqual([
      [`${new URL(feeds.url).host}/north/meetings.json`, 0],
      [`${new URL(feeds.url).host}/south/meetings.json`, 0],
    ]);
    const page = (await (await fetch(`${server.url}/v1/groups?limit=100`)).json()) as {
      items: { name: string }[];
    };
    const names = page.items.map((item) => item.name);
    expect(names.filter((name) => name.startsWith('North '))).toHaveLength(5);
    expect(names.filter((name) => name.startsWith('South '))).toHaveLength(5);
    expect(log.join('\n')).not.toContain('s3cret');
  });
});
