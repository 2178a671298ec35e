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

/**
 * Starts the reference directory API with seeded listings for the end-to-end test, and tells the
 * test its address at /__e2e__/server. It runs from the server's build, which the test command
 * makes first; when it cannot start, the test fails with the reason.
 */
function realServer() {
  let running;
  let failure = 'the server has not started';
  return {
    name: 'peer-groups-real-server',
    async serverStart() {
      try {
        const { startServer } = await import('@peer-groups/server');
        running = await startServer({
          database: ':memory:',
          seed: { count: 300, seed: 7 },
          rateLimit: false,
        });
      } catch (error) {
        failure = `the reference server did not start (${error instanceof Error ? error.message : error}); build it with "pnpm --filter @peer-groups/server build"`;
      }
    },
    async serverStop() {
      await running?.close();
    },
    serve(context) {
      if (context.path !== '/__e2e__/server') return undefined;
      return {
        body: JSON.stringify(running ? { url: running.url } : { error: failure }),
        type: 'json',
      };
    },
  };
}

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
    realServer(),
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
