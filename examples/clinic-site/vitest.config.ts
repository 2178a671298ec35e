import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'clinic-site',
    include: ['test/**/*.test.ts'],
    // The demo starts as a newcomer starts it (install check, build check, servers) and a real
    // browser drives it; a build, when one is due, takes most of a minute on two cores.
    testTimeout: 60_000,
    hookTimeout: 150_000,
  },
});
