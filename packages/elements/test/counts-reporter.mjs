// A @web/test-runner reporter that writes how many tests passed and failed to the file named by
// PEER_GROUPS_TEST_RESULTS, so the workspace's test command can sum counts across runners.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) continue;
    if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

/** The reporter; a test file that fails to load counts as one failure. */
export function countsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      const file = process.env.PEER_GROUPS_TEST_RESULTS;
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}
