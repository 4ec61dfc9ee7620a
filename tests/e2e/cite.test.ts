// Cite lines in real Chromium: the browser fills in the reader's date, and the copy button, reached
// and pressed with the keyboard, puts the whole citation (canonical address with the table's
// anchor, and the date) on the clipboard. Nothing is requested from another site.
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedPortal } from '../support/served.ts';
import { loadSettings } from '../../src/lib/settings.ts';

const BASE = loadSettings().base_url!.replace(/\/+$/, '');
const PATH = '/linfen/xingzheng-shenpi/2020/';

const portal = servedPortal();

async function open(path: string): Promise<{ context: BrowserContext; page: Awaited<ReturnType<BrowserContext['newPage']>>; outside: string[] }> {
  const context = await portal.browser().newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: portal.url() });
  const page = await context.newPage();
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(portal.url())) outside.push(r.url());
  });
  await page.goto(portal.url() + path);
  return { context, page, outside };
}

describe('cite this', () => {
  it.each([
    ['zh', PATH, 'zh-CN', '，访问日期：', '已复制'],
    ['en', `/en${PATH}`, 'en', ', retrieved ', 'Copied'],
  ])('%s: fills in the reader’s date and copies the citation with the keyboard', async (_lang, path, locale, retrieved, copied) => {
    const { context, page, outside } = await open(path);
    const today = await page.evaluate((l) => new Intl.DateTimeFormat(l, { dateStyle: 'long' }).format(new Date()), locale);
    const cite = page.locator('[data-table="expenditure_summary"] [data-cite]');
    // The date is the reader's, filled in by the browser.
    await expect.poll(() => cite.locator('[data-cite-date]').textContent()).toBe(today);
    expect(await cite.locator('[data-cite-retrieved]').isVisible()).toBe(true);
    const text = (await cite.locator('[data-cite-text]').textContent())!.replace(/\s+/g, ' ').trim();
    expect(text).toContain(`${BASE}${path}#table-expenditure_summary`);
    expect(text.endsWith(`${retrieved}${today}`)).toBe(true);
    // The table's scrolling box, then the copy button: Tab reaches it, Enter presses it.
    await page.locator('[data-table="expenditure_summary"] .table-scroll').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-cite-copy'))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-table]')?.getAttribute('data-table'))).toBe('expenditure_summary');
    await page.keyboard.press('Enter');
    await expect.poll(() => cite.locator('[data-cite-status]').textContent()).toBe(copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    // The disclosure's own cite line, with the page's address.
    const whole = page.locator('section[aria-labelledby="source-title"] [data-cite]');
    await whole.locator('[data-cite-copy]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`${BASE}${path}${retrieved}${today}`);
    expect(outside).toEqual([]);
    await context.close();
  });
});
