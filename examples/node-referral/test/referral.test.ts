// The referral script against a real directory server with generated groups: the handout lists
// exactly the groups the directory finds, with their meetings this week, and the calendar file
// holds their meetings as a calendar app reads them.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { SearchPage } from '@peer-groups/core';
import { type RunningServer, startServer } from '@peer-groups/server';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReferral } from '../src/cli.js';
import { escapeMarkdown } from '../src/markdown.js';

let server: RunningServer;
let dir: string;

beforeAll(async () => {
  server = await startServer({
    database: ':memory:',
    seed: { count: 500, seed: 1 },
    rateLimit: false,
  });
  dir = await mkdtemp(join(tmpdir(), 'referral-'));
});

afterAll(async () => {
  await server?.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

/** Runs the command; resolves to its exit code and what it wrote. */
async function run(args: string[], now = Date.now()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runReferral(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: {},
    now: () => now,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** What the directory itself answers for the same search, asked without the SDK. */
async function expectedNames(near: string, topic: string, limit: number): Promise<string[]> {
  const url = new URL('/v1/groups', server.url);
  url.search = new URLSearchParams({
    near,
    radiusKm: '15',
    topics: topic,
    withinDays: '7',
    sort: 'distance',
    limit: String(limit),
  }).toString();
  const page = (await (await fetch(url)).json()) as SearchPage;
  return page.items.map((group) => group.name);
}

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

describe('the referral script', () => {
  it('runs with the command the README gives', async () => {
    const ics = join(dir, 'readme.ics');
    const { stdout } = await promisify(execFile)(
      'pnpm',
      [
        ...['--filter', '@peer-groups/example-node-referral', 'start'],
        ...['--near', '02139', '--topic', 'grief-and-loss', '--api', server.url, '--ics', ics],
      ],
      { cwd: ROOT },
    );
    expect(stdout).toMatch(/^# Peer support groups: Grief and loss near 02139$/m);
    expect((await readFile(ics, 'utf8')).startsWith('BEGIN:VCALENDAR')).toBe(true);
  });

  it('prints a handout of the groups near a postal code about a topic that meet this week', async () => {
    const ics = join(dir, 'mental-health.ics');
    const now = Date.now();
    const result = await run(
      [
        '--api',
        server.url,
        '--near',
        '02139',
        '--topic',
        'mental-health',
        '--limit',
        '4',
        '--ics',
        ics,
      ],
      now,
    );
    expect(result.code).toBe(0);
    const names = await expectedNames('02139', 'mental-health', 4);
    expect(names.length).toBeGreaterThan(0);

    const handout = result.out;
    expect(handout).toMatch(/^# Peer support groups: Mental health near 02139\n/);
    const headings = [...handout.matchAll(/^## \d+\. (.+)$/gm)].map((match) => match[1]);
    expect(headings).toEqual(names.map(escapeMarkdown));
    // Every group on it meets in the week, so each names at least one meeting.
    const weeks = [...handout.matchAll(/^- \*\*This week:\*\* (.+)$/gm)].map((match) => match[1]);
    expect(weeks).toHaveLength(names.length);
    for (const week of weeks) expect(week).not.toBe('no meeting');
    expect(handout).toContain(`Every meeting of these groups is in \`${ics}\``);
  });

  it('writes one calendar with every schedule of the handout’s groups', async () => {
    const ics = join(dir, 'one.ics');
    const result = await run([
      '--api',
      server.url,
      '--near',
      '02139',
      '--topic',
      'grief-and-loss',
      '--ics',
      ics,
    ]);
    expect(result.code).toBe(0);
    const names = await expectedNames('02139', 'grief-and-loss', 5);

    const calendar = new ICAL.Component(ICAL.parse(await readFile(ics, 'utf8')));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Peer support groups: Grief and loss',
    );
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(new Set(events.map((event) => event.summary))).toEqual(new Set(names));
    // Each series produces a meeting within the week the handout promises.
    const weekEnd = ICAL.Time.fromJSDate(new Date(Date.now() + 8 * 86_400_000), true);
    for (const name of names) {
      const series = events.filter((event) => event.summary === name);
      const meets = series.some((event) => {
        const next = event.iterator().next();
        return next !== null && next.compare(weekEnd) < 0;
      });
      expect(meets, `${name} meets this week`).toBe(true);
    }
  });

  it('says so, and writes no calendar, when no group meets nearby', async () => {
    const ics = join(dir, 'none.ics');
    // A point in the middle of the Atlantic: no sample group meets in person within 5 km of it.
    const result = await run([
      '--api',
      server.url,
      '--near',
      '0,-30',
      '--radius-km',
      '5',
      '--topic',
      'gambling',
      '--ics',
      ics,
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'No group about this topic meets near this place in the coming week.',
    );
    await expect(readFile(ics, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('names the topics the directory knows when the topic is unknown', async () => {
    const result = await run(['--api', server.url, '--near', '02139', '--topic', 'grief']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('The directory has no topic "grief". Use one of:');
    expect(result.err).toContain('grief-and-loss');
  });

  it('explains a missing option with the usage', async () => {
    const result = await run(['--near', '02139']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Give both --near and --topic');
    expect(result.err).toContain('Usage: referral');
  });

  it('refuses a limit that is not a whole number', async () => {
    const result = await run(['--near', '02139', '--topic', 'grief-and-loss', '--limit', '2.5']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--limit must be a whole number from 1 to 100');
  });

  it('reports a directory that cannot be reached, without a stack trace', async () => {
    // A server that was started and closed leaves a port nothing listens on.
    const closed = await startServer({ database: ':memory:', seed: { count: 1 } });
    await closed.close();
    const result = await run(['--api', closed.url, '--near', '02139', '--topic', 'grief-and-loss']);
    expect(result.code).toBe(1);
    expect(result.err).not.toContain('    at ');
    expect(result.err.length).toBeGreaterThan(0);
  });
});

describe('escapeMarkdown', () => {
  it('keeps directory text from adding links, markup or headings', () => {
    expect(escapeMarkdown('[Click](javascript:alert(1))')).toBe('\\[Click\\](javascript:alert(1))');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('# Not a heading\n**bold**')).toBe('\\# Not a heading \\*\\*bold\\*\\*');
  });

  it('leaves phone numbers and sentences readable', () => {
    expect(escapeMarkdown('Call 617-555-0111. Room 2.')).toBe('Call 617-555-0111. Room 2.');
  });
});
