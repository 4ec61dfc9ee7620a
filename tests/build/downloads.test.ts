// Downloads: every disclosure as JSON, each table and the project list as CSV (UTF-8 with a BOM),
// all data as one JSON file; stable URLs linked from the pages; a dictionary for every column.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { correctedData } from '../../src/lib/validate/corrections.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { standardTables } from '../../src/lib/derive/tables.ts';
import { csvField, PROJECT_COLUMNS } from '../../src/lib/export.ts';

const dist = inject('demoDist');
const result = checkPortal('data');
const { portal } = result;
const read = (...p: string[]) => readFileSync(join(dist, ...p), 'utf8');

/** A small RFC 4180 reader for the tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r') continue;
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

describe.each(portal.disclosures.map((d) => [d.source.file, d] as const))('%s', (_f, d) => {
  const base = [d.source.region!, d.source.department!, String(d.source.year)];
  const data = correctedData(d);
  const derived = derive(data);

  it('downloads as JSON with exact amounts as text and no personal data', () => {
    const json = JSON.parse(read(...base, 'data.json'));
    expect(json).toMatchObject({ region: d.source.region, department: d.source.department, year: d.source.year });
    expect(json.totals.total).toBe(derived.figure('total')!.value.toFixed(2));
    expect(typeof json.data.income.general_budget).toBe('string');
    expect(JSON.stringify(json)).not.toContain('"contacts"');
    expect(json.data.projects?.length ?? 0).toBe(data.projects?.length ?? 0);
    // The template's tables, as on the page: the 支出总表 合计 row holds the printed total.
    const tables = json.tables as { id: string; rows: { kind: string; cells: (string | null)[] }[] }[];
    expect(tables.map((t) => t.id)).toEqual(standardTables(tableContextFor(result, data, derived)).map((t) => t.id));
    const totalRow = tables.find((t) => t.id === 'expenditure_summary')!.rows.find((r) => r.kind === 'total')!;
    expect(totalRow.cells[0]).toBe(data.published?.expenditure_summary?.total?.text ?? derived.figure('total')!.value.toFixed(2));
  });

  it('downloads every table as CSV with a BOM and the page’s columns and totals', () => {
    for (const table of standardTables(tableContextFor(result, data, derived))) {
      const text = read(...base, 'tables', `${table.id}.csv`);
      expect(text.startsWith('\uFEFF'), table.id).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0]).toEqual([...table.heading, ...table.columns].map((c) => c.zh));
      expect(rows.length - 1).toBe(table.rows.length);
      const total = table.rows.findIndex((r) => r.kind === 'total');
      const cell = total >= 0 ? table.rows[total]!.cells[0]! : undefined;
      if (cell?.value) expect(rows[total + 1]).toContain(cell.value.toFixed(cell.scale));
    }
  });

  it('links its downloads from its page', () => {
    const html = read(...base, 'index.html');
    expect(html).toContain(`href="/${base.join('/')}/data.json"`);
    expect(html).toContain(`href="/${base.join('/')}/tables/expenditure_summary.csv"`);
  });
});

describe('portal downloads', () => {
  it('lists every project in projects.csv', () => {
    const text = read('projects.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...PROJECT_COLUMNS]);
    const count = portal.disclosures.reduce((n, d) => n + (d.data.projects?.length ?? 0), 0);
    expect(rows.length - 1).toBe(count);
    const hotline = rows.find((r) => r[6] === '市长热线政府购买服务')!;
    expect(hotline[11]).toBe('260.10');
    expect(hotline[12]).toBe('2601000');
    for (const r of rows.slice(1)) expect(existsSync(join(dist, r[13]!, 'index.html')), r[13]).toBe(true);
  });

  it('puts every disclosure in data.json, and a region’s projects in its own CSV', () => {
    const all = JSON.parse(read('data.json'));
    expect(all.disclosures.length).toBe(portal.disclosures.length);
    expect(all.regions.map((r: { slug: string }) => r.slug).sort()).toEqual([...portal.regions.keys()].sort());
    const xinzhou = parseCsv(read('xinzhou', 'projects.csv').slice(1));
    expect(xinzhou.length - 1).toBe(27);
  });

  it('explains every column in the data dictionary', () => {
    const html = read('data-dictionary', 'index.html');
    for (const c of PROJECT_COLUMNS) expect(html, c).toContain(c);
    for (const table of standardTables(tableContextFor(result, portal.disclosures[0]!.data))) expect(html).toContain(`${table.id}.csv`);
  });

  it('neutralises spreadsheet formulas and quotes what must be quoted', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('a,b')).toBe('"a,b"');
  });
});
