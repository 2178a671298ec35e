import { defineProject } from 'vitest/config';

export default defineProject({
  // The directory server runs from its TypeScript sources; the app itself is built by its own
  // Vite config inside the test, against the built widget and SDK, as an app would use them.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    name: 'react-app',
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 90_000,
  },
});
