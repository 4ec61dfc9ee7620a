// Runs before `npm test`. The browser tests need a Chromium and a CJK font; the deployment test
// serves the site with nginx; the importer reads PDFs with pdftotext (poppler-utils). Installs what is missing with apt-get when we may (root on
// Debian), saying first what and why, and waiting up to three minutes when another apt-get or
// dpkg holds the package lock; otherwise, or when that fails, says what to install and lets the
// tests run: the suites that need a missing tool fail with the same advice, the others are
// unaffected. It always exits 0: `npm test` runs only after a pretest that succeeds.
import { existsSync } from 'node:fs';
import { installHint, installPlan, missingPackages, packageReasons, runAptGet, type AptOptions } from '../tests/support/tools.ts';

/** Waiting for a busy lock: a try every 5 s for at most 3 minutes, per apt-get command. */
const LOCK_WAIT: AptOptions = { limitMs: 180_000, retryMs: 5_000, log: (line) => console.error(line) };

async function main(): Promise<void> {
  const missing = missingPackages();
  if (!missing.length) return;
  const them = missing.length > 1 ? 'them' : 'it';
  const advice = `The browser, nginx and PDF-import tests need:\n${packageReasons(missing)}\nInstall ${them} (${installHint(missing)}), or set CHROMIUM_PATH for an installed browser; until then those suites fail and the others run.`;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(advice);
    return;
  }
  console.log(installPlan(missing));
  const installed = (await runAptGet(['update'], LOCK_WAIT)) && (await runAptGet(['install', '-y', '--no-install-recommends', ...missing], LOCK_WAIT));
  if (!installed) console.error(advice);
}

try {
  await main();
} catch (e) {
  // Never a stack trace, never a stopped test run: say it and go on.
  console.error(`Could not set up the browser and nginx tests (${(e as Error).message.split('\n')[0]}); those suites may fail, the others run.`);
}
