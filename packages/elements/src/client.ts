import type {
  Group,
  SearchPage,
  SearchQuery,
  SubmissionInput,
  SubmissionReceipt,
} from '@peer-groups/core';
import { createConnection, createSubmission, getGroup, searchGroups } from '@peer-groups/sdk';

/** Per-call options every directory call takes. */
export interface CallOptions {
  /** Cancels the call. */
  signal?: AbortSignal;
}

/** What a page of results may say about the items its client left out. */
export interface PageDrops {
  /** Items of the page that failed their schema and were left out. */
  readonly invalid?: readonly unknown[];
}

/**
 * The part of the `@peer-groups/sdk` client the elements use. Hosts may set their own client
 * (with extra headers, say) on the `client` property of any element.
 */
export interface DirectoryClient {
  /** Directory listings. */
  groups: {
    /**
     * One page of search results. `invalid`, when the client gives it, lists the items it left
     * out because they failed their schema (the SDK's lenient pages), so counts can leave them out too.
     */
    search(query: SearchQuery, options?: CallOptions): Promise<SearchPage & PageDrops>;
    /** One group by id. */
    get(id: string, options?: CallOptions): Promise<Group>;
  };
  /** Suggestions for the directory's curators. */
  submissions: {
    /** Sends a submission to the moderation queue. */
    create(input: SubmissionInput, options?: CallOptions): Promise<SubmissionReceipt>;
  };
}

/**
 * A patient should hear about a failure within seconds, with a retry button, rather than wait
 * behind a long series of silent retries; a rate limit longer than the deadline fails at once
 * and says how long to wait. (The SDK itself sends no cookies and no referrer.)
 */
const PATIENT_FRIENDLY = {
  timeout: 10_000,
  retry: { limit: 1, baseDelayMs: 400, maxDelayMs: 2000 },
} as const;

const clients = new Map<string, DirectoryClient>();

/**
 * The shared client of the directory at `api` (an origin or base URL). Built from the SDK's
 * standalone calls rather than `createClient`, so the single-file bundle carries only the three
 * calls the elements make and the schemas those read.
 */
export function clientFor(api: string): DirectoryClient {
  let client = clients.get(api);
  if (client === undefined) {
    const connection = createConnection({ baseUrl: api, ...PATIENT_FRIENDLY });
    client = {
      groups: {
        search: (query, options) => searchGroups(connection, query, options),
        get: (id, options) => getGroup(connection, id, options),
      },
      submissions: {
        create: (input, options) => createSubmission(connection, input, options),
      },
    };
    clients.set(api, client);
  }
  return client;
}
