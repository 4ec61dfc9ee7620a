// Long pages made navigable (issue item 4), over the built demo: every disclosure page has a table
// of contents whose links all lead somewhere on the page and that lists every section; every
// section heading and titled caption links to itself; every table has its CSV beside it; the data
// notes are grouped by rule with counts; and 晋城 2024's narrative marks the figure its erratum
// corrects, linked to the erratum.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { elementWith, mainOf, textOf, unmarkedChinese } from '../support/html.ts';

const outDir = inject('demoDist');
const { portal } = checkPortal('data');
const read = (rel: string) => readFileSync(join(outDir, rel), 'utf8');

const PAGES = portal.disclosures.flatMap((d) => ['', 'en/'].map((prefix) => `${prefix}${d.source.region}/${d.source.department}/${d.source.year}/`));

/** Every id on the page, with the name of the element that carries it. */
const idsOf = (html: string) => new Map([...html.matchAll(/<(\w+)\b[^>]*?\sid="([^"]+)"/g)].map((m) => [m[2]!, m[1]!] as const));
/** The self-link of a heading or caption: the href of its `a.anchor`. */
const anchorOf = (html: string) => /<a class="anchor" href="#([^"]+)" aria-label="[^"]+"[^>]*>#<\/a>/.exec(html)?.[1];

describe.each(PAGES)('%s', (path) => {
  const html = read(`${path}index.html`);
  const main = mainOf(html);
  const ids = idsOf(main);
  const en = path.startsWith('en/');

  it('has a collapsed table of contents near the top whose every link leads to an id on the page', () => {
    const toc = elementWith(main, 'data-toc', 'nav')!;
    expect(toc).toBeDefined();
    // Before the first section: right under the title.
    expect(main.indexOf('data-toc')).toBeLessThan(main.indexOf('<section'));
    // Collapsed in the page as built (src/scripts/toc.ts opens it on a wide screen).
    expect(toc).toMatch(/<details data-toc-details>/);
    expect(textOf(elementWith(toc, '<summary', 'summary')!)).toBe(en ? 'On this page' : '本页目录');
    const links = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(20);
    for (const id of links) expect(ids.has(id), id).toBe(true);
    expect(new Set(links).size).toBe(links.length);
  });

  it('lists every section, every table and every narrative section in its table of contents', () => {
    const links = new Set([...elementWith(main, 'data-toc', 'nav')!.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!));
    const h2 = [...main.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!);
    expect(h2).toEqual(expect.arrayContaining(['summary-title', 'tables-title', 'notes-title', 'downloads-title', 'source-title']));
    for (const id of h2) expect(links.has(id), id).toBe(true);
    const tables = [...main.matchAll(/<section id="(table-[^"]+)"/g)].map((m) => m[1]!);
    expect(tables.length).toBeGreaterThan(8);
    for (const id of tables) expect(links.has(id), id).toBe(true);
    for (const [, id] of main.matchAll(/<h3 id="(n-[^"]+)"/g)) expect(links.has(id!), id).toBe(true);
  });

  it('gives every h2 and h3 a visible self-link to its own id or its section’s', () => {
    const headings = [...main.matchAll(/<(h[23])\b[^>]*>[\s\S]*?<\/\1>/g)].map((m) => m[0]);
    expect(headings.length).toBeGreaterThan(20);
    for (const h of headings) {
      const target = anchorOf(h);
      expect(target, h).toBeDefined();
      expect(ids.has(target!), h).toBe(true);
      // Its own id, or the section it heads (a table's heading names the table's section).
      const own = new RegExp(`^<h[23] id="${target}"`).test(h);
      if (!own) expect(elementWith(main, `id="${target}"`, ids.get(target!))!.includes(h), h).toBe(true);
    }
  });

  it('gives every titled caption its self-link, and heads every other table with a self-linked heading', () => {
    const captions = [...main.matchAll(/<caption\b[^>]*>[\s\S]*?<\/caption>/g)];
    expect(captions.length).toBeGreaterThan(5);
    for (const m of captions) {
      const caption = m[0];
      const id = /^<caption id="([^"]+)"/.exec(caption)?.[1];
      if (id) {
        expect(anchorOf(caption), caption).toBe(id);
        continue;
      }
      // A standard table's caption repeats its heading; an asset table's caption is its unit: the heading above links.
      const before = main.slice(0, m.index);
      const heading = before.slice(before.lastIndexOf('<h'));
      expect(anchorOf(heading), caption).toBeDefined();
    }
  });

  it('has beside each table’s title a link to the table’s CSV, which exists', () => {
    const tables = [...main.matchAll(/<section id="table-([^"]+)"/g)].map((m) => m[1]!);
    for (const table of tables) {
      const section = elementWith(main, `id="table-${table}"`)!;
      const link = new RegExp(`<a href="([^"]+)" download aria-describedby="table-${table}-title" data-csv="${table}">([^<]+)</a>`).exec(section);
      expect(link, table).not.toBeNull();
      expect(link![2]).toBe(en ? 'Download this table (CSV)' : '下载本表（CSV）');
      // The English page links the English CSV (/en/…/tables/…).
      expect(link![1]).toBe(`/${path}tables/${table}.csv`);
      expect(existsSync(join(outDir, link![1]!)), link![1]).toBe(true);
      // In the table's header, before the table and its cite line.
      expect(section.indexOf('data-csv')).toBeLessThan(section.indexOf('data-cite'));
    }
  });

  it('groups the data notes by rule, collapsed, each with its count', () => {
    const notes = elementWith(main, 'data-notes')!;
    const groups = [...notes.matchAll(/<details class="note-group" id="([^"]+)" data-note-group="([^"]+)" data-count="(\d+)"[^>]*>/g)];
    expect(groups.length).toBeGreaterThan(1);
    for (const [, id, , count] of groups) {
      const group = elementWith(notes, `id="${id}"`, 'details')!;
      // Each finding is one line of the group; the summary says how many.
      expect(group.match(/<p class="note-finding">/g)?.length, id).toBe(Number(count));
      expect(textOf(elementWith(group, '<summary', 'summary')!), id).toMatch(en ? new RegExp(` \\(${count}\\)$`) : new RegExp(`（${count}）$`));
    }
    // Nothing in the notes prints a long amount without its grouping commas.
    expect(textOf(notes.replace(/<p class="note-text"[\s\S]*?<\/p>/g, ''))).not.toMatch(/(?<![\d,.])\d{4,}\.\d+ (万元|10k yuan)/);
  });
});

