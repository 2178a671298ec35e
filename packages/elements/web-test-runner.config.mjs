// Browser tests of the elements in Debian's Chromium: msw answers for the directory API, a
// strict-CSP page served with its header, and counts written for the workspace's test command.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { countsReporter } from './test/counts-reporter.mjs';
import { fixtureApi } from './test/fixture-api.mjs';

const require = createRequire(import.meta.url);
const workerScript = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');

/** The policy a hospital's security review asks for, applied to the strict-CSP test page. */
export const STRICT_CSP =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export default {
  rootDir: '../..',
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
    }),
  ],
  middleware: [
    function mockServiceWorker(context, next) {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'application/javascript';
      context.body = workerScript;
      return undefined;
    },
    function strictCspPage(context, next) {
      if (context.path.includes('/test/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
    fixtureApi('/fixture-api'),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS },
    }),
  ],
  reporters: [defaultReporter(), countsReporter()],
};
