/**
 * Reading the HSDS API whole: the answer at the address given, then every further page its
 * `total_pages` announces, all fetched and checked before anything is imported. A feed read
 * from its first page alone would retire every listing of the pages after it.
 *
 * @packageDocumentation
 */
import { MalformedFeedError } from '../errors.js';
import {
  DEFAULT_MAX_FEED_BYTES,
  isFeedUrl,
  type LoadFeedOptions,
  loadFeedText,
} from '../load-feed.js';
import type { FeedRecord, ReadOptions } from '../types.js';
import { type HsdsAnswer, hsdsRecords, parseHsdsAnswer } from './read.js';

/**
 * Most pages one import fetches: 1,000 pages of the API's usual 50 services is 50,000 services.
 * A feed announcing more is refused rather than half read.
 */
export const MAX_HSDS_PAGES = 1000;

function inconsistent(what: string): MalformedFeedError {
  return new MalformedFeedError(
    `The HSDS feed's pages do not agree: ${what}. Nothing was changed; the feed may have changed while it was read, so the next import tries again.`,
  );
}

/** The address of page `page` of the answer at `location`: the same query, with `page` set. */
function pageUrl(location: string, page: number): string {
  const url = new URL(location);
  url.searchParams.set('page', String(page));
  return url.href;
}

function idOf(service: unknown): string | undefined {
  const id = (service as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** Refuses a page that repeats a service of an earlier page: the pages shifted while they were read. */
function checkNewServices(services: readonly unknown[], seen: Set<string>, page: number): void {
  for (const service of services) {
    const id = idOf(service);
    if (id === undefined) continue;
    if (seen.has(id)) throw inconsistent(`page ${page} repeats service "${id}" of an earlier page`);
    seen.add(id);
  }
}

/**
 * The records of the HSDS API answer at `location` (an address, or a file holding one answer),
 * with every page of a paged answer. The pages must agree: each says the page it is and the
 * same `total_pages` and `total_items` as the first, no service appears on two pages, and the
 * pages hold `total_items` services together. Every page shares the feed's size limit.
 *
 * @throws {FeedUnavailableError} when a page cannot be fetched.
 * @throws {MalformedFeedError} when a page is not an HSDS answer, the paging is incomplete or
 * inconsistent, the address asks for a later page than the first, or the feed has more than
 * {@link MAX_HSDS_PAGES} pages.
 */
export async function readHsdsApi(
  location: string,
  options: LoadFeedOptions & { read?: ReadOptions } = {},
): Promise<Iterable<FeedRecord>> {
  let budget = options.maxBytes ?? DEFAULT_MAX_FEED_BYTES;
  const load = async (address: string): Promise<HsdsAnswer> => {
    const text = await loadFeedText(address, { ...options, maxBytes: budget });
    budget -= Buffer.byteLength(text, 'utf8');
    return parseHsdsAnswer(text);
  };
  const first = await load(location);
  const paging = first.paging;
  if (paging === undefined || paging.totalPages <= 1) {
    return hsdsRecords([first.services], options.read);
  }
  if (!isFeedUrl(location)) {
    throw new MalformedFeedError(
      `The file holds page ${paging.pageNumber ?? '?'} of the ${paging.totalPages} pages of an HSDS feed, not the whole feed. Nothing was changed; import the API's address, which reads every page.`,
    );
  }
  if (paging.pageNumber !== undefined && paging.pageNumber !== 1) {
    throw new MalformedFeedError(
      `The address asks for page ${paging.pageNumber} of the HSDS feed; an import needs every page. Nothing was changed; leave the page parameter out of the address.`,
    );
  }
  if (paging.totalPages > MAX_HSDS_PAGES) {
    throw new MalformedFeedError(
      `The HSDS feed has ${paging.totalPages} pages, more than the ${MAX_HSDS_PAGES} an import reads. Nothing was changed; ask for more services per page (per_page) in the address.`,
    );
  }
  const seen = new Set<string>();
  checkNewServices(first.services, seen, 1);
  const pages: unknown[][] = [first.services];
  for (let number = 2; number <= paging.totalPages; number += 1) {
    const answer = await load(pageUrl(location, number));
    if (answer.paging === undefined) throw inconsistent(`page ${number} is not a page of services`);
    if (answer.paging.pageNumber !== undefined && answer.paging.pageNumber !== number) {
      throw inconsistent(`page ${number} says it is page ${answer.paging.pageNumber}`);
    }
    if (answer.paging.totalPages !== paging.totalPages) {
      throw inconsistent(
        `page ${number} counts ${answer.paging.totalPages} pages where page 1 counts ${paging.totalPages}`,
      );
    }
    if (answer.paging.totalItems !== paging.totalItems) {
      throw inconsistent(
        `page ${number} counts ${answer.paging.totalItems ?? 'no'} services where page 1 counts ${paging.totalItems ?? 'none'}`,
      );
    }
    checkNewServices(answer.services, seen, number);
    pages.push(answer.services);
  }
  const read = pages.reduce((sum, services) => sum + services.length, 0);
  if (paging.totalItems !== undefined && read !== paging.totalItems) {
    throw inconsistent(`the pages hold ${read} services where they count ${paging.totalItems}`);
  }
  return hsdsRecords(pages, options.read);
}
