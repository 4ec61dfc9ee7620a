// What the browser and nginx suites need from the system, and how to get it. `npm test` installs
// what is missing when it may (scripts/ensure-test-tools.ts); the suites that need a missing
// tool fail with these messages, the others run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Debian's chromium here; Google Chrome on GitHub's runners; CHROMIUM_PATH wins. */
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'];

export function findBrowser(): string | undefined {
  return [process.env.CHROMIUM_PATH, ...BROWSERS].find((p): p is string => !!p && existsSync(p));
}

export function hasCjkFont(): boolean {
  return spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.includes('Noto Sans CJK') ?? false;
}

/** pdftotext, from poppler-utils: `npm run import` reads PDFs with it. */
export function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;
}

export function findNginx(): string | undefined {
  const found = NGINX.find((p) => existsSync(p));
  if (found) return found;
  const which = spawnSync('which', ['nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() || undefined : undefined;
}

/** The Debian packages the browser, nginx and import suites still need. */
export function missingPackages(): string[] {
  return [...(findBrowser() ? [] : ['chromium']), ...(hasCjkFont() ? [] : ['fonts-noto-cjk']), ...(findNginx() ? [] : ['nginx-light']), ...(hasPdftotext() ? [] : ['poppler-utils'])];
}

export function installHint(packages: readonly string[]): string {
  return `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** Why the tests need each package: the suites that use it. */
export const PACKAGE_NEEDS: Readonly<Record<string, string>> = {
  chromium: 'the browser suites (tests/e2e, tests/search) run the built portal in it',
  'fonts-noto-cjk': 'the browser suites need a Chinese font to lay out and screenshot the pages',
  'nginx-light': 'tests/e2e/nginx.test.ts serves the built site with deploy/nginx/gongkai.conf',
  'poppler-utils': 'npm run import reads a PDF with its pdftotext; tests/import reads real PDFs',
};

/** One line per package: its name and which suites need it. */
export function packageReasons(packages: readonly string[]): string {
  const width = Math.max(...packages.map((p) => p.length));
  return packages.map((p) => `  ${p.padEnd(width)}  ${PACKAGE_NEEDS[p] ?? 'some test suites need it'}`).join('\n');
}

/** Said before installing: what, with what, and why. */
export function installPlan(packages: readonly string[]): string {
  const n = packages.length;
  return `The tests need ${n === 1 ? 'a Debian package that is' : `${n} Debian packages that are`} missing; installing ${n === 1 ? 'it' : 'them'} with apt-get:\n${packageReasons(packages)}`;
}

/** A lock apt-get could not take because another apt-get, apt or dpkg holds it. */
export interface BusyLock {
  /** The lock file, e.g. /var/lib/dpkg/lock-frontend or /var/lib/apt/lists/lock. */
  lock: string;
  /** The process holding it, as apt names it: "931 (apt-get)". */
  holder?: string;
}

/**
 * Reads apt-get's error output (in the C locale) for a busy lock: "Could not get lock <file>. It is
 * held by process <pid> (<name>)", "Unable to acquire the dpkg frontend lock (<file>), is another
 * process using it?". Null when apt-get failed for another reason; "are you root?" and "Could not
 * open lock file" are permission problems, not a busy lock.
 */
export function busyAptLock(stderr: string): BusyLock | null {
  const got = /Could not get lock (\/\S+?)\.?(?= |$)(?:.*?held by process (\d+(?: \([^)]*\))?))?/m.exec(stderr);
  if (got) return { lock: got[1]!, ...(got[2] && { holder: got[2] }) };
  const busy = /\((\/[^)]+)\),? is another process using it\?/.exec(stderr);
  return busy ? { lock: busy[1]! } : null;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}

function heldBy(lock: BusyLock, still = false): string {
  return `${lock.lock} is ${still ? 'still ' : ''}held by ${lock.holder ? `process ${lock.holder}` : 'another process'}`;
}

/** Said before each retry while another package manager holds the lock. */
export function lockWaitMessage(command: string, lock: BusyLock, waitedMs: number, limitMs: number, retryMs: number): string {
  return `apt-get ${command}: ${heldBy(lock)}, another apt-get or dpkg run (perhaps automatic updates). Waiting for it: trying again in ${seconds(retryMs)} (waited ${seconds(waitedMs)} of at most ${seconds(limitMs)}).`;
}

/** Said when the lock stayed busy for the whole wait. */
export function lockGiveUpMessage(command: string, lock: BusyLock, limitMs: number): string {
  const pid = lock.holder?.split(' ')[0];
  return `apt-get ${command}: gave up after ${seconds(limitMs)}: ${heldBy(lock, true)}. Let that run finish${pid ? ` (ps -p ${pid} shows it)` : ''}, then run npm test again.`;
}

export interface AptOptions {
  /** How long to wait in all for a busy lock. */
  limitMs: number;
  /** How long between tries. */
  retryMs: number;
  log: (line: string) => void;
}

/**
 * Runs apt-get, waiting for a lock another package manager holds, for a bounded time, with a line
 * at each try. A loop rather than `-o DPkg::Lock::Timeout=N` alone: that option waits for the
 * dpkg locks only, and `apt-get update` fails at once on /var/lib/apt/lists/lock (apt 2.6). Its
 * output shows as it runs; its errors are shown once it ends, unless they were only a busy lock
 * to wait for. Returns whether it succeeded; never throws.
 */
export async function runAptGet(args: readonly string[], options: AptOptions): Promise<boolean> {
  const command = args.find((a) => !a.startsWith('-')) ?? args.join(' ');
  // The C locale: the messages read above are apt's English ones.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', LC_ALL: 'C.UTF-8', LANGUAGE: '' };
  const started = Date.now();
  for (;;) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8', env });
    if (r.error) {
      options.log(`apt-get ${command} could not start: ${r.error.message}.`);
      return false;
    }
    if (r.status === 0) {
      if (r.stderr) process.stderr.write(r.stderr);
      return true;
    }
    const lock = busyAptLock(r.stderr ?? '');
    const waited = Date.now() - started;
    if (lock && waited + options.retryMs <= options.limitMs) {
      options.log(lockWaitMessage(command, lock, waited, options.limitMs, options.retryMs));
      await sleep(options.retryMs);
      continue;
    }
    if (r.stderr) process.stderr.write(r.stderr);
    options.log(lock ? lockGiveUpMessage(command, lock, options.limitMs) : `apt-get ${command} failed (exit code ${r.status ?? r.signal}).`);
    return false;
  }
}

/** Why the browser suites cannot run, or null when they can. */
export function browserProblem(): string | null {
  const missing = [...(findBrowser() ? [] : ['chromium']), ...(hasCjkFont() ? [] : ['fonts-noto-cjk'])];
  if (!missing.length) return null;
  return `the browser tests need ${missing.join(' and ')}: install ${missing.length > 1 ? 'them' : 'it'} (${installHint(missing)})${findBrowser() ? '' : ', or set CHROMIUM_PATH to an installed Chromium or Chrome'}`;
}
