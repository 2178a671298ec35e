import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  type Connection,
  createConnection,
  createSubmission,
  getGroup,
  groupCalendar,
  groupMeetings,
  iterateGroups,
  listTopics,
  NotFoundError,
  resolvePlace,
  searchGroups,
} from '../src/index.js';
import { API, BASE_URL, page, submissionInput } from './fixtures.js';
import { useDirectory } from './server.js';

const server = useDirectory();

describe('standalone calls', () => {
  const directory = createConnection({ baseUrl: BASE_URL });

  it('names the API root the connection calls', () => {
    expect(directory.apiRoot).toBe(`${API}/`);
  });

  it('searches through a connection', async () => {
    const results = await searchGroups(directory, { near: '02139' });
    expect(results.items.map((item) => item.id)).toEqual(['g-1', 'g-2']);
    expect(results.invalid).toEqual([]);
  });

  it('gets one group, and rejects an unknown one with NotFoundError', async () => {
    expect((await getGroup(directory, 'g-1')).name).toBe('Group 1');
    await expect(getGroup(directory, 'g-404')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists meetings, the calendar, topics and places', async () => {
    expect((await groupMeetings(directory, 'g-1')).items).toHaveLength(1);
    expect(await groupCalendar(directory, 'g-1')).toMatch(/^BEGIN:VCALENDAR/);
    expect((await listTopics(directory)).topics[0]?.id).toBe('grief-and-loss');
    expect((await resolvePlace(directory, '02139')).items[0]?.name).toBe('02139');
  });

  it('follows cursors', async () => {
    server.use(
      http.get(`${API}/groups`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return HttpResponse.json(cursor === null ? page(2, 'next') : page(1, null, 3));
      }),
    );
    const ids: string[] = [];
    for await (const hit of iterateGroups(directory, {})) ids.push(hit.id);
    expect(ids).toEqual(['g-1', 'g-2', 'g-3']);
  });

  it('submits a listing', async () => {
    const receipt = await createSubmission(directory, submissionInput());
    expect(receipt).toEqual({ id: 's-1', status: 'pending', receivedAt: '2026-10-02T09:00:00Z' });
  });

  it('shares one conditional-request cache between the calls of a connection', async () => {
    const conditions: (string | null)[] = [];
    server.use(
      http.get(`${API}/groups`, ({ request }) => {
        conditions.push(request.headers.get('if-none-match'));
        return conditions.length > 1
          ? new HttpResponse(null, { status: 304, headers: { etag: '"v1"' } })
          : HttpResponse.json(page(1), { headers: { etag: '"v1"' } });
      }),
    );
    const first = await searchGroups(directory, { q: 'shared' });
    const second = await searchGroups(directory, { q: 'shared' });
    expect(conditions).toEqual([null, '"v1"']);
    expect(second).toEqual(first);
  });

  it('refuses an object that createConnection did not make', async () => {
    const forged: Connection = { apiRoot: `${API}/` };
    await expect(searchGroups(forged)).rejects.toThrow(/createConnection/);
  });

  it('checks its options as createClient does', () => {
    expect(() => createConnection({ baseUrl: '' })).toThrow(/baseUrl/);
  });
});
