import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  createClient,
  GoneError,
  NetworkError,
  ResponseValidationError,
  ServerError,
} from '../src/index.js';
import { API, BASE_URL, group } from './fixtures.js';
import { useDirectory } from './server.js';

const server = useDirectory();
const client = createClient({ baseUrl: BASE_URL, retry: false });

async function failure(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

describe('answers that are not what the API promises', () => {
  it('turns a body that is not JSON into a ResponseValidationError', async () => {
    server.use(
      http.get(`${API}/groups/g-1`, () =>
        HttpResponse.text('{"id": "g-1", ', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const error = await failure(client.groups.get('g-1'));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]?.message).toContain('not JSON');
  });

  it('names the path of each field that fails the schema', async () => {
    server.use(
      http.get(`${API}/groups/g-1`, () =>
        HttpResponse.json({ ...group(1), cost: 'priceless', languages: [] }),
      ),
    );
    const error = (await failure(client.groups.get('g-1'))) as ResponseValidationError;
    const paths = error.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('cost');
    expect(paths).toContain('languages');
    expect(error.message).toContain('baseUrl');
  });

  it('turns an HTML error page from a proxy into a ServerError with a stand-in problem', async () => {
    server.use(
      http.get(`${API}/groups/g-1`, () =>
        HttpResponse.html('<html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          statusText: 'Bad Gateway',
        }),
      ),
    );
    const error = (await failure(client.groups.get('g-1'))) as ServerError;
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.problem).toMatchObject({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
    expect(error.problem.detail).toContain('text/html');
  });

  it('keeps the problem document of an error answer', async () => {
    const error = (await failure(client.groups.get('g-retired'))) as GoneError;
    expect(error).toBeInstanceOf(GoneError);
    expect(error.problem.type).toBe('urn:peer-groups:problem:gone');
  });

  it('refuses a calendar that is a web page', async () => {
    server.use(
      http.get(`${API}/groups/g-1/calendar.ics`, () => HttpResponse.html('<html>Sign in</html>')),
    );
    const error = await failure(client.groups.calendar('g-1'));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain('text/html');
  });

  it('turns a refused connection into a NetworkError that says what to check', async () => {
    server.use(http.get(`${API}/topics`, () => HttpResponse.error()));
    const error = await failure(client.topics.list());
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toContain('CORS');
  });

  it('keeps the search query out of error messages', async () => {
    server.use(http.get(`${API}/groups`, () => HttpResponse.error()));
    const error = (await failure(client.groups.search({ near: '02139' }))) as NetworkError;
    expect(error.message).not.toContain('02139');
    expect(error.request).toBe(`GET ${API}/groups`);
  });
});
