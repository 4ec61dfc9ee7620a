// The demo portal built from data/: every disclosure and every project has its page, the totals on
// the page are the published ones, every erratum and note is visible, and no personal data shows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { formatAmount, formatFixed } from '../../src/lib/format.ts';
import { t, tf } from '../../src/lib/i18n.ts';
import { standardTables } from '../../src/lib/derive/tables.ts';
import { correctedData } from '../../src/lib/validate/corrections.ts';
import { ORGANISATION, SECTIONS, TABLE_IDS, THREE_PUBLIC, THREE_PUBLIC_PARTS, UNIT_KINDS } from '../../src/lib/glossary.ts';
import { RULES, RULE_IDS } from '../../src/lib/validate/catalogue.ts';
import { disclosureCharts } from '../../src/lib/charts/specs.ts';
import { elementWith, escapeHtml, mainOf, textOf, unmarkedChinese } from '../support/html.ts';

const STANDARD_TABLES = TABLE_IDS.filter((id) => id !== 'procurement' && id !== 'narrative');

const outDir = inject('demoDist');
const { portal, findings } = checkPortal('data');

const page = (...parts: string[]) => readFileSync(join(outDir, ...parts, 'index.html'), 'utf8');

describe.each(portal.disclosures.map((d) => [d.source.file, d] as const))('%s', (file, d) => {
  const url = [d.source.region!, d.source.department!, String(d.source.year)];

  it('has a disclosure page with the published totals', () => {
    const html = page(...url);
    const printed = d.data.published?.expenditure_summary;
    for (const key of ['total', 'basic', 'project'] as const) {
      // As printed: with the decimals the document printed it with.
      expect(html).toMatch(new RegExp(`data-figure="${key}"[^>]*>${formatAmount(printed![key]!).replace('.', '\\.')}`));
    }
  });

  it('has every table of its template, empty ones saying why (本表无数据)', () => {
    const html = page(...url);
    const ctx = tableContextFor(checkPortal('data'), correctedData(d));
    const ids = standardTables(ctx).map((t) => t.id);
    for (const id of ids) expect(html, id).toContain(`data-table="${id}"`);
    for (const id of STANDARD_TABLES.filter((id) => !ids.includes(id))) expect(html, id).not.toContain(`data-table="${id}"`);
    const empty = [t('noData', 'zh'), t('tableNotPublished', 'zh'), t('tablePrintedEmpty', 'zh')];
    const sections = html.split('<section').filter((s) => s.includes('data-table='));
    for (const sec of sections) expect(sec.includes('<table') || empty.some((e) => sec.includes(e))).toBe(true);
    if (!d.data.gov_fund_income?.length) expect(sections.find((s) => s.includes('data-table="gov_fund_income"'))).toContain('本表无数据');
  });

  it('shows in each table the totals the data give', () => {
    // Readers see the data with errata applied.
    const data = correctedData(d);
    const ctx = tableContextFor(checkPortal('data'), data);
    const html = page(...url);
    for (const table of standardTables(ctx).filter((t) => !t.empty)) {
      const sec = html.split('<section').find((s) => s.includes(`data-table="${table.id}"`))!;
      const totalRow = table.rows.find((r) => r.kind === 'total');
      if (!totalRow) continue;
      // At the precision the document printed the cell with.
      for (const c of totalRow.cells) if (c.value) expect(sec, `${table.id}`).toContain(`>${formatFixed(c.value, c.scale)}`);
    }
  });

  it('has a page for every project, linked from the disclosure', () => {
    const html = page(...url);
    for (const p of d.data.projects ?? []) {
      expect(existsSync(join(outDir, ...url, 'projects', p.id, 'index.html')), p.id).toBe(true);
      expect(html).toContain(`href="/${url.join('/')}/projects/${p.id}/"`);
    }
  });

  it('shows every erratum and note to readers', () => {
    const html = page(...url);
    const visible = (t: string) => html.includes(t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    for (const e of d.data.errata ?? []) expect(visible(e.evidence), e.path).toBe(true);
    for (const f of findings.filter((f) => f.file === file && f.explainedBy?.kind === 'note')) expect(visible(f.explainedBy!.text)).toBe(true);
  });

  it('renders no contact of an official', () => {
    const pages = (d.data.projects ?? []).map((p) => page(...url, 'projects', p.id)).join('\n');
    for (const p of d.data.projects ?? []) {
      for (const v of [p.contacts?.phone, p.contacts?.leader, p.contacts?.filler, p.contacts?.handler, p.contacts?.unit_leader]) {
        if (v && v.length > 1) expect(pages.includes(v), `${p.id}: ${v}`).toBe(false);
      }
    }
  });
});

/** The first paragraph of a text as the page shows it (escaped), for finding it on the page. */
const firstParagraph = (text: string) => escapeHtml(text.split(/\n\s*\n/)[0]!.split('\n')[0]!.trim());

describe.each(portal.disclosures.map((d) => [d.source.file, d] as const))('%s in English', (_file, d) => {
  const url = [d.source.region!, d.source.department!, String(d.source.year)];
  const ctx = tableContextFor(checkPortal('data'), correctedData(d));
  const year = d.data.year;

  it('has English table captions and column headers', () => {
    const html = page('en', ...url);
    for (const table of standardTables(ctx)) {
      const sec = elementWith(html, `data-table="${table.id}"`)!;
      expect(sec, table.id).toBeDefined();
      expect(sec, table.id).toContain(`>${escapeHtml(`${table.title.en}, ${year}`)}<`);
      if (table.empty) continue;
      expect(sec, table.id).toContain(`<caption>${escapeHtml(`${table.title.en}, ${year}`)}<span class="unit">Unit: 10,000 yuan</span></caption>`);
      for (const h of table.heading) expect(sec, `${table.id}: ${h.en}`).toContain(`<th scope="col">${escapeHtml(h.en)}</th>`);
      for (const c of table.columns) expect(sec, `${table.id}: ${c.en}`).toContain(`<th scope="col" class="num">${escapeHtml(c.en)}</th>`);
    }
    const headers = [...mainOf(html).matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]!));
    expect(headers.filter((h) => /\p{Script=Han}/u.test(h))).toEqual([]);
  });

  it('has English chart titles, legends and headings', () => {
    const html = page('en', ...url);
    const specs = disclosureCharts(ctx, 'en');
    expect(specs.length).toBeGreaterThan(0);
    for (const spec of specs) {
      if (spec.sentence) {
        // A chart that would say nothing is an English sentence (names from the data marked Chinese).
        expect(textOf(elementWith(html, `data-chart-id="${spec.id}"`, 'p')!), spec.id).toBe(tf(spec.sentence.key, 'en', spec.sentence.params));
        continue;
      }
      const figure = elementWith(html, `data-chart-id="${spec.id}"`, 'figure')!;
      expect(figure, spec.id).toContain(`>${escapeHtml(spec.title)}<span class="unit">Unit: 10,000 yuan</span></figcaption>`);
      expect(figure, spec.id).toContain(`<th scope="col">${escapeHtml(spec.labelHeading)}</th>`);
      for (const s of spec.series) expect(figure, spec.id).toContain(`<th scope="col" class="num">${escapeHtml(s.label)}</th>`);
      // The spec the browser draws from is the English one.
      expect(figure).toContain(escapeHtml(`"title":${JSON.stringify(spec.title)}`));
    }
  });

  it('marks every name and text from the data as Chinese, and has no other Chinese', () => {
    const html = page('en', ...url);
    const department = portal.departments.get(`${d.source.region}/${d.source.department}`)!.data;
    // The department's English name where department.yaml gives one, else its Chinese name marked.
    expect(html).toContain(department.name_en ? `<h1 data-pagefind-meta="title"><span>${escapeHtml(department.name_en)}</span>` : `<h1 data-pagefind-meta="title"><span lang="zh-CN">${escapeHtml(department.name)}</span>`);
    for (const p of d.data.projects ?? []) expect(html, p.id).toContain(`lang="zh-CN">${escapeHtml(p.name)}</a>`);
    for (const table of standardTables(ctx)) {
      for (const r of table.rows.filter((r) => r.dataLabel && r.cells.some((c) => c.value && !c.value.isZero()))) expect(html, `${table.id}: ${r.label.zh}`).toContain(`lang="zh-CN">${escapeHtml(r.label.zh)}</`);
    }
    expect(unmarkedChinese(mainOf(html))).toEqual([]);
  });

  it('reads as English: summary, download links, units', () => {
    const html = page('en', ...url);
    const main = textOf(mainOf(html));
    for (const bad of ['on last yeardown', 'on last yearup', 'Unit：', '10k yuan（']) expect(main).not.toContain(bad);
    for (const h of ['Summary', 'Charts', 'Budget tables', 'Data notes', 'Downloads', 'Source']) expect(html).toContain(`>${h} <a class="anchor"`);
    for (const table of standardTables(ctx)) expect(html).toContain(`data-download="${table.id}">${escapeHtml(`${table.title.en}, ${year} (CSV)`)}</a>`);
    expect(html).toContain('>This budget, all data (JSON)</a>');
  });
});

