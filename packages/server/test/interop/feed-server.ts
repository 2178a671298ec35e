import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the feed server answers to one request. */
export interface FeedAnswer {
  status?: number;
  body: string;
}

/** A local server publishing feeds, as an intergroup's or a 211's site would. */
export interface FeedServer {
  /** The base address, such as `http://127.0.0.1:41234`. */
  url: string;
  /** The path and query of every request, in order. */
  requests: string[];
  /** Replaces how requests are answered. */
  answer(handler: (url: URL) => FeedAnswer): void;
  close(): Promise<void>;
}

/** Starts a feed server answering each request with `handler`. */
export async function startFeedServer(handler: (url: URL) => FeedAnswer): Promise<FeedServer> {
  let current = handler;
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://feeds.test');
    requests.push(`${url.pathname}${url.search}`);
    const { status = 200, body } = current(url);
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer(next) {
      current = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
