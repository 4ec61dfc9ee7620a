// The built demo portal served over HTTP and a Chromium, for a browser suite: started before its
// tests, closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from './browser.ts';
import { serve } from './serve.ts';

export function servedPortal(): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    site = await serve(inject('demoDist'));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, url: () => site!.url };
}
