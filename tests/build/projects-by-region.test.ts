// A portal with more projects than one page should hold (projects_list_max in portal.yaml): the
// all-projects page lists the regions instead, each linking to its own list, and a region past the
// limit lists its departments' years, each linking to that budget's projects. Builds the demo data
// with the limit at 25, then reads the pages and follows the links in Chromium at phone width. Counts are the demo's, by hand: 临汾市 11, 晋城市 15, 忻州市 27, 汾阳市 26
// (the `- id:` entries under `projects:` in each file).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { serve } from '../support/serve.ts';
import { textOf } from '../support/html.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-projects-max-'));
const out = join(work, 'dist');
let log = '';
let status: number | null = null;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const settings = join(work, 'portal.yaml');
  writeFileSync(settings, `${readFileSync('portal.yaml', 'utf8')}projects_list_max: 25\n`);
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_DATA: 'data', GONGKAI_SETTINGS: settings, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  log = `${r.stdout}${r.stderr}`;
  status = r.status;
  browser = await launch();
  server = await serve(out);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const page = (...path: string[]) => readFileSync(join(out, ...path, 'index.html'), 'utf8');
/** The per-region table's body rows as [region, departments, projects] texts. */
function regionRows(html: string): string[][] {
  const body = html.split('<table data-projects-counted="region">')[1]!.split('</tbody>')[0]!.split('<tbody>')[1]!;
  return body.split('</tr>').filter((r) => r.includes('<th')).map((r) => r.split(/<\/t[hd]>/).slice(0, 3).map(textOf));
}

describe('all projects past projects_list_max', () => {
  it('builds', () => {
    expect(status, log).toBe(0);
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
    await tab.goto(`${server.url}/projects/`);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await tab.getByRole('link', { name: '晋城市' }).click();
    await tab.waitForURL(`${server.url}/jincheng/projects/`);
    await expect.poll(() => tab.locator('[data-project-count]').textContent()).toBe('显示 15 个项目，共 15');
    await tab.goto(`${server.url}/fenyang/projects/`);
    expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await tab.getByRole('link', { name: '2023（26）' }).click();
    await tab.waitForURL(`${server.url}/fenyang/xingzheng-shenpi/2023/#projects-title`);
    await expect.poll(() => tab.evaluate(() => document.getElementById('projects-title')!.getBoundingClientRect().top)).toBeLessThan(100);
    await tab.close();
  });
});
