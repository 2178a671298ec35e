import { defineConfig } from 'vitest/config';

// Every Node-side package contributes a project; the browser tests of the widget run under
// @web/test-runner instead.
export default defineConfig({
  test: {
    projects: ['{packages,examples}/*/vitest.config.ts', 'scripts/vitest.config.ts*'],
  },
});
