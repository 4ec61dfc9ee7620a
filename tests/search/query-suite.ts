// The Chinese query regression suite, for any build of the demo: the single build (queries.test.ts)
// and the merged 2-shard build (tests/build/shards.test.ts) must both pass it unchanged.
// Real queries drawn from the four disclosures, each with the
// pages it must return (and, where one page is clearly the answer, that it comes first). Runs
// against the built Pagefind index in Node; a subset goes through the search page in Chromium.
// Then results that read well: region, department and year apart; excerpts that are sentences or
// "label：amount", never a run of table cells; a figure's query landing on its table; and the
// English page offering the Chinese terms to search for.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.ts';
import { openIndex, type Searcher } from '../support/pagefind.ts';
import { commonSuggestions } from '../../src/lib/search/suggestions.ts';
import { serve } from '../support/serve.ts';

const L = '/linfen/xingzheng-shenpi/2020/';
const J = '/jincheng/xingzheng-shenpi/2024/';
const X = '/xinzhou/xingzheng-shenpi/2022/';
const F = '/fenyang/xingzheng-shenpi/2023/';
const P = (d: string, id: string) => `${d}projects/${id}/`;
/** The regions' names (data/<region>/region.yaml); each department is the region's 行政审批服务管理局. */
const REGIONS: Record<string, string> = { linfen: '临汾市', jincheng: '晋城市', xinzhou: '忻州市', fenyang: '汾阳市' };

// [query, pages that must be among the results, the page that must come first (optional)]
const QUERIES: [string, string[], string?][] = [
  // project names and parts of them
  ['市长热线', [P(L, 'rexian-goumai-fuwu'), P(L, 'rexian-kuorong')], P(L, 'rexian-goumai-fuwu')],
  ['市长热线平台扩容提升', [P(L, 'rexian-kuorong')], P(L, 'rexian-kuorong')],
  ['政务云', [P(X, 'shuzi-zhengfu-xinxihua')], P(X, 'shuzi-zhengfu-xinxihua')],
  ['一枚印章管审批', [P(L, 'yimei-yinzhang')], P(L, 'yimei-yinzhang')],
  ['消防图审', [P(J, 'xiaofang-tushen')], P(J, 'xiaofang-tushen')],
  ['排污许可证', [P(J, 'paiwu-xuke')], P(J, 'paiwu-xuke')],
  ['编外人员管理经费', [P(J, 'bianwai-renyuan')], P(J, 'bianwai-renyuan')],
  ['政务服务体验员', [P(J, 'tiyanyuan')], P(J, 'tiyanyuan')],
  ['综合窗口改革', [P(J, 'zonghe-chuangkou')], P(J, 'zonghe-chuangkou')],
  ['驻村工作队', [P(X, 'zhucun-diyi-shuji')], P(X, 'zhucun-diyi-shuji')],
  ['第一书记', [P(X, 'zhucun-diyi-shuji')]],
  ['智能防疫测温门', [P(X, 'zhineng-cewen-men')], P(X, 'zhineng-cewen-men')],
  ['餐厅', [P(X, 'canting-fuwu-huoshi-butie')], P(X, 'canting-fuwu-huoshi-butie')],
  ['水电暖', [P(X, 'shui-dian-nuan-ranqi')], P(X, 'shui-dian-nuan-ranqi')],
  ['政务大厅物业费', [P(X, 'zhengwu-dating-wuye')]],
  ['保安', [P(X, 'baoan-renyuan')], P(X, 'baoan-renyuan')],
  ['劳务派遣', [P(X, 'laowu-paiqian')], P(X, 'laowu-paiqian')],
  ['电子签章', [P(X, 'dianzi-qianzhang-yunwei')], P(X, 'dianzi-qianzhang-yunwei')],
  ['CA数字证书', [P(F, 'ca-zhengshu-2023')], P(F, 'ca-zhengshu-2023')],
  ['首套印章', [P(F, 'shoutao-yinzhang-2023'), P(F, 'jz-shoutao-yinzhang')]],
  ['临时工', [P(F, 'linshigong-caigou'), P(F, 'linshigong-ju')]],
  ['电子政务外网', [P(F, 'waiwang-tisu-kuorong')], P(F, 'waiwang-tisu-kuorong')],
  ['档案整理', [P(F, 'dangan-shuzihua'), P(X, 'qiye-dangan-yijiao-zhengli')]],
  ['专家评审', [P(X, 'zhuanjia-pingshen'), P(L, 'zhuanjia-pingshen')]],
  ['等级保护', [P(X, 'dengji-baohu-cepin'), P(L, 'dengbao-ceping')]],
  ['一网通办', [P(J, 'yiwangtongban-weikuan')]],
  ['营商环境', [P(J, 'yingshang-xuanchuan'), P(J, 'zhuanban-jingfei')]],
  // indicator terms
  ['群众满意度', [P(L, 'yimei-yinzhang'), P(J, 'bianwai-renyuan')]],
  ['预算执行率', [P(L, 'yimei-yinzhang')]],
  ['办公桌采购数量', [P(L, 'yimei-yinzhang')], P(L, 'yimei-yinzhang')],
  ['接听响应时长', [P(X, 'rexian-12345-yunying')]],
  // 三公 and other budget terms
  ['三公', [L, J, X, F]],
  ['公务接待费', [L, J, F]],
  ['公务用车运行维护费', [L, X, F]],
  ['机关运行经费', [L, J, X, F]],
  ['住房公积金', [L, J, X, F]],
  ['机关事业单位基本养老保险缴费', [L, J, X]],
  ['行政审批服务管理局', [L, J, X, F]],
  // codes and mixed digits
  ['2010301', [L, X, F]],
  ['2010306', [J]],
  ['2299999', [X]],
  ['12345', [P(X, 'rexian-12345-yunying'), P(X, 'rexian-12345-xitong-weihu'), P(F, 'rexian-12345')]],
  ['12345政务热线', [P(X, 'rexian-12345-yunying'), P(F, 'rexian-12345')]],
];

