// Runs before `npm test`: the browser tests need Debian's chromium and a CJK font. Installs them
// with apt-get when they are missing and we may (root on Debian); otherwise says what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];
const hasBrowser = () => BROWSERS.some((p) => !!p && existsSync(p));
const hasFont = () => spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.includes('Noto Sans CJK') ?? false;

if (hasBrowser() && hasFont()) process.exit(0);
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error('Browser tests need a Chromium and a CJK font: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)');
  process.exit(1);
}
console.log('Installing chromium and fonts-noto-cjk for the browser tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...(hasBrowser() ? [] : ['chromium']), 'fonts-noto-cjk'], { stdio: 'inherit', env });
