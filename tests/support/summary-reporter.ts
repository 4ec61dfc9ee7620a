// Prints one plain closing line, "N passed, N failed", that any CI reads the same way. A test file
// that fails outside its tests (it cannot load, a hook throws) and an error outside any file (the
// demo build) count as failed too. Under scripts/test.ts, which runs the fast suites and then the
// site suites, each run's line is labelled and its counts are kept for the closing line of both.
import { appendFileSync } from 'node:fs';
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
  files: number;
}

export function summaryLine({ passed, failed, skipped }: RunCounts): string {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts: RunCounts = { passed: 0, failed: unhandledErrors.length, skipped: 0, files: testModules.length };
    for (const m of testModules) {
      let failedTests = 0;
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') failedTests++;
        else counts.skipped++;
      }
      counts.failed += failedTests || (m.state() === 'failed' ? 1 : 0);
    }
    const keep = process.env.GONGKAI_TEST_SUMMARY;
    if (keep) appendFileSync(keep, `${JSON.stringify(counts)}\n`);
    const label = process.env.GONGKAI_TEST_PASS;
    process.stdout.write(`\n${label ? `${label}: ` : ''}${summaryLine(counts)}\n`);
  }
}