/** Registers the whole suite for the built site in `dist()` (called once its build is done). */
export function querySuite(dist: () => string): void {
  let site: Awaited<ReturnType<typeof serve>>;
  let index: Searcher;

  beforeAll(async () => {
    site = await serve(dist());
    index = await openIndex(dist(), site.url);
  });
  afterAll(async () => {
    await site?.close();
  });

  const path = (url: string) => new URL(url).pathname;

  describe('Chinese query regression suite', () => {
    it('has at least 40 queries', () => expect(QUERIES.length).toBeGreaterThanOrEqual(40));

    it.each(QUERIES)('%s', async (query, expected, first) => {
      const hits = (await index.search(query)).map((h) => path(h.url));
      for (const page of expected) expect(hits, `${query} should find ${page}`).toContain(page);
      if (first) expect(hits[0]).toBe(first);
    });

    it('keeps navigation and boilerplate out of the index', async () => {
      // Words only in the header, footer and glossary sentences find nothing.
      // (跳到, not 跳到正文: Pagefind splits that into 跳到, 正 and 文, and units' ranks such as 正处级 hold 正.)
      expect(await index.search('跳到')).toEqual([]);
      expect(await index.search('每份文件发布前都经过自动核算')).toEqual([]);
      // Only disclosures and projects are indexed: the glossary and about pages are not results.
      const hits = (await index.search('名词解释')).map((h) => path(h.url));
      expect(hits.every((h) => /\/\d{4}\//.test(h))).toBe(true);
    });

    it('filters by region, year and type, and sorts by amount', async () => {
      const inXinzhou = await index.search('热线', { filters: { 地区: '忻州市' } });
      expect(inXinzhou.length).toBeGreaterThan(0);
      expect(inXinzhou.every((h) => path(h.url).startsWith('/xinzhou/'))).toBe(true);
      const projects2023 = await index.search('经费', { filters: { 年度: '2023', 类型: '项目' } });
      expect(projects2023.length).toBeGreaterThan(5);
      expect(projects2023.every((h) => path(h.url).startsWith(`${F}projects/`))).toBe(true);
      const byAmount = (await index.search('热线', { sort: { amount: 'desc' } })).map((h) => path(h.url));
      // 市长热线政府购买服务 (260.10) outranks 12345 运营 (234.38), which outranks 扩容 (103.00).
      expect(byAmount.indexOf(P(L, 'rexian-goumai-fuwu'))).toBeLessThan(byAmount.indexOf(P(X, 'rexian-12345-yunying')));
      expect(byAmount.indexOf(P(X, 'rexian-12345-yunying'))).toBeLessThan(byAmount.indexOf(P(L, 'rexian-kuorong')));
    });
  });

  /** Three numbers with nothing but spaces or dots between them: table cells run together. */
  const RUN_OF_CELLS = /\d[\d,.]*[\s.]+\d[\d,.]*[\s.]+\d[\d,.]*/;
  /** An amount with decimals that ends its sentence without a unit: a cell out of its table. */
  const BARE_AMOUNT = /\d\.\d+[†]?。/;

  describe('results that read well', () => {
    it('tell region, department and year apart, never run together', async () => {
      for (const query of ['公务接待费', '市长热线', '档案整理', '劳务派遣', '2010301']) {
        const hits = await index.search(query);
        expect(hits.length, query).toBeGreaterThan(0);
        for (const hit of hits) {
          const [, region, , year] = path(hit.url).split('/');
          expect(hit.meta.region, hit.url).toBe(REGIONS[region!]);
          expect(hit.meta.department, hit.url).toBe('行政审批服务管理局');
          expect(hit.meta.year, hit.url).toBe(year);
          expect(hit.meta.context, hit.url).toBeUndefined();
        }
      }
    });

    it('land a figure’s query on its table: 公务接待费 on each “三公” table, its row as the excerpt', async () => {
      const hits = await index.search('公务接待费');
      // The printed amounts of 公务接待费 in each document's 三公 table.
      for (const [page, year, amount] of [[L, 2020, '1.50'], [J, 2024, '3.00'], [X, 2022, '0.00'], [F, 2023, '0.00']] as const) {
        const hit = hits.find((h) => path(h.url) === page)!;
        expect(hit, page).toBeDefined();
        expect(hit.landing, page).toEqual({ id: 'table-three_public', title: `${year}年“三公”经费表` });
        expect(hit.excerpt.startsWith(`公务接待费：${amount} 万元。`), hit.excerpt).toBe(true);
      }
    });

    it('land a code on the table row that names it', async () => {
      const hit = (await index.search('2010301')).find((h) => path(h.url) === X)!;
      // The summary's largest items name a line by its code too (行政运行（2010301）).
      expect(hit.landing?.id).toMatch(/^(summary-title|largest-title|table-[a-z_]+)$/);
      expect(hit.excerpt).toContain('行政运行（2010301）：');
    });

    it('show excerpts that are sentences or label：amount, never a run of table cells', async () => {
      const queries = ['公务接待费', '2010301', '2010350', '住房公积金', '机关运行经费', '行政运行', '基本工资', '一般公共预算', '办公费', '工资福利支出', '政府采购', '办公桌采购数量', '群众满意度', '年度资金总额', '培训费'];
      let excerpts = 0;
      for (const query of queries) {
        for (const hit of await index.search(query)) {
          expect(hit.excerpt, `${query} ${hit.url}`).not.toMatch(RUN_OF_CELLS);
          expect(hit.excerpt, `${query} ${hit.url}`).not.toMatch(BARE_AMOUNT);
          excerpts++;
        }
      }
      expect(excerpts).toBeGreaterThan(50);
    });

    it('read a project’s indicator as the indicator, its levels and its value', async () => {
      const [hit] = await index.search('办公桌采购数量');
      expect(path(hit!.url)).toBe(P(L, 'yimei-yinzhang'));
      expect(hit!.excerpt).toContain('办公桌采购数量（产出目标、数量）：≥ 30 张');
    });

    it('find something in the demo for every common word the English page offers', async () => {
      for (const s of commonSuggestions()) expect((await index.search(s.zh)).length, `${s.en} → ${s.zh}`).toBeGreaterThan(0);
    });
  });

  describe('the search page in Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(QUERIES.filter(([, , first]) => first).slice(0, 8))('%s lands on the right page', async (query, _expected, first) => {
      const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(`${site.url}/search/`);
      await page.waitForSelector('form[data-ready="true"]');
      await page.getByLabel('搜索项目和预算').fill(query);
      await page.keyboard.press('Enter');
      const firstLink = page.locator('[data-search-results] li a').first();
      await firstLink.waitFor();
      await firstLink.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).pathname).toBe(first);
      await page.close();
    });

    it('filters and sorts with the keyboard, and keeps the query in the address', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('热线')}`);
      await page.waitForSelector('form[data-ready="true"]');
      await page.locator('[data-search-results] li').first().waitFor();
      await page.getByLabel('排序').selectOption('desc');
      // The largest budget mentioning 热线 comes first: 忻州's whole budget (6,442.05 万元).
      await expect.poll(async () => page.locator('[data-search-results] li a').first().textContent()).toBe('忻州市行政审批服务管理局 2022年部门预算');
      await page.getByLabel('类型').selectOption('项目');
      await expect.poll(async () => page.locator('[data-search-results] li a').first().textContent()).toBe('市长热线政府购买服务');
      expect(new URL(page.url()).searchParams.get('sort')).toBe('desc');
      await page.getByLabel('地区').selectOption('忻州市');
      await expect.poll(async () => (await page.locator('[data-search-results] li a').allTextContents()).every((t) => !t.startsWith('市长热线'))).toBe(true);
      await page.close();
    });

    it('shows where a result is from, apart, and lands on the figure’s table', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}/search/?q=${encodeURIComponent('公务接待费')}&filter-${encodeURIComponent('地区')}=${encodeURIComponent('临汾市')}`);
      await page.waitForSelector('form[data-ready="true"]');
      const first = page.locator('[data-search-results] li').first();
      await first.waitFor();
      // 1,138.19 万元: the printed total of 临汾 2020.
      expect(await first.locator('.result-meta').textContent()).toBe('临汾市 · 行政审批服务管理局 · 2020年 · 1,138.19 万元');
      expect(await first.locator('.result-section').textContent()).toBe('2020年“三公”经费表');
      expect(await first.locator('.result-excerpt').textContent()).toMatch(/^公务接待费：1\.50 万元。/);
      expect(await first.locator('.result-excerpt mark').first().textContent()).toBe('公务');
      await first.locator('a').first().click();
      await expect.poll(() => page.url()).toBe(`${site.url}${L}#table-three_public`);
      await expect.poll(() => page.locator('#table-three_public').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(900);
      expect(await page.locator('#table-three_public').evaluate((el) => el.getBoundingClientRect().bottom)).toBeGreaterThan(0);
      await page.close();
    });

    it('on the English page, says the content is Chinese and offers the Chinese for English words', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${site.url}/en/search/`);
      await page.waitForSelector('form[data-ready="true"]');
      expect(await page.locator('[data-search-language] p').first().textContent()).toContain('published in Chinese');
      const input = page.getByLabel('Search projects and budgets');
      for (const [english, chinese] of [['hotline', '热线'], ['reception', '接待'], ['vehicle', '公务用车'], ['travel abroad', '因公出国（境）'], ['Hospitality', '公务接待费']]) {
        await input.fill(english);
        await page.keyboard.press('Enter');
        const offered = page.locator('[data-search-suggestions] button[data-suggest]');
        await expect.poll(() => offered.first().getAttribute('data-suggest')).toBe(chinese);
        // The English says what it is; the Chinese is marked as Chinese.
        expect(await offered.first().locator('span[lang="zh-CN"]').textContent()).toBe(chinese);
      }
      // A word with no term says so.
      await input.fill('zebra');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-search-suggestions]').textContent()).toContain('No Chinese term found for “zebra”');
      await page.close();
    });

    it('runs the Chinese query when a suggestion is clicked, by mouse or keyboard', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}/en/search/`);
      await page.waitForSelector('form[data-ready="true"]');
      await page.locator('[data-search-language] button[data-suggest="热线"]').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('热线');
      expect(await page.getByLabel('Search projects and budgets').inputValue()).toBe('热线');
      const links = page.locator('[data-search-results] li a[data-result-link]');
      await expect.poll(async () => (await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).includes(P(L, 'rexian-goumai-fuwu'))).toBe(true);
      // Results are Chinese text on an English page, and say so; where they are from reads in English.
      expect(await links.first().getAttribute('lang')).toBe('zh-CN');
      expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results/);
      expect(await page.locator('[data-search-results] .result-meta').first().textContent()).toMatch(/ · \d{4} · [\d,.]+ 10k yuan$/);
      // From a typed English word to its Chinese term with the keyboard.
      const input = page.getByLabel('Search projects and budgets');
      await input.fill('vehicle');
      await page.keyboard.press('Enter');
      const offered = page.locator('[data-search-suggestions] button[data-suggest="公务用车"]');
      await offered.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => input.inputValue()).toBe('公务用车');
      await expect.poll(() => links.count()).toBeGreaterThan(0);
      await page.close();
    });
  });
}
