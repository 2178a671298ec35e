// Types of site-server.mjs.

/** Where the pages load the bundle from, as on a clinic's own site. */
export declare const BUNDLE_PATH: string;

/** The policy every page is served with, allowing requests to `directoryOrigin`. */
export declare function contentSecurityPolicy(directoryOrigin: string): string;

/** The running site. */
export interface SiteServer {
  /** The site's address, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/** Starts the clinic site's web server. */
export declare function startSiteServer(options: {
  siteDir: string;
  bundleDir: string;
  directoryUrl: string;
  port: number;
  host: string;
}): Promise<SiteServer>;
