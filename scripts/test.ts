// npm test [vitest arguments, e.g. file filters or -t <name>]
// Runs the fast suites first (library, rule fixtures, check command, real data, properties,
// robustness: no build), then the site suites (the demo build, search, Chromium, nginx), each as
// one vitest run of its project (vitest.config.ts). Both always run; the closing line states the
// totals of both: "N passed, N failed". With --project, vitest runs alone as asked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summaryLine, type RunCounts } from '../tests/support/summary-reporter.ts';

const VITEST = join('node_modules', 'vitest', 'vitest.mjs');
const args = process.argv.slice(2);

function vitest(extra: string[], env: Record<string, string> = {}): number {
  const r = spawnSync(process.execPath, [VITEST, 'run', ...extra, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

if (args.some((a) => a === '--project' || a.startsWith('--project='))) {
  process.exitCode = vitest([]);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-test-'));
  const kept = join(dir, 'runs.jsonl');
  let exitCode = 0;
  for (const project of ['fast', 'site']) {
    const status = vitest(['--project', project, '--passWithNoTests'], { GONGKAI_TEST_SUMMARY: kept, GONGKAI_TEST_PASS: `${project} suites` });
    if (status !== 0 && exitCode === 0) exitCode = status;
  }
  const runs: RunCounts[] = existsSync(kept) ? readFileSync(kept, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as RunCounts) : [];
  rmSync(dir, { recursive: true, force: true });
  const total: RunCounts = { passed: 0, failed: 0, skipped: 0, files: 0 };
  for (const r of runs) for (const k of Object.keys(total) as (keyof RunCounts)[]) total[k] += r[k];
  if (!total.files && exitCode === 0) {
    process.stderr.write(`\nNo test files found for: ${args.join(' ')}\n`);
    exitCode = 1;
  }
  // A run that failed without reporting counts (vitest could not start) still fails the whole.
  if (exitCode !== 0 && !total.failed) total.failed = 1;
  process.stdout.write(`\n${summaryLine(total)}\n`);
  process.exitCode = exitCode;
}