describe('the data notes of 晋城 2024', () => {
  it.each([
    ['jincheng/xingzheng-shenpi/2024/', ['已按勘误改正（1）', '实施期资金不是年度资金的整数倍（6）', '舍入差异（5）']],
    ['en/jincheng/xingzheng-shenpi/2024/', ['Corrected by an erratum (1)', 'Period funding is not annual × years (6)', 'Rounding difference (5)']],
  ])('%s: three groups under their rules’ titles', (path, titles) => {
    const notes = elementWith(mainOf(read(`${path}index.html`)), 'data-notes')!;
    expect([...notes.matchAll(/<summary>([^<]+)<\/summary>/g)].map((m) => m[1])).toEqual(titles);
    // The first note names its project, linked to the project's page (Chinese only).
    const note = elementWith(notes, 'id="note-1"', 'li')!;
    expect(note).toContain('<a href="/jincheng/xingzheng-shenpi/2024/projects/shehui-zuzhi-shenji/"');
    expect(textOf(note)).toContain(path.startsWith('en/') ? 'Over 2 years, 150,000 yuan a year makes 300,000 yuan, but the period total is 160,000 yuan.' : '项目期 2 年，年度资金 150,000 元 × 2 = 300,000 元，实施期资金为 160,000 元。');
  });
});

