// A vitest reporter that writes how many tests passed and failed to PEER_GROUPS_TEST_RESULTS,
// so the test command can sum counts across runners.
import { writeFileSync } from 'node:fs';

export default class CountsReporter {
  onTestRunEnd(testModules, unhandledErrors) {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const testModule of testModules) {
      if (testModule.state() === 'failed' && testModule.children.size === 0) failed += 1;
      for (const testCase of testModule.children.allTests()) {
        const state = testCase.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
      }
    }
    const file = process.env.PEER_GROUPS_TEST_RESULTS;
    if (file) writeFileSync(file, JSON.stringify({ passed, failed }));
  }
}
