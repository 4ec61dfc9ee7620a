// The drill-down treemap in real Chromium, at desktop and phone width: the plugin loads only when
// the treemap comes into view, the canvas draws, a click on a block and Enter or Space on its
// button open the next level, the breadcrumb, Escape and Backspace go back up, and pages without a
// treemap never load the plugin. Screenshots are saved for review.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { servedPortal } from '../support/served.ts';

const SHOTS = join('test-results', 'screenshots');
const portal = servedPortal();
beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const PAGE = '/linfen/xingzheng-shenpi/2020/';
const plugin = (urls: string[]) => urls.some((u) => u.includes('treemap-draw'));

/** Opens a page, recording the scripts it requests. */
async function open(width: number, path = PAGE): Promise<{ page: Page; scripts: string[]; errors: string[] }> {
  const page = await portal.browser().newPage({ viewport: { width, height: width < 500 ? 844 : 900 } });
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(portal.url() + path);
  await page.waitForLoadState('networkidle');
  return { page, scripts, errors };
}

/** The index of the block with `code` in the treemap's spec (the order the page's table shows). */
const blockOf = (page: Page, code: string) => page.locator('[data-treemap]').evaluate((f, c) => JSON.parse((f as HTMLElement).dataset.spec!).blocks.findIndex((b: { code?: string; kind: string }) => b.code === c && b.kind !== 'project'), code);
const level = (page: Page) => page.locator('[data-treemap]').getAttribute('data-level');
const drawnLevel = (page: Page) => page.locator('[data-treemap-canvas]').getAttribute('data-level');
const path = (page: Page) => page.locator('[data-treemap-path] li').allInnerTexts();
const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.block ?? null);

async function painted(page: Page): Promise<number> {
  return page.locator('[data-treemap-canvas]').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });
}

describe.each([
  ['desktop', 1280],
  ['phone', 390],
] as const)('the treemap on a %s', (name, width) => {
  it('loads the plugin only when the treemap comes into view, then draws the 类', async () => {
    const { page, scripts, errors } = await open(width);
    expect(plugin(scripts)).toBe(false);
    const canvas = page.locator('[data-treemap-canvas]');
    await canvas.scrollIntoViewIfNeeded();
    await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('3');
    expect(plugin(scripts)).toBe(true);
    expect(await painted(page)).toBeGreaterThan(10_000);
    expect(await path(page)).toEqual(['全部']);
    expect(await page.locator('[data-treemap-blocks] li').allInnerTexts()).toEqual([expect.stringContaining('201 一般公共服务支出'), expect.stringContaining('208 社会保障和就业支出'), expect.stringContaining('221 住房保障支出')]);
    // Nothing pushes the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.locator('[data-treemap]').screenshot({ path: join(SHOTS, `treemap-${name}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a block clicked on the canvas, and goes back up by the breadcrumb', async () => {
    const { page, errors } = await open(width);
    const canvas = page.locator('[data-treemap-canvas]');
    await canvas.scrollIntoViewIfNeeded();
    await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 10_000 }).not.toBeNull();
    const [c201, s20103] = [await blockOf(page, '201'), await blockOf(page, '20103')];
    // 201 is 92% of the money: the block on the left, from top to bottom.
    const box = (await canvas.boundingBox())!;
    await canvas.click({ position: { x: box.width * 0.1, y: box.height * 0.5 } });
    await expect.poll(() => drawnLevel(page)).toBe(String(c201));
    expect(await level(page)).toBe(String(c201));
    expect(await path(page)).toEqual(['全部', '201 一般公共服务支出']);
    // 201 has one 款, the whole canvas.
    await canvas.click({ position: { x: box.width * 0.5, y: box.height * 0.5 } });
    await expect.poll(() => drawnLevel(page)).toBe(String(s20103));
    expect(await path(page)).toEqual(['全部', '201 一般公共服务支出', '20103 政府办公厅（室）及相关机构事务']);
    await page.locator('[data-treemap-path] button', { hasText: '201 一般公共服务支出' }).click();
    await expect.poll(() => drawnLevel(page)).toBe(String(c201));
    await page.locator('[data-treemap-path] button', { hasText: '全部' }).click();
    await expect.poll(() => drawnLevel(page)).toBe('0');
    expect(await path(page)).toEqual(['全部']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens blocks with Enter and Space on their buttons, and goes up with Escape and Backspace, focus following', async () => {
    const { page, errors } = await open(width);
    const canvas = page.locator('[data-treemap-canvas]');
    await canvas.scrollIntoViewIfNeeded();
    await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 10_000 }).not.toBeNull();
    const [c201, s20103, i2010305] = [await blockOf(page, '201'), await blockOf(page, '20103'), await blockOf(page, '2010305')];
    await page.locator(`[data-treemap-blocks] [data-block="${c201}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => level(page)).toBe(String(c201));
    expect(await focused(page)).toBe(String(s20103));
    await page.keyboard.press('Enter');
    await expect.poll(() => level(page)).toBe(String(s20103));
    // The largest item of 20103 comes first, and has focus.
    expect(await focused(page)).toBe(String(i2010305));
    await page.keyboard.press('Space');
    await expect.poll(() => level(page)).toBe(String(i2010305));
    await expect.poll(() => drawnLevel(page)).toBe(String(i2010305));
    // Its four projects: links to their pages, the largest first.
    const projects = page.locator('[data-treemap-blocks] a');
    expect(await projects.count()).toBe(4);
    expect(await projects.first().getAttribute('href')).toBe('/linfen/xingzheng-shenpi/2020/projects/rexian-goumai-fuwu/');
    expect(await page.locator('[data-treemap-status]').textContent()).toContain('2010305');
    await page.keyboard.press('Escape');
    await expect.poll(() => level(page)).toBe(String(s20103));
    expect(await focused(page)).toBe(String(i2010305));
    await page.keyboard.press('Backspace');
    await expect.poll(() => level(page)).toBe(String(c201));
    expect(await focused(page)).toBe(String(s20103));
    await page.keyboard.press('Escape');
    await expect.poll(() => level(page)).toBe('0');
    expect(await focused(page)).toBe(String(c201));
    // At the top, Escape stays there.
    await page.keyboard.press('Escape');
    expect(await level(page)).toBe('0');
    await page.locator('[data-treemap-blocks] li').first().scrollIntoViewIfNeeded();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('pages without a treemap', () => {
  it('never load the plugin, even with every chart drawn', async () => {
    const { page, scripts } = await open(1280, '/linfen/xingzheng-shenpi/');
    expect(await page.locator('[data-treemap]').count()).toBe(0);
    for (const canvas of await page.locator('figure.chart canvas').all()) {
      await canvas.scrollIntoViewIfNeeded();
      await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 10_000 }).not.toBeNull();
    }
    expect(scripts.some((s) => s.includes('chart-draw'))).toBe(true);
    expect(plugin(scripts)).toBe(false);
    await page.close();
  });
});

describe('on an English page', () => {
  it('says All and keeps the names from the data in Chinese, marked', async () => {
    const { page } = await open(1280, `/en${PAGE}`);
    expect(await path(page)).toEqual(['All']);
    expect(await page.locator('[data-treemap-blocks] .name').first().getAttribute('lang')).toBe('zh-CN');
    await page.close();
  });
});