describe.each(portal.disclosures.map((d) => [d.source.file, d] as const))('%s: everything the format holds', (_file, d) => {
  const url = [d.source.region!, d.source.department!, String(d.source.year)];
  const { data } = d;

  it('renders each text section it has, inside the searchable part of the page', () => {
    for (const lang of ['zh', 'en'] as const) {
      const html = lang === 'zh' ? page(...url) : page('en', ...url);
      const searchable = lang === 'zh' ? elementWith(html, 'data-pagefind-body', 'div')! : html;
      const sections = [
        ['procurement', data.procurement?.text, SECTIONS.procurement],
        ['purchase-services', data.purchase_services, SECTIONS.purchase_services],
        ['performance', data.performance, SECTIONS.performance],
        ['other-notes', data.other_notes, SECTIONS.other_notes],
      ] as const;
      for (const [id, text, title] of sections) {
        const sec = elementWith(searchable, `data-section="${id}"`);
        if (!text) {
          expect(sec, id).toBeUndefined();
          continue;
        }
        expect(sec, `${lang} ${id}`).toBeDefined();
        expect(sec).toContain(`>${escapeHtml(title[lang])} <a class="anchor"`);
        expect(sec).toContain(firstParagraph(text));
      }
    }
  });

  it('renders the organisation: duties, structure, divisions and every unit with its kind', () => {
    const o = data.organisation;
    const html = page(...url);
    const sec = elementWith(elementWith(html, 'data-pagefind-body', 'div')!, 'data-section="organisation"');
    if (!o?.units?.length && !o?.duties && !o?.structure) return;
    expect(sec).toBeDefined();
    if (o.duties) expect(sec).toContain(firstParagraph(o.duties));
    if (o.structure) expect(sec).toContain(firstParagraph(o.structure));
    for (const n of o.internal_divisions?.names ?? []) expect(sec).toContain(`<li>${escapeHtml(n)}</li>`);
    const en = elementWith(page('en', ...url), 'data-section="organisation"')!;
    for (const u of o.units ?? []) {
      const unit = elementWith(sec!, `data-unit="${u.id}"`, 'li')!;
      expect(unit, u.id).toContain(escapeHtml(u.name));
      if (u.kind) {
        expect(unit).toContain(`data-unit-kind="${u.kind}">${UNIT_KINDS[u.kind].zh}</dd>`);
        expect(elementWith(en, `data-unit="${u.id}"`, 'li')).toContain(`data-unit-kind="${u.kind}">${UNIT_KINDS[u.kind].en}</dd>`);
      }
      if (u.staffing?.actual) expect(unit).toContain(ORGANISATION.actual.zh);
    }
  });

  it('renders the assets with their amounts as printed', () => {
    const a = data.assets;
    const html = page(...url);
    const sec = elementWith(elementWith(html, 'data-pagefind-body', 'div')!, 'data-section="assets"');
    if (!a) return expect(sec).toBeUndefined();
    expect(sec).toBeDefined();
    if (a.text) expect(sec).toContain(firstParagraph(a.text));
    for (const v of a.vehicles?.items ?? []) {
      expect(sec).toContain(escapeHtml(v.category));
      if (v.original_value) expect(sec).toContain(`>${formatAmount(v.original_value)}</td>`);
    }
    for (const b of a.buildings ?? []) {
      expect(sec).toContain(escapeHtml(b.name));
      if (b.area_m2) expect(sec).toContain(`>${formatAmount(b.area_m2)}</td>`);
    }
    for (const f of a.fixed_assets ?? []) expect(sec).toContain(`>${formatAmount(f.original_value)}</td>`);
    for (const f of a.figures ?? []) expect(sec).toContain(escapeHtml(f.label));
  });

  it('lists the four parts of the 三公 table as the template prints them', () => {
    if (!data.three_public) return;
    for (const lang of ['zh', 'en'] as const) {
      const sec = elementWith(lang === 'zh' ? page(...url) : page('en', ...url), 'data-table="three_public"')!;
      const rows = [...sec.matchAll(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]!));
      for (const part of THREE_PUBLIC_PARTS) expect(rows.some((r) => r.includes(THREE_PUBLIC[part][lang])), `${lang} ${part}: ${rows.join(' | ')}`).toBe(true);
    }
  });
});

