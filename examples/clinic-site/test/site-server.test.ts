// The demo's web server: pages with their placeholders filled, the bundle where a clinic puts
// it, the strict policy on every answer, and nothing outside the site.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLE_PATH,
  contentSecurityPolicy,
  type SiteServer,
  startSiteServer,
} from '../../../scripts/demo/site-server.mjs';

const DIRECTORY = 'http://127.0.0.1:9999';
const BUNDLE = 'export const peerGroups = true;\n';
const INTEGRITY = `sha384-${createHash('sha384').update(BUNDLE).digest('base64')}`;

let root: string;
let site: SiteServer;
let bare: SiteServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'site-server-'));
  await mkdir(join(root, 'site', 'css'), { recursive: true });
  await mkdir(join(root, 'bundle'));
  await mkdir(join(root, 'empty'));
  await writeFile(
    join(root, 'site', 'index.html'),
    '<script type="module" src="/assets/peer-groups.js" integrity="%PEER_GROUPS_INTEGRITY%"></script><peer-groups api="%DIRECTORY_URL%"></peer-groups>',
  );
  await writeFile(join(root, 'site', 'css', 'site.css'), 'body { margin: 0; }');
  await writeFile(join(root, 'secret.txt'), 'outside the site');
  await writeFile(join(root, 'bundle', 'peer-groups.js'), BUNDLE);
  // A stale hash beside the bundle, as a rebuild without the bundle check leaves: the pages
  // must carry the hash of the bytes served, or the browser blocks the script.
  await writeFile(join(root, 'bundle', 'peer-groups.js.integrity'), 'sha384-stale\n');
  const options = { directoryUrl: DIRECTORY, port: 0, host: '127.0.0.1' };
  site = await startSiteServer({
    ...options,
    siteDir: join(root, 'site'),
    bundleDir: join(root, 'bundle'),
  });
  bare = await startSiteServer({
    ...options,
    siteDir: join(root, 'site'),
    bundleDir: join(root, 'empty'),
  });
});

afterAll(async () => {
  await site?.close();
  await bare?.close();
  if (root !== undefined) await rm(root, { recursive: true, force: true });
});

describe('the demo site server', () => {
  it('fills the hash of the bundle it serves and the directory address into pages', async () => {
    const response = await fetch(site.url);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain(`integrity="${INTEGRITY}"`);
    expect(html).toContain(`api="${DIRECTORY}"`);
    expect(html).not.toContain('%');
  });

  it('serves the bundle at the path the pages use, byte for byte', async () => {
    const response = await fetch(new URL(BUNDLE_PATH, site.url));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe(BUNDLE);
  });

  it('sends the strict policy, allowing requests to the directory only', async () => {
    const response = await fetch(new URL('/css/site.css', site.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(
      contentSecurityPolicy('http://127.0.0.1:9999'),
    );
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(contentSecurityPolicy(DIRECTORY)).toContain(`connect-src 'self' ${DIRECTORY};`);
    expect(contentSecurityPolicy(DIRECTORY)).not.toContain('unsafe');
  });

  it('answers 404 for missing files and for paths that climb out of the site', async () => {
    expect((await fetch(new URL('/nope.html', site.url))).status).toBe(404);
    expect((await fetch(new URL('/css/', site.url))).status).toBe(404);
    // fetch normalises "..", so send the encoded form a hostile client would.
    expect((await fetch(`${site.url}%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${site.url}%2e%2e%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${site.url}%E0%A4%A`)).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(site.url, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('says how to build the widget when its bundle is missing', async () => {
    const response = await fetch(bare.url);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('pnpm --filter @peer-groups/elements build');
  });
});
