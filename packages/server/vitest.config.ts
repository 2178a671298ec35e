import { defineProject } from 'vitest/config';

export default defineProject({
  // Resolve workspace packages to their TypeScript sources, so tests need no build first.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'server',
    include: ['test/**/*.test.ts'],
    // One private PostgreSQL server per run for the PostgreSQL store suites.
    globalSetup: ['./test/postgres-setup.ts'],
    // Every suite starts real servers and databases; two cores share them.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
