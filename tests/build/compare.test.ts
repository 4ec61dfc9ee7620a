// Compare pages and spending per resident over the built demo portal: a page per figure in both
// languages, every row linking to a place that exists on its disclosure page and showing the same
// amount as that place, per resident only for 临汾 2020 (the one disclosure of a year with a
// population), the summary's links to the peers, and the sitemap and home page naming the pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { COMPARE_FIGURES } from '../../src/lib/derive/compare.ts';
import { loadSettings } from '../../src/lib/settings.ts';
import { Decimal } from '../../src/lib/money.ts';
import { elementWith, mainOf, textOf, unmarkedChinese } from '../support/html.ts';

const outDir = inject('demoDist');
const BASE = loadSettings().base_url!.replace(/\/+$/, '');
const read = (path: string) => readFileSync(join(outDir, path.split('#')[0]!, 'index.html'), 'utf8');
const DISCLOSURES = ['/fenyang/xingzheng-shenpi/2023/', '/jincheng/xingzheng-shenpi/2024/', '/linfen/xingzheng-shenpi/2020/', '/xinzhou/xingzheng-shenpi/2022/'];

interface Row {
  region: string;
  year: string;
  amountHref: string;
  amount: string;
  perResident: string;
}

/** The rows of the first compare table inside `html`. */
function rowsOf(html: string): Row[] {
  const table = elementWith(html, '<table data-compare>', 'table')!;
  return [...table.matchAll(/<tr data-region="([^"]+)"[^>]*data-year="(\d+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => {
    const cells = [...m[3]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!);
    return { region: m[1]!, year: m[2]!, amountHref: /href="([^"]+)"/.exec(cells[2]!)![1]!, amount: textOf(cells[2]!), perResident: textOf(cells[3]!) };
  });
}

/** What the disclosure page shows at an anchor for a figure: the summary's figure, or the 三公 table's row. */
function shownAt(page: string, anchor: string, label: string): string {
  if (anchor.startsWith('figure-')) {
    const item = elementWith(page, `id="${anchor}"`, 'div')!;
    return textOf(/<span data-figure="[^"]+">([\s\S]*?)<\/span>/.exec(item)![1]!).split(' ')[0]!;
  }
  const section = elementWith(page, `id="${anchor}"`)!;
  const row = [...section.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].find((r) => textOf(/<th[^>]*>([\s\S]*?)<\/th>/.exec(r[1]!)?.[1] ?? '').endsWith(label))!;
  return textOf(/<td[^>]*>([\s\S]*?)<\/td>/.exec(row[1]!)![1]!);
}

describe.each(COMPARE_FIGURES.map((f) => [f.slug, f] as const))('/compare/%s/', (slug, figure) => {
  it('exists in Chinese and English, each language linking its own disclosure pages', () => {
    for (const prefix of ['', '/en']) {
      const html = read(`${prefix}/compare/${slug}/`);
      for (const r of rowsOf(html)) expect(r.amountHref.startsWith(`${prefix}/${r.region}/`), r.amountHref).toBe(true);
    }
  });

  it('has a row for every disclosure whose page shows the figure, each linking to where it is shown, with the same amount', () => {
    const rows = rowsOf(read(`/compare/${slug}/`));
    // The demo shows every figure in each of its four disclosures (blank 三公 parts as 0.00).
    expect(rows.map((r) => `/${r.region}/xingzheng-shenpi/${r.year}/`).sort()).toEqual(DISCLOSURES);
    for (const r of rows) {
      const [path, anchor] = r.amountHref.split('#');
      expect(existsSync(join(outDir, path!, 'index.html')), r.amountHref).toBe(true);
      const page = read(path!);
      expect(page, r.amountHref).toContain(`id="${anchor}"`);
      expect(shownAt(page, anchor!, figure.term.zh), r.amountHref).toBe(r.amount);
    }
  });

  it('is sorted by amount, largest first, and says which years it mixes', () => {
    const html = read(`/compare/${slug}/`);
    const amounts = [...elementWith(html, '<table data-compare>', 'table')!.matchAll(/data-amount="([\d.]+)"/g)].map((m) => new Decimal(m[1]!));
    expect(amounts.length).toBe(4);
    for (let i = 1; i < amounts.length; i++) expect(amounts[i - 1]!.gte(amounts[i]!), `${amounts[i - 1]} before ${amounts[i]}`).toBe(true);
    expect(textOf(html)).toContain('混合了 2020、2022、2023、2024 年的预算');
    expect(textOf(read(`/en/compare/${slug}/`))).toContain('mixing the years 2020, 2022, 2023, 2024');
  });

  it('draws a chart with its table twin', () => {
    const html = read(`/compare/${slug}/`);
    expect(html).toContain(`data-chart-id="compare-${slug}"`);
    const figureEl = elementWith(html, `data-chart-id="compare-${slug}"`, 'figure')!;
    expect(figureEl).toContain('<canvas data-chart=');
    expect([...figureEl.matchAll(/<tr><th scope="row"/g)].length).toBe(4);
  });

  it('marks every Chinese name on the English page', () => {
    expect(unmarkedChinese(mainOf(read(`/en/compare/${slug}/`)))).toEqual([]);
  });
});

