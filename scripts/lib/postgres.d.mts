// Types of postgres.mjs, so TypeScript tests and benchmarks can start a private server.

/** PostgreSQL could not be found, installed, initialised or started. */
export declare class PostgresSetupError extends Error {}

/** Options of {@link startPostgres}. */
export interface StartPostgresOptions {
  /** Listen on this loopback port; a free one when absent. */
  port?: number;
  /** The database to create; default `peer_groups`. */
  database?: string;
  /**
   * Keep fsync and synchronous commit on (default `false`: a test cluster favours speed), for
   * benchmarks and for tests of what survives a crash.
   */
  durable?: boolean;
}

/** A running private server. */
export interface RunningPostgres {
  /** Connection URL of the created database, as the `postgres` superuser. */
  url: string;
  /** Shuts the server down and deletes its cluster; safe to call more than once. */
  stop(): Promise<void>;
  /**
   * Stops the server as a kill -9 would leave it: an immediate shutdown, with nothing more
   * written (WAL buffers included). `restart()` then recovers from the WAL.
   */
  crash(): Promise<void>;
  /** Starts the server again on the same data and port (stopping it first if it runs). */
  restart(): Promise<void>;
  /**
   * Starts a streaming hot standby of this server in a cluster of its own (`pg_basebackup -R`),
   * on another free port; its `url` names the same database. Stop it before its primary.
   */
  replicate(): Promise<RunningPostgres>;
}

/**
 * Starts a private PostgreSQL server in a temp directory on a loopback port and creates one
 * database, installing Debian's `postgresql` package first when missing and running as root.
 */
export declare function startPostgres(options?: StartPostgresOptions): Promise<RunningPostgres>;
