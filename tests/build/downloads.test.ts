// Downloads: every disclosure as JSON, each table and the project list as CSV (UTF-8 with a BOM),
// all data as one JSON file; stable URLs linked from the pages; a dictionary for every column.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { correctedData } from '../../src/lib/validate/corrections.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { standardTables } from '../../src/lib/derive/tables.ts';
import { csvField, FIGURE_COLUMNS, HEADLINE_COLUMNS, PROJECT_COLUMNS } from '../../src/lib/export.ts';

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
    // The English page links the English CSV.
    expect(read('en', ...base, 'index.html')).toContain(`href="/en/${base.join('/')}/tables/expenditure_summary.csv"`);
  });

  it('downloads every table as an English CSV too: English headings, the same amounts', () => {
    for (const table of standardTables(tableContextFor(result, data, derived))) {
      const zh = parseCsv(read(...base, 'tables', `${table.id}.csv`).slice(1));
      const en = parseCsv(read('en', ...base, 'tables', `${table.id}.csv`).slice(1));
      expect(en[0], table.id).toEqual([...table.heading, ...table.columns].map((c) => c.en));
      expect(en.length).toBe(zh.length);
      const amounts = (rows: string[][]) => rows.slice(1).map((r) => r.slice(table.heading.length));
      expect(amounts(en)).toEqual(amounts(zh));
    }
  });
});

it('writes the 三公 table in English with the row words of the glossary (临汾 2020, printed 1.50 and 3.9)', () => {
  const rows = parseCsv(read('en', 'linfen', 'xingzheng-shenpi', '2020', 'tables', 'three_public.csv').slice(1));
  expect(rows[0]).toEqual(['Item', 'Amount']);
  expect(rows.find((r) => r[1] === '1.50')![0]).toBe('Official hospitality');
  expect(rows.find((r) => r[1] === '3.9')![0]).toMatch(/^Total/);
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
    // Absolute addresses on the published site (portal.yaml base_url: https://example.org).
    for (const r of rows.slice(1)) {
      expect(r[13]!.startsWith('https://example.org/'), r[13]).toBe(true);
      expect(existsSync(join(dist, r[13]!.slice('https://example.org'.length), 'index.html')), r[13]).toBe(true);
    }
  });

  it('writes every figure of every table, one per line, in figures.csv: hand-checked rows, and each table’s own CSV again', () => {
    const rows = parseCsv(read('figures.csv').slice(1));
    expect(rows[0]).toEqual([...FIGURE_COLUMNS]);
    const line = (r: string[]) => r.join('|');
    const all = new Set(rows.slice(1).map(line));
    // Tables printed without a code column still give their rows' codes in figures.csv (201 …).
    const withoutCode = new Set(rows.slice(1).map((r) => line([...r.slice(0, 5), '', ...r.slice(6)])));
    // 临汾 2020, 支出总表 2010301 行政运行 基本支出 232.61 (printed), and 三公 合计 3.9 printed as 3.90.
    expect(all.has('linfen|xingzheng-shenpi|2020|budget|expenditure_summary|2010301|行政运行（政府办公厅（室）及相关机构事务）|基本支出|232.61|万元')).toBe(true);
    expect(all.has('jincheng|xingzheng-shenpi|2024|budget|budget_summary||本年支出合计|金额|2965.95|万元')).toBe(true);
    // Every amount of each table's CSV is a line of figures.csv, under its table and column.
    for (const d of portal.disclosures) {
      for (const table of standardTables(tableContextFor(result, correctedData(d)))) {
        const own = parseCsv(read(d.data.region, d.data.department, String(d.data.year), 'tables', `${table.id}.csv`).slice(1));
        const [header, ...body] = own;
        const first = header!.length - table.columns.length;
        for (const r of body) {
          r.slice(first).forEach((amount, i) => {
            const key = line([d.data.region, d.data.department, String(d.data.year), 'budget', table.id, first > 1 ? r[0]! : '', r[first - 1]!, header![first + i]!, amount, table.unit]);
            if (amount) expect(first > 1 ? all.has(key) : withoutCode.has(key), `${table.id} ${r.join(' ')}`).toBe(true);
          });
        }
      }
    }
    // One department's file holds its years only.
    const linfen = parseCsv(read('linfen', 'xingzheng-shenpi', 'figures.csv').slice(1)).slice(1);
    expect(linfen.length).toBe(rows.slice(1).filter((r) => r[0] === 'linfen').length);
    expect(new Set(linfen.map((r) => `${r[0]}/${r[1]}`))).toEqual(new Set(['linfen/xingzheng-shenpi']));
  });

  it('gives each disclosure’s headline figures in headlines.csv', () => {
    const rows = parseCsv(read('headlines.csv').slice(1));
    expect(rows[0]).toEqual([...HEADLINE_COLUMNS]);
    expect(rows.length - 1).toBe(portal.disclosures.length);
    const linfen = Object.fromEntries(rows[0]!.map((c, i) => [c, rows.find((r) => r[0] === 'linfen')![i]]));
    // Hand-checked against the document: 支出合计 1,138.19, 基本 436.09, 项目 702.10, 三公 3.90, 机关运行经费 77.27.
    expect(linfen).toMatchObject({ year: '2020', total: '1138.19', basic: '436.09', project: '702.10', three_public: '3.90', admin_costs: '77.27', unit: '万元', url: 'https://example.org/linfen/xingzheng-shenpi/2020/' });
  });

  it('links a department’s own downloads from its page', () => {
    const html = read('linfen', 'xingzheng-shenpi', 'index.html');
    expect(html).toContain('href="/linfen/xingzheng-shenpi/figures.csv"');
    expect(html).toContain('href="/linfen/xingzheng-shenpi/projects.csv"');
    expect(parseCsv(read('linfen', 'xingzheng-shenpi', 'projects.csv').slice(1)).length - 1).toBe(11);
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
    for (const c of [...PROJECT_COLUMNS, ...FIGURE_COLUMNS, ...HEADLINE_COLUMNS]) expect(html, c).toContain(c);
    for (const file of ['/figures.csv', '/headlines.csv', '/&lt;地区&gt;/&lt;部门&gt;/projects.csv']) expect(html, file).toContain(file);
    for (const table of standardTables(tableContextFor(result, portal.disclosures[0]!.data))) expect(html).toContain(`${table.id}.csv`);
  });

  it('neutralises spreadsheet formulas and quotes what must be quoted', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('a,b')).toBe('"a,b"');
  });
});
