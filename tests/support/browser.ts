// A system Chromium through playwright-core: no browser download, network closed.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium here; Google Chrome on GitHub's runners; CHROMIUM_PATH wins. */
export const BROWSERS = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'];

export function browserPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...BROWSERS].find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('no Chromium found: install Debian’s chromium, or set CHROMIUM_PATH');
  return found;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: browserPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
