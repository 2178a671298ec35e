import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createClient, type InvalidItemsReport, ResponseValidationError } from '../src/index.js';
import { API, BASE_URL, page, submission } from './fixtures.js';
import { useDirectory } from './server.js';

const server = useDirectory();

function serveSearchWithBadItem() {
  const body = page(3) as unknown as { items: Record<string, unknown>[] };
  body.items[1] = { ...body.items[1], schedules: [{ frequency: 'yearly' }] };
  server.use(http.get(`${API}/groups`, () => HttpResponse.json(body)));
}

describe('lenient pages', () => {
  it('drops one malformed group and keeps the rest', async () => {
    serveSearchWithBadItem();
    const results = await createClient({ baseUrl: BASE_URL }).groups.search();
    expect(results.items.map((item) => item.id)).toEqual(['g-1', 'g-3']);
    expect(results.invalid).toHaveLength(1);
    expect(results.invalid[0]?.index).toBe(1);
    expect(results.invalid[0]?.issues[0]?.path.slice(0, 2)).toEqual(['schedules', 0]);
  });

  it('reports the dropped item to onInvalidItems', async () => {
    serveSearchWithBadItem();
    const onInvalidItems = vi.fn<(report: InvalidItemsReport) => void>();
    await createClient({ baseUrl: BASE_URL, onInvalidItems }).groups.search({ near: '02139' });
    expect(onInvalidItems).toHaveBeenCalledTimes(1);
    const report = onInvalidItems.mock.calls[0]?.[0];
    expect(report?.items[0]?.index).toBe(1);
    // The query can hold a patient's location: it never reaches reports or errors.
    expect(report?.request).toBe(`GET ${API}/groups`);
  });

  it('fails the page in strict mode, with the item path', async () => {
    serveSearchWithBadItem();
    const error = await createClient({ baseUrl: BASE_URL, strict: true })
      .groups.search()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const paths = (error as ResponseValidationError).issues.map((issue) => issue.path.slice(0, 3));
    expect(paths[0]).toEqual(['items', 1, 'schedules']);
    expect((error as Error).message).toContain('items[1].schedules');
  });

  it('fails the page when the envelope is wrong, however lenient', async () => {
    server.use(http.get(`${API}/groups`, () => HttpResponse.json({ ...page(1), nextCursor: 42 })));
    const error = await createClient({ baseUrl: BASE_URL })
      .groups.search()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]?.path).toEqual(['nextCursor']);
  });

  it('drops malformed submissions from the moderation queue too', async () => {
    server.use(
      http.get(`${API}/submissions`, () =>
        HttpResponse.json({ items: [submission(1), { id: 's-2' }], nextCursor: null }),
      ),
    );
    const client = createClient({ baseUrl: BASE_URL, apiKey: 'curator-key' });
    const queue = await client.curator.queue();
    expect(queue.items.map((item) => item.id)).toEqual(['s-1']);
    expect(queue.invalid[0]?.index).toBe(1);
  });
});

describe('paging with iterate', () => {
  it('follows cursors until the last page', async () => {
    const cursors: (string | null)[] = [];
    server.use(
      http.get(`${API}/groups`, ({ request }) => {
        const url = new URL(request.url);
        const cursor = url.searchParams.get('cursor');
        cursors.push(cursor);
        expect(url.searchParams.get('limit')).toBe('100');
        if (cursor === null) return HttpResponse.json(page(2, 'c2', 1));
        if (cursor === 'c2') return HttpResponse.json(page(2, 'c3', 3));
        return HttpResponse.json(page(1, null, 5));
      }),
    );
    const ids: string[] = [];
    for await (const hit of createClient({ baseUrl: BASE_URL }).groups.iterate({ q: 'x' })) {
      ids.push(hit.id);
    }
    expect(ids).toEqual(['g-1', 'g-2', 'g-3', 'g-4', 'g-5']);
    expect(cursors).toEqual([null, 'c2', 'c3']);
  });

  it('fetches no further page once the loop breaks', async () => {
    let requests = 0;
    server.use(
      http.get(`${API}/groups`, () => {
        requests++;
        return HttpResponse.json(page(2, 'more'));
      }),
    );
    for await (const _hit of createClient({ baseUrl: BASE_URL }).groups.iterate()) break;
    expect(requests).toBe(1);
  });

  it('stops a server whose cursor never advances', async () => {
    server.use(http.get(`${API}/groups`, () => HttpResponse.json(page(1, 'same'))));
    const loop = async () => {
      for await (const _hit of createClient({ baseUrl: BASE_URL }).groups.iterate()) {
        // Reads every page.
      }
    };
    await expect(loop()).rejects.toThrow(/cursor did not advance/);
  });
});
