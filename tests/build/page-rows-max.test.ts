// A portal with more rows than one page should hold (page_rows_max in portal.yaml): the
// all-projects page lists the regions instead, each linking to its own list, a region past the
// limit lists its departments' years, each linking to that budget's projects, and a compare page
// lists its groups of peers, each on a page of its own. Builds the demo data with the limit at 25
// and at 3, reads the pages, checks every link, and follows links in Chromium at phone width.
// Counts are the demo's, by hand: projects 临汾市 11, 晋城市 15, 忻州市 27, 汾阳市 26 (the `- id:`
// entries under `projects:` in each file); 4 disclosures, all of type xingzheng-shenpi, of 2020,
// 2022, 2023 and 2024.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { serve } from '../support/serve.ts';
import { textOf } from '../support/html.ts';
import { checkLinks } from '../support/link-check.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-page-rows-'));
let browser: Browser;

/** Builds the demo with `page_rows_max: max` into its own folder. */
function buildWith(max: number): { out: string; status: number | null; log: string } {
  const dir = join(work, String(max));
  const settings = join(work, `portal-${max}.yaml`);
  writeFileSync(settings, `${readFileSync('portal.yaml', 'utf8')}page_rows_max: ${max}\n`);
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dir], {
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_DATA: 'data', GONGKAI_SETTINGS: settings, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { out: dir, status: r.status, log: `${r.stdout}${r.stderr}` };
}

let at25: ReturnType<typeof buildWith>;
let at3: ReturnType<typeof buildWith>;
let server25: Awaited<ReturnType<typeof serve>>;
let server3: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  at25 = buildWith(25);
  at3 = buildWith(3);
  browser = await launch();
  server25 = await serve(at25.out);
  server3 = await serve(at3.out);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server25?.close();
  await server3?.close();
  rmSync(work, { recursive: true, force: true });
});

const pageIn = (out: string, ...path: string[]) => readFileSync(join(out, ...path, 'index.html'), 'utf8');
const page = (...path: string[]) => pageIn(at25.out, ...path);
/** A table's body rows, each as its first three cells' texts. */
function bodyRows(html: string, table: string): string[][] {
  const body = html.split(table)[1]!.split('</tbody>')[0]!.split('<tbody>')[1]!;
  return body.split('</tr>').filter((r) => r.includes('<th')).map((r) => r.split(/<\/t[hd]>/).slice(0, 3).map(textOf));
}
const regionRows = (html: string) => bodyRows(html, '<table data-projects-counted="region">');

describe('all projects past page_rows_max', () => {
  it('builds, every link leading to a page of the site', () => {
    expect(at25.status, at25.log).toBe(0);
    expect(checkLinks(at25.out, { site: 'https://example.org' }).problems.filter((p) => !p.problem.startsWith('a link to another site'))).toEqual([]);
  });

  it('lists the regions with their counts, in the portal order, instead of the projects', () => {
    const html = page('projects');
    expect(html).not.toContain('<table data-projects>');
    expect(html).not.toContain('data-project-filters');
    expect(textOf(html)).toContain('共有 79 个项目，超过一页列出的上限（25 个）');
    expect(regionRows(html)).toEqual([
      ['临汾市', '1', '11'],
      ['晋城市', '1', '15'],
      ['忻州市', '1', '27'],
      ['汾阳市', '1', '26'],
    ]);
    expect(html).toContain('<a href="/fenyang/projects/">汾阳市</a>');
    expect(html).toContain('<a href="/projects.csv" download>');
  });

  it('says the same in English, linking the English lists', () => {
    const html = page('en', 'projects');
    expect(textOf(html)).toContain('There are 79 projects, more than one page lists (25 at most)');
    expect(regionRows(html).map((r) => r[2])).toEqual(['11', '15', '27', '26']);
    expect(html).toMatch(/<a href="\/en\/fenyang\/projects\/"[^>]*>/);
  });

  it('lists a region within the limit whole', () => {
    const html = page('jincheng', 'projects');
    expect(html.split('<tr data-year=').length - 1).toBe(15);
    expect(textOf(html)).toContain('显示 15 个项目，共 15');
  });

  it('lists a region past the limit by department and year, linking each year’s projects', () => {
    const html = page('fenyang', 'projects');
    expect(html).not.toContain('<table data-projects>');
    expect(textOf(html)).toContain('汾阳市共有 26 个项目，超过一页列出的上限（25 个），所以这里按部门和年度列出');
    const body = html.split('<table data-projects-counted="department">')[1]!.split('</table>')[0]!;
    expect(body).toContain('<a href="/fenyang/xingzheng-shenpi/2023/#projects-title">2023（26）</a>');
    expect(body).toContain('<a href="/fenyang/xingzheng-shenpi/">');
    const en = page('en', 'xinzhou', 'projects');
    expect(en).toContain('<a href="/en/xinzhou/xingzheng-shenpi/2022/#projects-title">2022 (27)</a>');
  });

  it('on a phone, fits the screen and leads to a region’s list, and to a year’s projects', async () => {
    const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await tab.goto(`${server25.url}/projects/`);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await tab.getByRole('link', { name: '晋城市' }).click();
    await tab.waitForURL(`${server25.url}/jincheng/projects/`);
    await expect.poll(() => tab.locator('[data-project-count]').textContent()).toBe('显示 15 个项目，共 15');
    await tab.goto(`${server25.url}/fenyang/projects/`);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await tab.getByRole('link', { name: '2023（26）' }).click();
    await tab.waitForURL(`${server25.url}/fenyang/xingzheng-shenpi/2023/#projects-title`);
    await expect.poll(() => tab.evaluate(() => document.getElementById('projects-title')!.getBoundingClientRect().top)).toBeLessThan(100);
    await tab.close();
  });
});

