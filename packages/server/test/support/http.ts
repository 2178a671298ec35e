/** Per-request time limit: a request that hangs fails the test instead of stalling the suite. */
export const REQUEST_TIMEOUT_MS = 5000;

/** `fetch` with a timeout, never following redirects. */
export function request(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, {
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    ...init,
  });
}

/** A JSON POST or PUT. */
export function sendJson(
  url: string,
  method: 'POST' | 'PUT',
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return request(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}