describe('an erratum marked where the narrative prints the wrong figure', () => {
  it.each([
    ['jincheng/xingzheng-shenpi/2024/', '勘误：原文印作', '，更正为', '勘误'],
    ['en/jincheng/xingzheng-shenpi/2024/', 'Erratum: printed as', ', corrected to', 'erratum'],
  ])('%s: 0.03% struck, 3.23% inserted, linked to the erratum', (path, printed, corrected, link) => {
    const main = mainOf(read(`${path}index.html`));
    const section = elementWith(main, 'aria-labelledby="n-admin-costs"')!;
    const words = path.startsWith('en/') ? ' lang="en"' : '';
    expect(section).toContain(
      `增长<mark class="erratum" data-inline-erratum><span class="visually-hidden"${words}>${printed}</span><del>0.03%</del><span class="visually-hidden"${words}>${corrected}</span> <ins>3.23%</ins></mark><a class="erratum-link" href="#erratum-1"`,
    );
    expect(section).toMatch(new RegExp(`<a class="erratum-link" href="#erratum-1" aria-label="[^"]+"${words} data-erratum-link>${link}</a>，原因是`));
    // The erratum it links to is among the data notes, in its group.
    const erratum = elementWith(elementWith(main, 'id="notes-errata-applied"', 'details')!, 'id="erratum-1"', 'li')!;
    expect(erratum).toContain('0.03%');
    expect(erratum).toContain('3.23%');
    expect(erratum).toContain(`<a href="#n-admin-costs"${path.startsWith('en/') ? ' lang="zh-CN"' : ''}>八、机关运行经费增减变动原因说明</a>`);
    // The sentence still reads whole: the printed text is all there.
    expect(textOf(section)).toContain('比2023年预算增加5.05万元，增长');
  });

  it('marks no other page’s narrative', () => {
    for (const path of PAGES.filter((p) => !p.includes('jincheng'))) expect(read(`${path}index.html`), path).not.toContain('data-inline-erratum');
  });

  it('leaves no unmarked Chinese on the English page', () => {
    expect(unmarkedChinese(mainOf(read('en/jincheng/xingzheng-shenpi/2024/index.html')))).toEqual([]);
  });
});

describe('a project’s page', () => {
  it.each([
    // 汾阳 2023's erratum: the cost indicator 全年服务费 printed 112900元 for 1129900元.
    ['fenyang/xingzheng-shenpi/2023/', 'zhengwu-dating-fuwu-2023', '112900元', '1129900元', 'erratum-1'],
    // 临汾 2020's fourth erratum: the 11th form's 外聘专家评审经费 row, 本级 4100000 for 400000 (元).
    ['linfen/xingzheng-shenpi/2020/', 'zhuanjia-pingshen', '4,100,000', '400,000', 'erratum-4'],
    // 忻州 2022's seventeenth: “≤300000万/年” for ≤300000元/年.
    ['xinzhou/xingzheng-shenpi/2022/', 'dianzi-qianzhang-yunwei', '≤300000万/年', '≤300000元/年', 'erratum-17'],
  ])('%s%s marks the value its erratum corrects, linked to the erratum on the disclosure page', (path, project, printed, corrected, anchor) => {
    const main = mainOf(read(`${path}projects/${project}/index.html`));
    expect(main.match(/data-inline-erratum/g)?.length).toBe(1);
    expect(main).toContain(`<del>${printed}</del><span class="visually-hidden">，更正为</span> <ins>${corrected}</ins></mark><a class="erratum-link" href="/${path}#${anchor}"`);
    expect(idsOf(mainOf(read(`${path}index.html`))).get(anchor)).toBe('li');
  });

  it('gives every h2 and titled caption a self-link', () => {
    const main = mainOf(read('linfen/xingzheng-shenpi/2020/projects/yimei-yinzhang/index.html'));
    const ids = idsOf(main);
    const headed = [...main.matchAll(/<h2\b[^>]*>[\s\S]*?<\/h2>|<caption\b[^>]*>[\s\S]*?<\/caption>/g)].map((m) => m[0]);
    // 项目概况 and the other texts, the goals, 其他年度, and the funding, detail and indicator tables.
    expect(headed.length).toBeGreaterThan(5);
    for (const h of headed) {
      const id = /^<(?:h2|caption) id="([^"]+)"/.exec(h)?.[1];
      expect(id, h).toBeDefined();
      expect(anchorOf(h), h).toBe(id);
      expect(ids.has(id!)).toBe(true);
    }
  });
});
