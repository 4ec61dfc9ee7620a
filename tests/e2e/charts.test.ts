// Every chart draws a non-empty canvas in real Chromium; chart code ships only to pages with
// charts; screenshots of a disclosure page at desktop and phone width are saved for review.
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

/** Scrolls every chart into view and waits until each has drawn; returns how many painted pixels each has. */
async function drawAll(page: Page): Promise<Record<string, number>> {
  const ids = await page.locator('figure.chart').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart-id')!));
  const painted: Record<string, number> = {};
  for (const id of ids) {
    const canvas = page.locator(`figure[data-chart-id="${id}"] canvas`);
    await canvas.scrollIntoViewIfNeeded();
    await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 10_000 }).not.toBeNull();
    painted[id] = await canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
  }
  return painted;
}

const PAGES = ['/', '/xinzhou/', '/xinzhou/xingzheng-shenpi/', '/xinzhou/xingzheng-shenpi/2022/', '/linfen/xingzheng-shenpi/2020/', '/jincheng/xingzheng-shenpi/2024/', '/fenyang/xingzheng-shenpi/2023/'];

describe('charts', () => {
  it.each(PAGES)('%s draws every chart', async (path) => {
    const page = await portal.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(portal.url() + path);
    const painted = await drawAll(page);
    expect(Object.keys(painted).length).toBeGreaterThan(0);
    for (const [id, n] of Object.entries(painted)) expect(n, id).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads no chart code where there is no chart', async () => {
    const page = await portal.browser().newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${portal.url()}/xinzhou/xingzheng-shenpi/2022/projects/shuzi-zhengfu-xinxihua/`);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await page.close();
  });

  it('loads Chart.js only when a chart comes into view', async () => {
    const page = await portal.browser().newPage({ viewport: { width: 1280, height: 600 } });
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${portal.url()}/xinzhou/xingzheng-shenpi/2022/`);
    await page.waitForLoadState('networkidle');
    expect(scripts.some((s) => s.includes('chart-draw'))).toBe(false);
    await page.locator('figure.chart canvas').first().scrollIntoViewIfNeeded();
    await expect.poll(() => scripts.some((s) => s.includes('chart-draw'))).toBe(true);
    await page.close();
  });

  it.each([
    ['desktop', 1280],
    ['phone', 360],
  ] as const)('saves a %s screenshot of a disclosure page', async (name, width) => {
    const page = await portal.browser().newPage({ viewport: { width, height: 900 } });
    await page.goto(`${portal.url()}/xinzhou/xingzheng-shenpi/2022/`);
    await drawAll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = join(SHOTS, `disclosure-${name}.png`);
    const shot = await page.screenshot({ path: file, fullPage: true });
    expect(shot.byteLength).toBeGreaterThan(50_000);
    // Charts fit the width: nothing pushes the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
