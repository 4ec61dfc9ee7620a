// The portal in real Chromium: navigation by click and by keyboard, the phone viewport, the
// languages, print, accessibility (axe-core on every page type in both languages) and that no
// request leaves the site.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { servedPortal } from '../support/served.ts';
import { ONE_LANGUAGE, PAGE_TYPES, samplePages, showPage, type PageType } from '../support/page-types.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DISCLOSURE = '/xinzhou/xingzheng-shenpi/2022/';

const portal = servedPortal();

async function open(path: string, width = 1280): Promise<{ page: Page; outside: string[] }> {
  const page = await portal.browser().newPage({ viewport: { width, height: 900 } });
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(portal.url())) outside.push(r.url());
  });
  await page.goto(portal.url() + path);
  return { page, outside };
}

describe('navigation', () => {
  it('goes home → region → department → year → project by clicking, and back by the breadcrumb', async () => {
    const { page } = await open('/');
    await page.getByRole('link', { name: '忻州市' }).first().click();
    await expect.poll(() => page.url()).toBe(`${portal.url()}/xinzhou/`);
    await page.getByRole('link', { name: '忻州市行政审批服务管理局' }).first().click();
    await expect.poll(() => page.url()).toBe(`${portal.url()}/xinzhou/xingzheng-shenpi/`);
    await page.getByRole('link', { name: '2022', exact: true }).click();
    await expect.poll(() => page.url()).toBe(portal.url() + DISCLOSURE);
    expect(await page.locator('h1').textContent()).toContain('2022年部门预算');
    await page.getByRole('link', { name: '数字政府信息化费用' }).first().click();
    expect(await page.locator('h1').textContent()).toBe('数字政府信息化费用');
    await page.locator('.breadcrumb').getByRole('link', { name: '2022年' }).click();
    await expect.poll(() => page.url()).toBe(portal.url() + DISCLOSURE);
    await page.close();
  });

  it('reaches the content with the keyboard alone: the skip link comes first', async () => {
    const { page } = await open(DISCLOSURE);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    // Tabbing on reaches links and the scrollable tables.
    const reached = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => (document.activeElement?.getAttribute('role') === 'region' ? 'table-region' : document.activeElement?.tagName ?? '')));
    }
    expect(reached.has('A')).toBe(true);
    expect(reached.has('table-region')).toBe(true);
    await page.close();
  });

  it('shows a 404 page for a missing address', async () => {
    const { page } = await open('/no/such/page/');
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    await page.close();
  });
});

describe('all projects', () => {
  it('filters by year and department and sorts by amount', async () => {
    const { page } = await open('/projects/');
    const visible = () => page.locator('table[data-projects] tbody tr:not([hidden])');
    expect(await visible().count()).toBe(79);
    await page.getByLabel('年度').selectOption('2023');
    expect(await visible().count()).toBe(26);
    await page.getByRole('button', { name: '金额（万元）' }).focus();
    await page.keyboard.press('Enter');
    expect(await visible().first().locator('th').textContent()).toBe('(2022年结转年初预算)汾阳市智慧政务项目建设经费');
    await page.keyboard.press('Enter');
    expect(await visible().first().locator('td.num').textContent()).toBe('0.40');
    expect(await page.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await page.getByLabel('年度').selectOption('');
    await page.getByLabel('部门').selectOption('晋城市行政审批服务管理局');
    expect(await visible().count()).toBe(15);
    expect(await page.locator('[data-project-count]').textContent()).toContain('15');
    await page.close();
  });
});

describe('phone', () => {
  it('fits 360 px: no sideways page scroll, tables scroll inside their own box', async () => {
    const { page } = await open(DISCLOSURE, 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = page.locator('[data-table="income_summary"] .table-scroll');
    const scrolls = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scrolls).toBe(true);
    expect(await page.locator('[data-figure="total"]').isVisible()).toBe(true);
    // Row headers stay readable: at least four characters wide.
    const width = await page.locator('[data-table="expenditure_summary"] tbody th').first().evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(4 * 14);
    await page.close();
  });
});

describe('languages', () => {
  it('sets <html lang> and switches between Chinese and English', async () => {
    const { page } = await open(DISCLOSURE);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.url()).toBe(`${portal.url()}/en${DISCLOSURE}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#summary-title').textContent()).toBe('Summary #');
    await page.getByRole('link', { name: '中文' }).click();
    await expect.poll(() => page.url()).toBe(portal.url() + DISCLOSURE);
    await page.close();
  });
});

describe('print', () => {
  it('prints the disclosure without navigation, with every table', async () => {
    const { page } = await open(DISCLOSURE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('[data-table="three_public"]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });
});

/** axe-core's findings on an open page, for the WCAG 2.1 A and AA rules and best practice: the serious and critical ones. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('accessibility (axe-core)', () => {
  // Every page type in Chinese and English, one page each from the built site (the largest of its
  // type); the search page with a query typed and its results shown.
  const samples = samplePages(inject('demoDist'));

  it('checks every page type in both languages', () => {
    expect(samples.map((s) => `${s.type} ${s.lang}`)).toEqual(PAGE_TYPES.flatMap((type) => (['zh', 'en'] as const).filter((lang) => lang === 'zh' || !ONE_LANGUAGE.includes(type)).map((lang) => `${type} ${lang}`)));
  });

  it.each(samples.map((s) => [`${s.type} (${s.lang}) ${s.path}`, s] as const))('%s has no serious or critical violation', async (_name, sample) => {
    const page = await portal.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(portal.url())) outside.push(r.url());
    });
    await showPage(page, portal.url(), sample);
    expect(await seriousViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  // Pages checked before the list above.
  const MORE = ['/xinzhou/xingzheng-shenpi/2022/projects/shuzi-zhengfu-xinxihua/', '/linfen/xingzheng-shenpi/2020/', `/embed${DISCLOSURE}by-function/`, `/en/embed${DISCLOSURE}three-public/`];
  it.each(MORE)('%s has no serious or critical violation', async (path) => {
    const { page, outside } = await open(path);
    expect(await seriousViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  // At a phone's width, the pages whose layout changes most: tables, indicator cards, the search form.
  const PHONE: { type: PageType; lang: 'zh' | 'en' }[] = [{ type: 'disclosure', lang: 'zh' }, { type: 'project', lang: 'zh' }, { type: 'search', lang: 'en' }];
  it.each(samples.filter((s) => PHONE.some((p) => p.type === s.type && p.lang === s.lang)).map((s) => [`${s.type} (${s.lang}) ${s.path}`, s] as const))('%s has no serious or critical violation at 390 px', async (_name, sample) => {
    const page = await portal.browser().newPage({ viewport: { width: 390, height: 844 } });
    await showPage(page, portal.url(), sample);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
