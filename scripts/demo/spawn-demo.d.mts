// Types of spawn-demo.mjs, so TypeScript tests can run the demo.

/** The demo did not print its addresses in time, or exited first; the message holds its output. */
export declare class DemoStartError extends Error {}

/** The demo running in a child process. */
export interface SpawnedDemo {
  /** The clinic site, ending in `/`. */
  siteUrl: string;
  /** The directory API's base URL, without `/v1`. */
  apiUrl: string;
  /** The demo's last lines of output. */
  output: string[];
  /** Sends SIGINT, as Ctrl-C does; resolves to the exit code or signal name. */
  stop(): Promise<number | string | null>;
}

/** Runs `node scripts/start.mjs` on free ports; resolves once it prints its addresses. */
export declare function spawnDemo(options?: {
  timeoutMs?: number;
  env?: Record<string, string>;
}): Promise<SpawnedDemo>;
