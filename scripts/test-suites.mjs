// The test suites the README's test command runs, in order. Each suite writes its counts as
// JSON ({ "passed": N, "failed": N }) to the file named by PEER_GROUPS_TEST_RESULTS.

/** @type {Array<{ name: string, title: string, command: string, args: (resultsFile: string) => string[], prepare?: () => Promise<Record<string, string>>, cleanup?: () => Promise<void> }>} */
export const suites = [
  {
    name: 'node',
    title: 'Node tests (vitest)',
    command: 'pnpm',
    args: () => [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=./scripts/vitest-counts-reporter.mjs',
    ],
  },
  {
    name: 'browser',
    title: 'Browser tests of the widget (@web/test-runner in Chromium)',
    command: 'pnpm',
    args: () => ['--filter', '@peer-groups/elements', 'test'],
  },
];
