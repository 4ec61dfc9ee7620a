// Runs before `npm test`. The browser tests need a Chromium and a CJK font; the deployment test
// serves the site with nginx. Installs what is missing with apt-get when we may (root on
// Debian); otherwise, or when that fails, says what to install and lets the tests run: the suites
// that need a missing tool fail with the same advice, the others are unaffected.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { installHint, missingPackages } from '../tests/support/tools.ts';

const missing = missingPackages();
if (missing.length) {
  const advice = `The browser and nginx tests need: ${missing.join(', ')}. Install ${missing.length > 1 ? 'them' : 'it'} (${installHint(missing)}), or set CHROMIUM_PATH for an installed browser; until then those suites fail and the others run.`;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(advice);
  } else {
    console.log(`Installing ${missing.join(', ')} for the tests…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
    } catch (e) {
      console.error(`apt-get failed (${(e as Error).message.split('\n')[0]}).\n${advice}`);
    }
  }
}
