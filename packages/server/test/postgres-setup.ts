/**
 * Vitest global setup of the server project: one private PostgreSQL server per test run, shared
 * by every suite that tests the PostgreSQL store. Suites read its URL with
 * {@link testDatabaseUrl} from `postgres-database.ts`.
 *
 * Set `PEER_GROUPS_TEST_DATABASE_URL` to run the suites against a database of your own instead;
 * they create and drop their own schemas in it.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../../scripts/lib/postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection URL of the database the PostgreSQL suites may use. */
    peerGroupsTestDatabaseUrl: string;
  }
}

/** Starts the server (unless a database was given) and provides its URL to every suite. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.PEER_GROUPS_TEST_DATABASE_URL;
  if (given) {
    project.provide('peerGroupsTestDatabaseUrl', given);
    return async () => {};
  }
  const server = await startPostgres();
  project.provide('peerGroupsTestDatabaseUrl', server.url);
  return () => server.stop();
}