describe('compare pages past page_rows_max', () => {
  const at = (...path: string[]) => pageIn(at3.out, ...path);

  it('builds, every link leading to a page of the site', () => {
    expect(at3.status, at3.log).toBe(0);
    expect(checkLinks(at3.out, { site: 'https://example.org' }).problems.filter((p) => !p.problem.startsWith('a link to another site'))).toEqual([]);
  });

  it('list the groups of peers, latest year first, instead of every row', () => {
    const html = at('compare', 'total');
    expect(html).not.toContain('id="all-title"');
    expect(textOf(html)).toContain('共有 4 份预算，超过一页列出的上限（3 份）');
    expect(bodyRows(html, '<table data-peer-groups>')).toEqual([
      ['2024', 'xingzheng-shenpi', '1'],
      ['2023', 'xingzheng-shenpi', '1'],
      ['2022', 'xingzheng-shenpi', '1'],
      ['2020', 'xingzheng-shenpi', '1'],
    ]);
    expect(html).toContain('<a href="/compare/total/xingzheng-shenpi/2023/">xingzheng-shenpi</a>');
    expect(html).toContain('<a href="/figures.csv" download>');
  });

  it('give each group a page with its rows, in either language', () => {
    const html = at('compare', 'total', 'xingzheng-shenpi', '2023');
    expect(textOf(html)).toContain('支出合计：2023年类型 xingzheng-shenpi 的部门');
    expect(html.split('<tr data-region=').length - 1).toBe(1);
    expect(html).toContain('data-region="fenyang"');
    expect(html).toContain('data-amount="1433.90"');
    const en = at('en', 'compare', 'total', 'xingzheng-shenpi', '2024');
    expect(en).toContain('data-region="jincheng"');
    expect(en).toContain('data-amount="2965.95"');
  });

  it('link a disclosure’s summary to its group’s page, and list those pages in the sitemap', () => {
    expect(at('fenyang', 'xingzheng-shenpi', '2023')).toContain('href="/compare/total/xingzheng-shenpi/2023/"');
    expect(at('fenyang', 'xingzheng-shenpi', '2023')).not.toContain('/compare/total/#peers-');
    const sitemap = readFileSync(join(at3.out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/compare/total/xingzheng-shenpi/2023/</loc>');
    expect(sitemap).toContain('https://example.org/en/compare/basic/xingzheng-shenpi/2020/');
  });

  it('on a phone, fit the screen and lead from a group to its page', async () => {
    const tab = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await tab.goto(`${server3.url}/compare/total/`);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await tab.locator('[data-peer-groups] a').nth(1).click();
    await tab.waitForURL(`${server3.url}/compare/total/xingzheng-shenpi/2023/`);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect.poll(() => tab.locator('tr[data-region]').count()).toBe(1);
    await tab.close();
  });
});
