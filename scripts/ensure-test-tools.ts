// Runs before `npm test`. The browser tests need a Chromium and a CJK font; the deployment test
// serves the site with nginx. Installs what is missing with apt-get when we may (root on
// Debian); otherwise says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];
const hasBrowser = () => BROWSERS.some((p) => !!p && existsSync(p));
const hasFont = () => spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).stdout?.includes('Noto Sans CJK') ?? false;
const hasNginx = () => existsSync('/usr/sbin/nginx') || spawnSync('which', ['nginx']).status === 0;

const missing = [...(hasBrowser() ? [] : ['chromium']), ...(hasFont() ? [] : ['fonts-noto-cjk']), ...(hasNginx() ? [] : ['nginx-light'])];
if (!missing.length) process.exit(0);
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(`The tests need: ${missing.join(', ')}. Install them (apt-get install -y ${missing.join(' ')}), or set CHROMIUM_PATH for an installed browser.`);
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} for the tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
