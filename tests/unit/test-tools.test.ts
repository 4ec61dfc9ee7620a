// The test set-up's words (tests/support/tools.ts, used by scripts/ensure-test-tools.ts): what it
// installs and why, and how it reads apt-get's complaint that another package manager is running.
import { describe, expect, it } from 'vitest';
import { busyAptLock, installPlan, lockGiveUpMessage, lockWaitMessage, PACKAGE_NEEDS } from '../support/tools.ts';

// apt 2.6's own words, in the C locale.
const FRONTEND = [
  'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 931 (apt-get)',
  'N: Be aware that removing the lock file is not a solution and may break your system.',
  'E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
].join('\n');
const LISTS = 'E: Could not get lock /var/lib/apt/lists/lock. It is held by process 1132 (apt)\nE: Unable to lock directory /var/lib/apt/lists/\n';
const OLD = 'E: Could not get lock /var/lib/dpkg/lock - open (11: Resource temporarily unavailable)\nE: Unable to lock the administration directory (/var/lib/dpkg/), is another process using it?\n';

describe('a busy apt or dpkg lock', () => {
  it('is read from apt-get’s errors, with the lock and the process that holds it', () => {
    expect(busyAptLock(FRONTEND)).toEqual({ lock: '/var/lib/dpkg/lock-frontend', holder: '931 (apt-get)' });
    expect(busyAptLock(LISTS)).toEqual({ lock: '/var/lib/apt/lists/lock', holder: '1132 (apt)' });
    expect(busyAptLock(OLD)).toEqual({ lock: '/var/lib/dpkg/lock' });
    expect(busyAptLock('E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?')).toEqual({ lock: '/var/lib/dpkg/lock-frontend' });
  });

  it('is not confused with other failures: not root, no network, no such package', () => {
    const notRoot = 'E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n';
    expect(busyAptLock(notRoot)).toBeNull();
    expect(busyAptLock('E: Unable to locate package chromium\n')).toBeNull();
    expect(busyAptLock("W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary failure resolving 'deb.debian.org'\n")).toBeNull();
    expect(busyAptLock('')).toBeNull();
  });

  it('is waited for with a line at each try, and given up on plainly', () => {
    const lock = { lock: '/var/lib/dpkg/lock-frontend', holder: '931 (apt-get)' };
    expect(lockWaitMessage('install', lock, 15_000, 180_000, 5_000)).toBe(
      'apt-get install: /var/lib/dpkg/lock-frontend is held by process 931 (apt-get), another apt-get or dpkg run (perhaps automatic updates). Waiting for it: trying again in 5 s (waited 15 s of at most 180 s).',
    );
    expect(lockGiveUpMessage('install', lock, 180_000)).toBe(
      'apt-get install: gave up after 180 s: /var/lib/dpkg/lock-frontend is still held by process 931 (apt-get). Let that run finish (ps -p 931 shows it), then run npm test again.',
    );
    expect(lockGiveUpMessage('update', { lock: '/var/lib/dpkg/lock' }, 180_000)).toBe('apt-get update: gave up after 180 s: /var/lib/dpkg/lock is still held by another process. Let that run finish, then run npm test again.');
  });
});

describe('the install plan', () => {
  it('says what it installs and which suites need each package', () => {
    expect(installPlan(['chromium', 'fonts-noto-cjk', 'nginx-light'])).toBe(
      [
        'The tests need 3 Debian packages that are missing; installing them with apt-get:',
        '  chromium        the browser suites (tests/e2e, tests/search) run the built portal in it',
        '  fonts-noto-cjk  the browser suites need a Chinese font to lay out and screenshot the pages',
        '  nginx-light     tests/e2e/nginx.test.ts serves the built site with deploy/nginx/gongkai.conf',
      ].join('\n'),
    );
    expect(installPlan(['nginx-light'])).toBe(`The tests need a Debian package that is missing; installing it with apt-get:\n  nginx-light  ${PACKAGE_NEEDS['nginx-light']}`);
  });
});