describe('English site pages', () => {
  it('mark every Chinese name from the data on the home, region, department and project-list pages', () => {
    const pages = [['en'], ['en', 'projects'], ...portal.disclosures.flatMap((d) => [['en', d.source.region!], ['en', d.source.region!, d.source.department!], ['en', d.source.region!, 'projects']])];
    for (const p of pages) expect(unmarkedChinese(mainOf(page(...p))), p.join('/')).toEqual([]);
  });
});

describe('publisher’s guide', () => {
  it('lists exactly the rules of the catalogue, each with its meaning and fix', () => {
    const html = page('guide');
    const listed = [...html.matchAll(/data-rule="([^"]+)"/g)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(html).toContain(RULES[id].title.zh);
  });

  it('shows real excerpts of the demo data', () => {
    expect(page('guide')).toContain('摘自 <code>data/linfen/xingzheng-shenpi/2020.yaml</code>');
    expect(page('guide')).toContain('2010301');
  });
});

describe('site pages', () => {
  it('has region, department and English pages', () => {
    for (const d of portal.disclosures) {
      expect(existsSync(join(outDir, d.source.region!, 'index.html'))).toBe(true);
      expect(existsSync(join(outDir, d.source.region!, d.source.department!, 'index.html'))).toBe(true);
      expect(page('en', d.source.region!, d.source.department!, String(d.source.year))).toContain('<html lang="en"');
    }
    expect(readFileSync(join(outDir, '404.html'), 'utf8')).toContain('页面不存在');
    expect(page('about')).toContain('怎样核算');
    expect(page('en', 'about')).toContain('How it is checked');
  });

  it('has a home page listing every disclosure and a glossary', () => {
    const home = page();
    for (const d of portal.disclosures) expect(home).toContain(`href="/${d.source.region}/${d.source.department}/${d.source.year}/"`);
    expect(page('glossary')).toContain('id="spending.three_public"');
  });
});
