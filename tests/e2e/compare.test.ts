// A compare page in real Chromium: its chart draws, its table sorts by the column a reader picks,
// and at 390 px the table is readable: the page does not scroll sideways, regions, years and amounts
// keep to one line each and names to three, and a table wider than its box says that it scrolls and
// keeps the names in view.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedPortal } from '../support/served.ts';

const portal = servedPortal();

async function open(path: string, width: number): Promise<Page> {
  const page = await portal.browser().newPage({ viewport: { width, height: 844 } });
  await page.goto(`${portal.url()}${path}`, { waitUntil: 'networkidle' });
  return page;
}

describe('a compare page’s chart', () => {
  it.each(['/compare/total/', '/en/compare/three-public-reception/'])('%s draws', async (path) => {
    const page = await open(path, 1280);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const canvas = page.locator('figure.chart canvas');
    await canvas.scrollIntoViewIfNeeded();
    await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 10_000 }).not.toBeNull();
    const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a compare table', () => {
  const order = (page: Page) => page.locator('table[data-compare]').first().locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.region));

  it('sorts by the column a reader picks', async () => {
    const page = await open('/compare/total/', 1280);
    // As built: 支出合计 largest first (忻州 6,442.05, 晋城 2,965.95, 汾阳 1,433.90, 临汾 1,138.19).
    expect(await order(page)).toEqual(['xinzhou', 'jincheng', 'fenyang', 'linfen']);
    const amount = page.locator('table[data-compare] button[data-sort="amount"]').first();
    await amount.click();
    expect(await order(page)).toEqual(['linfen', 'fenyang', 'jincheng', 'xinzhou']);
    expect(await amount.locator('xpath=..').getAttribute('aria-sort')).toBe('ascending');
    await page.locator('table[data-compare] button[data-sort="year"]').first().click();
    expect(await order(page)).toEqual(['jincheng', 'fenyang', 'xinzhou', 'linfen']);
    // Per resident: only 临汾 2020 has one; the rows without go last either way.
    await page.locator('table[data-compare] button[data-sort="per-resident"]').first().click();
    expect((await order(page))[0]).toBe('linfen');
    await page.close();
  });

  it.each(['/compare/total/', '/en/compare/total/'])('%s is readable at 390 px', async (path) => {
    const page = await open(path, 390);
    const state = await page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.compare-table[data-table-scroll]')!;
      const cue = box.querySelector<HTMLElement>('[data-scroll-cue]')!;
      const wide = box.scrollWidth > box.clientWidth + 1;
      // Lines of text an element's content takes, as laid out.
      const lines = (el: Element) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      };
      const rows = [...box.querySelectorAll('tbody tr')];
      // Region, year, amount and per resident each on one line; a department's name on at most three.
      const broken = rows.flatMap((r) => [...r.querySelectorAll('td')].filter((td) => lines(td) > 1).map((td) => td.textContent));
      const tallNames = rows.map((r) => r.querySelector('th')!).filter((th) => lines(th) > 3).map((th) => th.textContent);
      box.scrollLeft = box.scrollWidth;
      const name = box.querySelector<HTMLElement>('tbody th[scope="row"]')!.getBoundingClientRect();
      const rect = box.getBoundingClientRect();
      return {
        pageWide: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        wide,
        marked: box.hasAttribute('data-overflow'),
        cueShown: !cue.hidden && cue.getBoundingClientRect().height > 0,
        rows: rows.length,
        broken,
        tallNames,
        nameInView: name.left >= rect.left - 1 && name.right <= rect.right,
        fontSize: Number.parseFloat(getComputedStyle(box.querySelector('tbody td')!).fontSize),
      };
    });
    expect(state.pageWide).toBeLessThanOrEqual(0);
    expect(state.rows).toBe(4);
    expect(state.broken).toEqual([]);
    expect(state.tallNames).toEqual([]);
    expect(state.fontSize).toBeGreaterThanOrEqual(12);
    // It fits, or it says that it scrolls and keeps the department names in view at its right end.
    if (state.wide) expect(state.marked && state.cueShown && state.nameInView).toBe(true);
    else expect(state.cueShown).toBe(false);
    await page.close();
  });
});
