// Chinese query regression suite: real queries drawn from the four disclosures, each with the
// pages it must return (and, where one page is clearly the answer, that it comes first). Runs
// against the built Pagefind index in Node; a subset goes through the search page in Chromium.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../support/browser.ts';
import { openIndex, type Searcher } from '../support/pagefind.ts';
import { serve } from '../support/serve.ts';

const L = '/linfen/xingzheng-shenpi/2020/';
const J = '/jincheng/xingzheng-shenpi/2024/';
const X = '/xinzhou/xingzheng-shenpi/2022/';
const F = '/fenyang/xingzheng-shenpi/2023/';
const P = (d: string, id: string) => `${d}projects/${id}/`;

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

let site: Awaited<ReturnType<typeof serve>>;
let index: Searcher;

beforeAll(async () => {
  site = await serve(inject('demoDist'));
  index = await openIndex(inject('demoDist'), site.url);
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
});
