// The built demo portal as a reader meets it: every language switch leads to a page, names say
// their region once, the home page's comparison says which year each figure is from, and the
// English pages have no words glued together or Chinese punctuation in English text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { elementWith, readableLines, textOf, unescapeHtml } from '../support/html.ts';

const outDir = inject('demoDist');

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(dir, rel);
    return name.endsWith('.html') ? [rel] : [];
  });
}
const pages = htmlFiles(outDir);
const read = (rel: string) => readFileSync(join(outDir, rel), 'utf8');

/** Whether a site path (/en/, /linfen/x/2020/, /data.json) is a file of the built site. */
const served = (href: string) => {
  const path = join(outDir, decodeURI(href.split(/[?#]/)[0]!));
  return href.endsWith('/') ? existsSync(join(path, 'index.html')) : existsSync(path) && statSync(path).isFile();
};

describe('the language switch', () => {
  it('leads from every page, the 404 page too, to a page that exists', () => {
    expect(pages).toContain('404.html');
    expect(pages.length).toBeGreaterThan(100);
    for (const rel of pages) {
      const html = read(rel);
      const links = [...html.matchAll(/<li class="lang-switch"><a href="([^"]+)"/g), ...html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)].map((m) => unescapeHtml(m[1]!));
      // A chart to embed elsewhere (/embed/…) has no navigation: its head names the other language only.
      expect(links.length, rel).toBe(/^(en\/)?embed\//.test(rel) ? 1 : 2);
      for (const href of links) expect(served(href), `${rel} → ${href}`).toBe(true);
    }
  });

  it('leads from the 404 page to the English home page', () => {
    const html = read('404.html');
    expect(html).toContain('<li class="lang-switch"><a href="/en/" lang="en" hreflang="en">English</a></li>');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="/en/">');
  });
});

describe('department names with their region', () => {
  it('name the glossary’s sources by the department’s full name, never region + short name', () => {
    for (const rel of ['glossary/index.html', 'en/glossary/index.html']) {
      const html = read(rel);
      const labels = new Set([...html.matchAll(/<p class="term-note">([\s\S]*?)<\/p>/g)].flatMap((m) => [...m[1]!.matchAll(/<a href="[^"]+">([^<]+)<\/a>/g)].map((a) => unescapeHtml(a[1]!))));
      // 晋城's short name is 市审批局: put after 晋城市 it read 晋城市市审批局.
      // 临汾 2020 prints no 名词解释.
      expect([...labels].sort(), rel).toEqual(['忻州市行政审批服务管理局 2022年', '晋城市行政审批服务管理局 2024年', '汾阳市行政审批服务管理局 2023年'].map((l) => (rel.startsWith('en/') ? l.replace(/ (\d{4})年$/, ' $1') : l)).sort());
    }
  });

  it('give search results the region, the department and the year apart, and are nowhere doubled', () => {
    const project = readdirSync(join(outDir, 'jincheng', 'xingzheng-shenpi', '2024', 'projects'))[0]!;
    const html = read(`jincheng/xingzheng-shenpi/2024/projects/${project}/index.html`);
    for (const meta of ['region:晋城市', 'department:行政审批服务管理局', 'year:2024']) expect(html).toContain(`data-pagefind-meta="${meta}"`);
    expect(html).not.toContain('data-pagefind-meta="context:');
    for (const rel of pages) {
      const html = read(rel);
      for (const doubled of ['晋城市市审批局', '晋城市晋城市', '临汾市临汾市', '忻州市忻州市', '汾阳市汾阳市']) expect(html.includes(doubled), `${rel}: ${doubled}`).toBe(false);
    }
  });
});

describe('the home page’s comparison of departments', () => {
  // The demo's latest years: 临汾 2020, 忻州 2022, 汾阳 2023, 晋城 2024.
  it.each([
    ['index.html', '各部门最新年度支出（各部门年度不同：2020—2024年）', ['（2020年）', '（2022年）', '（2023年）', '（2024年）']],
    ['en/index.html', 'Departments, latest year (the years differ: 2020–2024)', [' (2020)', ' (2022)', ' (2023)', ' (2024)']],
  ])('%s says the years differ, and each row its year', (rel, title, years) => {
    const figure = elementWith(read(rel), 'data-chart-id="departments"', 'figure')!;
    expect(figure).toBeDefined();
    expect(textOf(/<figcaption[^>]*>([\s\S]*?)<span class="unit">/.exec(figure)![1]!)).toBe(title);
    const rows = [...figure.matchAll(/<tr><th scope="row"[^>]*>([^<]+)<\/th>/g)].map((m) => unescapeHtml(m[1]!));
    expect(rows.length).toBe(4);
    expect(rows.map((r) => years.find((y) => r.endsWith(y))).sort()).toEqual([...years].sort());
    // The drawn chart's labels (the canvas's spec) carry the years as well.
    const spec = JSON.parse(unescapeHtml(/data-chart="([^"]+)"/.exec(figure)![1]!)) as { title: string; labels: string[] };
    expect(spec.title).toBe(title);
    expect(spec.labels).toEqual(rows);
  });
});

describe('English pages', () => {
  const english = pages.filter((p) => p.startsWith('en/'));

  it('have no words glued together and no full-width colon in English text', () => {
    expect(english.length).toBeGreaterThan(20);
    const found = new Set<string>();
    for (const rel of english) {
      for (const line of readableLines(read(rel))) {
        // Phrases run into the next word: “on last yeardown”, “erratum.增长率”, “total.机关…”.
        for (const re of [/last year(?=[A-Za-z])/, /erratum\.(?=\S)/, /[a-z]\.(?=\p{Script=Han})/u]) if (re.test(line.text)) found.add(`${rel}: ${line.text}`);
        // “Unit：10k yuan”: Chinese punctuation in English text. Lines of unmarked Chinese are
        // Chinese prose (the guide quotes field names: “改正 rule：…”), where it is right.
        if (/[A-Za-z]：/.test(line.unmarked) && !/\p{Script=Han}/u.test(line.unmarked)) found.add(`${rel}: ${line.unmarked}`);
      }
    }
    expect([...found]).toEqual([]);
  });
});
