// Runs before `npm test`: the browser tests need Debian's chromium and a CJK font. Installs them
// with apt-get when they are missing and we may (root on Debian); otherwise says what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const hasFont = () => spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.includes('Noto Sans CJK') ?? false;

if (existsSync(CHROMIUM) && hasFont()) process.exit(0);
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error('Browser tests need Debian packages chromium and fonts-noto-cjk: apt-get install -y chromium fonts-noto-cjk');
  process.exit(1);
}
console.log('Installing chromium and fonts-noto-cjk for the browser tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
