// What the browser and nginx suites need from the system, and how to get it. `npm test` installs
// what is missing when it may (scripts/ensure-test-tools.ts); the suites that need a missing
// tool fail with these messages, the others run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's chromium here; Google Chrome on GitHub's runners; CHROMIUM_PATH wins. */
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'];

export function findBrowser(): string | undefined {
  return [process.env.CHROMIUM_PATH, ...BROWSERS].find((p): p is string => !!p && existsSync(p));
}

export function hasCjkFont(): boolean {
  return spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.includes('Noto Sans CJK') ?? false;
}

export function findNginx(): string | undefined {
  const found = NGINX.find((p) => existsSync(p));
  if (found) return found;
  const which = spawnSync('which', ['nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

/** The Debian packages the browser and nginx suites still need. */
export function missingPackages(): string[] {
  return [...(findBrowser() ? [] : ['chromium']), ...(hasCjkFont() ? [] : ['fonts-noto-cjk']), ...(findNginx() ? [] : ['nginx-light'])];
}

export function installHint(packages: readonly string[]): string {
  return `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** Why the browser suites cannot run, or null when they can. */
export function browserProblem(): string | null {
  const missing = [...(findBrowser() ? [] : ['chromium']), ...(hasCjkFont() ? [] : ['fonts-noto-cjk'])];
  if (!missing.length) return null;
  return `the browser tests need ${missing.join(' and ')}: install ${missing.length > 1 ? 'them' : 'it'} (${installHint(missing)})${findBrowser() ? '' : ', or set CHROMIUM_PATH to an installed Chromium or Chrome'}`;
}
