// Types of postgres.mjs, so TypeScript tests and benchmarks can start a private server.

/** PostgreSQL could not be found, installed, initialised or started. */
export declare class PostgresSetupError extends Error {}

/** Options of {@link startPostgres}. */
export interface StartPostgresOptions {
  /** Listen on this loopback port; a free one when absent. */
  port?: number;
  /** The database to create; default `peer_groups`. */
  database?: string;
  /** Keep fsync and synchronous commit on (default `false`: a test cluster favours speed). */
  durable?: boolean;
}

/** A running private server. */
export interface RunningPostgres {
  /** Connection URL of the created database, as the `postgres` superuser. */
  url: string;
  /** Shuts the server down and deletes its cluster; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Starts a private PostgreSQL server in a temp directory on a loopback port and creates one
 * database, installing Debian's `postgresql` package first when missing and running as root.
 */
export declare function startPostgres(options?: StartPostgresOptions): Promise<RunningPostgres>;
