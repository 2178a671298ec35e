// The clinic site's web server: static files, the widget's single-file bundle where a clinic
// would put it, and the strict Content Security Policy a hospital's review asks for. Node
// built-ins only.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

/** Where the pages load the bundle from, as on a clinic's own site. */
export const BUNDLE_PATH = '/assets/peer-groups.js';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Placeholders in the pages, filled on every request so they always match the running demo. */
const DIRECTORY_PLACEHOLDER = '%DIRECTORY_URL%';
const INTEGRITY_PLACEHOLDER = '%PEER_GROUPS_INTEGRITY%';

/**
 * The policy every page is served with: scripts and styles from this site only, no inline
 * anything, Trusted Types for Lit's templates, and requests only to this site and the directory.
 */
export function contentSecurityPolicy(directoryOrigin) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src 'self' ${directoryOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** The file under `rootDir` that a request path names, or undefined for paths that escape it. */
function fileFor(rootDir, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const path = resolve(rootDir, `.${relative}`);
  return path.startsWith(rootDir + sep) ? path : undefined;
}

/**
 * The Subresource Integrity hash of the bundle as it is on disk now. Computed from the bytes the
 * site serves rather than read from the `.integrity` file the build writes beside them: a bundle
 * rebuilt without that step would otherwise be blocked by the browser's integrity check.
 */
async function integrityOf(bundleDir) {
  let bundle;
  try {
    bundle = await readFile(resolve(bundleDir, 'peer-groups.js'));
  } catch {
    throw new Error(
      `${bundleDir}/peer-groups.js is missing: build the widget with "pnpm --filter @peer-groups/elements build".`,
    );
  }
  return `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
}

/**
 * Starts the site. `siteDir` holds the pages; `bundleDir` the widget's build (`peer-groups.js`);
 * `directoryUrl` is the directory API the pages search.
 * Resolves to `{ url, close() }` once it listens.
 */
export async function startSiteServer({ siteDir, bundleDir, directoryUrl, port, host }) {
  const root = resolve(siteDir);
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(new URL(directoryUrl).origin),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // The demo is edited while it runs: always serve what is on disk.
    'Cache-Control': 'no-cache',
  };

  async function respond(request, response) {
    const { pathname } = new URL(request.url ?? '/', 'http://site');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const path =
      pathname === BUNDLE_PATH ? resolve(bundleDir, 'peer-groups.js') : fileFor(root, pathname);
    let body;
    try {
      if (path === undefined)
        throw Object.assign(new Error('outside the site'), { code: 'ENOENT' });
      body = await readFile(path);
    } catch (error) {
      const missing = error.code === 'ENOENT' || error.code === 'EISDIR';
      response
        .writeHead(missing ? 404 : 500, { ...headers, 'Content-Type': CONTENT_TYPES['.txt'] })
        .end(missing ? `Not found: ${pathname}\n` : 'The file could not be read.\n');
      return;
    }
    const type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
    if (type.startsWith('text/html')) {
      const integrity = await integrityOf(bundleDir);
      body = Buffer.from(
        body
          .toString('utf8')
          .replaceAll(DIRECTORY_PLACEHOLDER, directoryUrl)
          .replaceAll(INTEGRITY_PLACEHOLDER, integrity),
      );
    }
    response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    respond(request, response).catch((error) => {
      if (!response.headersSent) {
        response.writeHead(500, { 'Content-Type': CONTENT_TYPES['.txt'] });
      }
      response.end(`${error instanceof Error ? error.message : error}\n`);
    });
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise());
  });
  const address = server.address();
  const hostInUrl = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostInUrl}:${address.port}/`,
    close: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise());
        // Browsers keep connections open; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
