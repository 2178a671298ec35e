import { defineProject } from 'vitest/config';

export default defineProject({
  // Resolve workspace packages to their TypeScript sources, so tests need no build first.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'node-referral',
    include: ['test/**/*.test.ts'],
    // Each suite starts a real directory server with generated groups.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
