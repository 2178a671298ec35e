// The running demo: the reference directory API with freshly generated sample groups, and the
// example clinic site whose pages search it. Both listen on loopback only.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSiteServer } from './site-server.mjs';

/** Default ports: high enough to miss the usual development servers (3000, 5173, 8080). */
export const DEFAULT_SITE_PORT = 8730;
export const DEFAULT_API_PORT = 8731;
/** Groups in the demo directory, as `peer-groups-server serve --seed demo` makes. */
const DEMO_GROUPS = 500;

/** A setting the demo cannot use; the message names the variable and what it accepts. */
export class DemoSettingError extends Error {
  name = 'DemoSettingError';
}

function portFrom(env, name, fallback) {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new DemoSettingError(
      `${name} must be a port number from 0 to 65535 (0 picks a free one), not "${text}".`,
    );
  }
  return port;
}

/**
 * The demo's settings from the environment: `PORT` for the clinic site, `API_PORT` for the
 * directory (0 picks a free port), `HOST` for the interface both listen on.
 */
export function demoSettings(env) {
  return {
    sitePort: portFrom(env, 'PORT', DEFAULT_SITE_PORT),
    apiPort: portFrom(env, 'API_PORT', DEFAULT_API_PORT),
    host: env.HOST || '127.0.0.1',
  };
}

/**
 * Starts the directory and the clinic site from the workspace's builds. Resolves to
 * `{ siteUrl, apiUrl, groups, close() }`.
 */
export async function startDemo(root, { sitePort, apiPort, host }) {
  const serverEntry = pathToFileURL(resolve(root, 'packages/server/dist/index.js')).href;
  const { startServer } = await import(serverEntry);
  const api = await startServer({
    port: apiPort,
    host,
    // A fresh directory on every start, its listings dated around today.
    database: ':memory:',
    seed: { count: DEMO_GROUPS },
    // Any origin may read (the server's default, never with credentials): the listings are
    // public, and the React example's dev server calls this directory from its own origin.
  });
  let site;
  try {
    site = await startSiteServer({
      siteDir: resolve(root, 'examples/clinic-site/site'),
      bundleDir: resolve(root, 'packages/elements/dist/cdn'),
      directoryUrl: api.url,
      port: sitePort,
      host,
    });
  } catch (error) {
    await api.close();
    throw error;
  }
  return {
    siteUrl: site.url,
    apiUrl: api.url,
    groups: api.directory.size,
    async close() {
      await Promise.all([site.close(), api.close()]);
    },
  };
}
