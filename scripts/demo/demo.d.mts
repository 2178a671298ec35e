// Types of demo.mjs.

export declare const DEFAULT_SITE_PORT: number;
export declare const DEFAULT_API_PORT: number;

/** A setting the demo cannot use; the message names the variable and what it accepts. */
export declare class DemoSettingError extends Error {}

/** The demo's ports and interface. */
export interface DemoSettings {
  sitePort: number;
  apiPort: number;
  host: string;
}

/** The demo's settings from `PORT`, `API_PORT` and `HOST`. */
export declare function demoSettings(env: Record<string, string | undefined>): DemoSettings;

/** The running demo. */
export interface RunningDemo {
  siteUrl: string;
  apiUrl: string;
  groups: number;
  close(): Promise<void>;
}

/** Starts the directory and the clinic site from the workspace's builds. */
export declare function startDemo(root: string, settings: DemoSettings): Promise<RunningDemo>;
