// Long pages made navigable (issue item 4), in a browser: on a phone (390 px) the table of contents
// is one collapsed line that leaves the content in view, opens on a tap and jumps to a table; on a
// desktop (1280 px) it is open beside the page and stays in view while the page scrolls. The
// inline erratum's link opens the collapsed group of the data notes and shows the erratum.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedPortal } from '../support/served.ts';

const portal = servedPortal();
const PAGE = '/jincheng/xingzheng-shenpi/2024/';
const HEIGHT = 844;

async function open(width: number, path = PAGE): Promise<Page> {
  const page = await portal.browser().newPage({ viewport: { width, height: HEIGHT } });
  await page.goto(`${portal.url()}${path}`, { waitUntil: 'networkidle' });
  return page;
}

const box = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
});
const isOpen = (page: Page) => page.locator('[data-toc-details]').evaluate((d) => (d as HTMLDetailsElement).open);

describe('the table of contents on a phone (390 px)', () => {
  it('is one collapsed line: the summary’s heading is in view below it', async () => {
    const page = await open(390);
    expect(await isOpen(page)).toBe(false);
    const toc = await box(page, '[data-toc]');
    expect(toc.height).toBeLessThan(60);
    const summary = await box(page, '#summary-title');
    expect(summary.top).toBeGreaterThan(toc.bottom);
    expect(summary.bottom).toBeLessThan(HEIGHT / 2);
    await page.close();
  });

  it('opens on a tap and jumps to a table', async () => {
    const page = await open(390);
    await page.getByText('本页目录').click();
    expect(await isOpen(page)).toBe(true);
    await page.locator('[data-toc] a[href="#table-expenditure_summary"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#table-expenditure_summary');
    const table = await box(page, '#table-expenditure_summary');
    expect(Math.abs(table.top)).toBeLessThan(40);
    await page.close();
  });
});

describe('the table of contents on a desktop (1280 px)', () => {
  it('stands open beside the page and stays in view as the page scrolls', async () => {
    const page = await open(1280);
    expect(await isOpen(page)).toBe(true);
    const toc = await box(page, '[data-toc]');
    const summary = await box(page, '#summary-title');
    // Beside the content, not above it.
    expect(toc.left).toBeGreaterThanOrEqual(summary.right);
    expect(toc.top).toBeLessThan(HEIGHT);
    await page.mouse.wheel(0, 6000);
    await expect.poll(async () => (await box(page, '[data-toc]')).top).toBeGreaterThanOrEqual(0);
    const scrolled = await box(page, '[data-toc]');
    expect(scrolled.top).toBeLessThan(40);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
    await page.close();
  });

  it('jumps to a narrative section', async () => {
    const page = await open(1280);
    await page.locator('[data-toc] a[href="#n-admin-costs"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#n-admin-costs');
    expect(Math.abs((await box(page, '#n-admin-costs')).top)).toBeLessThan(40);
    await page.close();
  });
});

describe('the inline erratum', () => {
  it.each([390, 1280])('at %i px, leads to its erratum in the data notes, opening its group', async (width) => {
    const page = await open(width, `${PAGE}#n-admin-costs`);
    expect(await page.locator('#notes-errata-applied').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const mark = page.locator('[data-inline-erratum]');
    expect(await mark.locator('del').textContent()).toBe('0.03%');
    expect(await mark.locator('ins').textContent()).toBe('3.23%');
    await page.locator('[data-erratum-link]').click();
    await expect.poll(() => page.locator('#notes-errata-applied').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const erratum = await box(page, '#erratum-1');
    expect(erratum.top).toBeGreaterThanOrEqual(-1);
    expect(erratum.top).toBeLessThan(HEIGHT / 2);
    expect(await page.locator('#erratum-1').isVisible()).toBe(true);
    await page.close();
  });
});
