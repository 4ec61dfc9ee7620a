// A system Chromium through playwright-core: no browser download, network closed.
import { chromium, type Browser } from 'playwright-core';
import { browserProblem, findBrowser } from './tools.ts';

export async function launch(): Promise<Browser> {
  const problem = browserProblem();
  if (problem) throw new Error(problem);
  return chromium.launch({
    executablePath: findBrowser()!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
