// The demo portal built from data/: every disclosure and every project has its page, the totals on
// the page are the published ones, every erratum and note is visible, and no personal data shows.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { formatAmount, formatWan } from '../../src/lib/format.ts';
import { standardTables } from '../../src/lib/derive/tables.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { correctedData } from '../../src/lib/validate/corrections.ts';
import { TABLE_IDS } from '../../src/lib/glossary.ts';
import { RULES, RULE_IDS } from '../../src/lib/validate/catalogue.ts';

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
      expect(html).toMatch(new RegExp(`data-figure="${key}"[^>]*>${formatAmount(printed![key]!.value).replace('.', '\\.')}`));
    }
  });

  it('has every standard table, empty ones saying 本表无数据', () => {
    const html = page(...url);
    for (const id of STANDARD_TABLES) expect(html, id).toContain(`data-table="${id}"`);
    const sections = html.split('<section').filter((s) => s.includes('data-table='));
    for (const sec of sections) expect(/<table|本表无数据/.test(sec)).toBe(true);
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
      for (const c of totalRow.cells) if (c.value) expect(sec, `${table.id}`).toContain(formatWan(c.value));
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
    expect(page('glossary')).toContain('id="three_public"');
  });
});