describe('spending per resident', () => {
  it('shows 2.86 元 for 临汾 2020 (1138.19 万元 over 3,976,481 residents) on the summary, the department page and the compare page', () => {
    const summary = elementWith(read('/linfen/xingzheng-shenpi/2020/'), 'id="figure-total"', 'div')!;
    expect(textOf(elementWith(summary, 'data-per-resident', 'span')!)).toBe('人均 2.86 元（按2020年常住人口 3,976,481 人计）');
    expect(textOf(elementWith(read('/en/linfen/xingzheng-shenpi/2020/'), 'data-per-resident', 'span')!)).toBe('2.86 yuan per resident (for 3,976,481 residents in 2020)');
    expect(textOf(elementWith(read('/linfen/xingzheng-shenpi/'), 'data-per-resident', 'small')!)).toBe('人均 2.86 元');
    const linfen = rowsOf(read('/compare/total/')).find((r) => r.region === 'linfen')!;
    expect(linfen.perResident).toBe('2.86');
    // 机关运行经费 77.27 万元: 772,700 ÷ 3,976,481 = 0.1943… → 0.19.
    expect(rowsOf(read('/compare/admin-costs/')).find((r) => r.region === 'linfen')!.perResident).toBe('0.19');
  });

  it('shows nothing for a year without a population (忻州 and 晋城 give 2020 only; 汾阳 none)', () => {
    for (const path of DISCLOSURES.filter((p) => !p.startsWith('/linfen/'))) {
      expect(read(path), path).not.toContain('data-per-resident');
      expect(read(path.replace(/\d{4}\/$/, '')), path).not.toContain('data-per-resident');
    }
    for (const r of rowsOf(read('/compare/total/')).filter((x) => x.region !== 'linfen')) expect(r.perResident, r.region).toBe('');
  });
});

describe('a disclosure’s summary', () => {
  it.each(DISCLOSURES.flatMap((p) => [p, `/en${p}`]))('%s links each headline figure to its peers on the compare page', (path) => {
    const html = read(path);
    const links = [...html.matchAll(/<div class="compare-link"><a href="([^"]+)" data-compare-link="([^"]+)"/g)];
    expect(links.map((l) => l[2])).toEqual(['total', 'basic', 'project', 'three_public', 'admin_costs']);
    const year = /\/(\d{4})\/$/.exec(path)![1]!;
    for (const [, href] of links) {
      expect(href).toMatch(new RegExp(`^${path.startsWith('/en/') ? '/en' : ''}/compare/[a-z-]+/#peers-xingzheng-shenpi-${year}$`));
      const [page, anchor] = href!.split('#');
      const group = elementWith(read(page!), `id="${anchor}"`)!;
      // The peers of this department's type and year: this disclosure among them.
      expect(rowsOf(group).map((r) => `/${r.region}/xingzheng-shenpi/${r.year}/`)).toContain(path.replace(/^\/en/, ''));
      expect(rowsOf(group).every((r) => r.year === year)).toBe(true);
    }
  });
});

describe('the compare index', () => {
  it('lists every figure, in both languages, and the home page links to it', () => {
    for (const prefix of ['', '/en']) {
      const html = read(`${prefix}/compare/`);
      for (const f of COMPARE_FIGURES) expect(html, f.slug).toContain(`href="${prefix}/compare/${f.slug}/"`);
      expect(read(`${prefix}/`)).toContain(`href="${prefix}/compare/" data-compare-index`);
    }
  });

  it('is in the sitemap with every compare page, each with its other language', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    for (const path of ['/compare/', ...COMPARE_FIGURES.map((f) => `/compare/${f.slug}/`)]) {
      expect(sitemap).toContain(`<loc>${BASE}${path}</loc>`);
      expect(sitemap).toContain(`<loc>${BASE}/en${path}</loc>`);
    }
  });
});
