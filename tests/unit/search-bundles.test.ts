// The search index in bundles: how pages are split, how bundle lists from shards are joined, and
// how results sorted by amount are merged across bundles (src/lib/search/bundles.ts, merged.ts).
import { describe, expect, it } from 'vitest';
import { bundlePagesSetting, joinBundleLists, parseBundleList, planBundles, regionOfPage } from '../../src/lib/search/bundles.ts';
import { compareDecimalText, mergeSorted } from '../../src/lib/search/merged.ts';

const page = (region: string, dept: string, year: number, project?: string) => `${region}/${dept}/${year}/${project ? `projects/${project}/` : ''}index.html`;

describe('splitting pages into bundles', () => {
  it('keeps path order and at most N pages per bundle, named after the region each starts in', () => {
    const pages = [page('xinzhou', 'a', 2022), page('fenyang', 'a', 2023), page('fenyang', 'a', 2023, 'p1'), page('fenyang', 'b', 2023), page('linfen', 'a', 2020), page('linfen', 'a', 2020, 'p1'), page('linfen', 'a', 2020, 'p2')];
    const plan = planBundles(pages, 3);
    expect(plan.map((b) => b.id)).toEqual(['fenyang-1', 'linfen-1', 'xinzhou-1']);
    expect(plan.map((b) => b.pages.length)).toEqual([3, 3, 1]);
    expect(plan[0]!.pages[0]).toBe('fenyang/a/2023/index.html');
    expect(plan[1]!.pages).toEqual(['linfen/a/2020/index.html', 'linfen/a/2020/projects/p1/index.html', 'linfen/a/2020/projects/p2/index.html']);
  });

  it('splits a region larger than a bundle, numbering its bundles', () => {
    const pages = Array.from({ length: 5 }, (_, i) => page('linfen', 'a', 2020, `p${i}`));
    expect(planBundles(pages, 2).map((b) => [b.id, b.pages.length])).toEqual([['linfen-1', 2], ['linfen-2', 2], ['linfen-3', 1]]);
  });

  it('reads the region past a language prefix', () => {
    expect(regionOfPage('zh/linfen/a/2020/index.html')).toBe('linfen');
    expect(regionOfPage('/jincheng/a/2024/')).toBe('jincheng');
  });

  it('takes a bundle size from the environment only as a whole number above 0', () => {
    expect(bundlePagesSetting(undefined)).toBe(4000);
    expect(bundlePagesSetting('250')).toBe(250);
    for (const bad of ['0', '-3', '1.5', 'many', '08']) expect(() => bundlePagesSetting(bad), bad).toThrow(/whole number of pages above 0/);
  });
});

describe('bundle lists', () => {
  it('joins the lists of shards in order and refuses an id in two of them', () => {
    const a = { bundles: [{ id: 'fenyang-1', pages: 3 }] };
    const b = { bundles: [{ id: 'linfen-1', pages: 2 }, { id: 'linfen-2', pages: 1 }] };
    expect(joinBundleLists([a, b]).bundles.map((x) => x.id)).toEqual(['fenyang-1', 'linfen-1', 'linfen-2']);
    expect(() => joinBundleLists([b, b])).toThrow(/"linfen-1" is in two shards/);
  });

  it('reads a list and refuses one without bundles or with a strange id', () => {
    expect(parseBundleList('{"bundles":[{"id":"linfen-1","pages":2}]}').bundles).toEqual([{ id: 'linfen-1', pages: 2 }]);
    for (const bad of ['{"bundles":[]}', '{}', '{"bundles":[{"id":"../x","pages":1}]}', '{"bundles":[{"id":"a-1"}]}']) expect(() => parseBundleList(bad), bad).toThrow(/does not list any search bundle/);
  });
});

describe('amounts compared as printed', () => {
  it('orders by value, not by text or by float', () => {
    expect(compareDecimalText('1,138.19', '987.77')).toBe(1);
    expect(compareDecimalText('260.10', '260.1')).toBe(0);
    expect(compareDecimalText('0.30', '0.03')).toBe(1);
    expect(compareDecimalText('-3.5', '2')).toBe(-1);
    expect(compareDecimalText('-3.5', '-3.25')).toBe(-1);
    expect(compareDecimalText('-0.00', '0')).toBe(0);
    // Beyond a float's precision: these two differ in the 18th digit.
    expect(compareDecimalText('12345678901234567.1', '12345678901234567.2')).toBe(-1);
  });

  it('puts an empty or unreadable amount after every number', () => {
    expect(compareDecimalText('', '1.00')).toBe(1);
    expect(compareDecimalText('1.00', 'n/a')).toBe(-1);
    expect(compareDecimalText('', '')).toBe(0);
  });
});

describe('merging results sorted by amount across bundles', () => {
  // Each bundle's list is in its own order, as Pagefind returns it; data loads are counted.
  const lists = (amounts: string[][], loads: string[]) =>
    amounts.map((list, b) => list.map((amount, i) => ({ data: async () => (loads.push(`${b}:${i}`), { url: `/b${b}/${i}/`, meta: { amount } }) })));

  it('gives the largest first across bundles (desc), hand-ordered', async () => {
    const loads: string[] = [];
    const out = await mergeSorted(lists([['260.10', '103.00', '5.00'], ['1,138.19', '234.38'], []], loads), 10, (d) => d.meta.amount, 'desc');
    expect(out.map((d) => d.meta.amount)).toEqual(['1,138.19', '260.10', '234.38', '103.00', '5.00']);
  });

  it('gives the smallest first (asc) and stops at n, loading only a few results per bundle ahead', async () => {
    const loads: string[] = [];
    const big = Array.from({ length: 40 }, (_, i) => `${i + 1}.00`);
    const out = await mergeSorted(lists([big, ['0.50', '100.00']], loads), 3, (d) => d.meta.amount, 'asc');
    expect(out.map((d) => d.meta.amount)).toEqual(['0.50', '1.00', '2.00']);
    expect(loads.filter((l) => l.startsWith('0:')).length).toBeLessThanOrEqual(16);
  });
});
