// The fill-in workbook round-trips with the YAML: every amount, code and name of the sections it
// covers comes back exactly; what it does not cover is listed here (and in docs/workbook.md).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LABELS, readWorkbook, writeWorkbook } from '../../src/lib/import/workbook.ts';
import { Decimal, parseAmount } from '../../src/lib/money.ts';
import { disclosureSchema } from '../../src/lib/schema/index.ts';
import { parseYaml } from '../../src/lib/source/yaml.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FILES = ['data/linfen/xingzheng-shenpi/2020.yaml', 'data/jincheng/xingzheng-shenpi/2024.yaml', 'data/xinzhou/xingzheng-shenpi/2022.yaml', 'data/fenyang/xingzheng-shenpi/2023.yaml'];

/** What the workbook does not carry, by path, and why. A leaf of a data file that is neither here nor read back fails the round trip. */
const NOT_COVERED: { path: RegExp; why: string }[] = [
  { path: /^source\.note$/, why: 'long text: the transcriber’s notes' },
  { path: /^organisation(\.|$)/, why: 'units, duties, staffing: long texts and nested records (unit ids and names are shown for reference only)' },
  { path: /^income_items(\[|$)/, why: 'items under an income source: rare, entered in the YAML' },
  { path: /^(gov_fund_income|state_capital_income)(\[|$)/, why: 'revenue tables of funds: rare, entered in the YAML' },
  { path: /^expenditure\[\d+\]\.printed(\[|$)/, why: 'how a table misprinted a line: goes with errata' },
  { path: /^(three_public|admin_costs)\.explanation$/, why: 'long text' },
  { path: /^projects\[\d+\]\.(texts|goals)(\.|$)/, why: 'long texts of the project form' },
  { path: /^projects\[\d+\]\.contacts(\.|$)/, why: 'personal data on the form' },
  { path: /^(procurement|assets)(\.|$)/, why: 'procurement items and assets: nested records, entered in the YAML' },
  { path: /^(purchase_services|performance|other_notes)$/, why: 'long texts' },
  { path: /^narrative(\.|$)/, why: 'the explanatory text and the figures it states' },
  { path: /^performance_targets(\.|$)/, why: 'the department-wide performance form: texts and tasks' },
  { path: /^prior_year(\.|$)/, why: 'last year’s figures as printed' },
  { path: /^tables(\.|$)/, why: 'how tables were printed (empty, not published)' },
  { path: /^(errata|notes)(\[|$)/, why: 'corrections and explanations with their evidence' },
];

type Leaves = Map<string, unknown>;

/** Every leaf of a value, by path: `expenditure[0].basic`, `published.budget_summary["income.general_budget"]`. */
function leaves(value: unknown, path = '', out: Leaves = new Map()): Leaves {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) leaves(v, /^[a-z_0-9]+$/.test(k) ? (path ? `${path}.${k}` : k) : `${path}[${JSON.stringify(k)}]`, out);
  } else if (value !== null && value !== undefined) out.set(path, value);
  return out;
}

const covered = (path: string) => !NOT_COVERED.some((n) => n.path.test(path));
const AMOUNT_PATH = /^(income|three_public|published)\.|\.(basic|project|amount|own|higher|self_raised|other|total|central|provincial|local|annual)$|\.(basic_parts|project_parts|funds)\./;
const CODE_PATH = /(^|\.)(region|department|template|year|code|gov_code|economic|id|unit|match|period_years|start|end|scope|form_unit|fund)$/;
const kindOf = (path: string): 'amount' | 'code' | 'name' => (AMOUNT_PATH.test(path) && !/\.year$/.test(path) ? 'amount' : CODE_PATH.test(path) ? 'code' : 'name');
const decimal = (text: string): Decimal => {
  const parsed = parseAmount(text, { maxScale: 6 });
  if (!parsed.ok) throw new Error(`not an amount: ${text}`);
  return parsed.amount.value;
};

function load(file: string): Record<string, unknown> {
  const { value, problems } = parseYaml(readFileSync(join(ROOT, file), 'utf8'));
  expect(problems).toEqual([]);
  return value as Record<string, unknown>;
}

/** Compares the covered leaves of `original` with `read`: amounts as exact decimals, everything else as equal text. */
function compare(original: Record<string, unknown>, read: Record<string, unknown>) {
  const expected = new Map([...leaves(original)].filter(([p]) => covered(p)));
  const actual = leaves(read);
  expect([...actual.keys()].filter((p) => !expected.has(p))).toEqual([]);
  expect([...expected.keys()].filter((p) => !actual.has(p))).toEqual([]);
  const counts = { amount: 0, code: 0, name: 0 };
  for (const [path, want] of expected) {
    const got = actual.get(path);
    const kind = kindOf(path);
    counts[kind]++;
    if (kind === 'amount') expect(decimal(String(got)).equals(decimal(String(want))), `${path}: ${String(got)} ≠ ${String(want)}`).toBe(true);
    expect(got, path).toEqual(want);
  }
  // Published figure names are keys: counted as codes.
  return counts;
}

describe('round trip of the real disclosures', () => {
  for (const file of FILES) {
    it(`gives back every amount, code and name of ${file}`, async () => {
      const original = load(file);
      const { data, problems } = await readWorkbook(await writeWorkbook(original, { amounts: true }));
      expect(problems).toEqual([]);
      const counts = compare(original, data);
      expect(counts.amount).toBeGreaterThan(50);
      expect(counts.code).toBeGreaterThan(20);
      expect(counts.name).toBeGreaterThan(50);
      // What comes back is a disclosure in its own right.
      const parsed = disclosureSchema.safeParse(data);
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    });
  }

  it('lists exactly the sections it leaves out', async () => {
    const left = new Set<string>();
    for (const file of FILES) for (const p of leaves(load(file)).keys()) if (!covered(p)) left.add(NOT_COVERED.find((n) => n.path.test(p))!.path.source);
    // Every listed pattern is needed by some file, or is a section of the schema no demo file fills.
    const unused = NOT_COVERED.filter((n) => !left.has(n.path.source)).map((n) => n.path.source);
    expect(unused.sort()).toEqual(['^(gov_fund_income|state_capital_income)(\\[|$)', '^income_items(\\[|$)', '^performance_targets(\\.|$)', '^tables(\\.|$)'].sort());
    // docs/workbook.md names every one of them.
    const doc = readFileSync(join(ROOT, 'docs/workbook.md'), 'utf8');
    for (const key of ['source.note', 'organisation', 'income_items', 'gov_fund_income', 'state_capital_income', 'printed', 'explanation', 'texts', 'goals', 'contacts', 'procurement', 'assets', 'purchase_services', 'performance', 'other_notes', 'narrative', 'performance_targets', 'prior_year', 'tables', 'errata', 'notes']) {
      expect(doc, key).toContain(`\`${key}\``);
    }
  });

  it('takes amounts parsed as numbers (yaml parse) to the same decimals', async () => {
    const text = readFileSync(join(ROOT, FILES[0]!), 'utf8');
    const exact = await readWorkbook(await writeWorkbook(load(FILES[0]!), { amounts: true }));
    const floats = await readWorkbook(await writeWorkbook(parse(text) as Record<string, unknown>, { amounts: true }));
    expect(floats.problems).toEqual([]);
    const a = leaves(exact.data);
    const b = leaves(floats.data);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, want] of a) {
      if (kindOf(path) === 'amount') expect(decimal(String(b.get(path))).equals(decimal(String(want))), path).toBe(true);
      else expect(String(b.get(path)), path).toBe(String(want));
    }
  });

  it('is stable: written, read, written and read again gives the same data', async () => {
    for (const file of FILES) {
      const once = await readWorkbook(await writeWorkbook(load(file), { amounts: true }));
      const twice = await readWorkbook(await writeWorkbook(once.data, { amounts: true }));
      expect(twice.problems).toEqual([]);
      expect(twice.data).toEqual(once.data);
      expect(JSON.stringify(twice.data)).toBe(JSON.stringify(once.data));
    }
  });
});

/** A workbook's sheets as rows of cell texts. */
async function cells(bytes: Buffer): Promise<Map<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const out = new Map<string, string[][]>();
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow((row, n) => {
      rows[n - 1] = Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).text);
    });
    out.set(ws.name, rows);
  }
  return out;
}

const ALL_COLUMNS = [
  ...LABELS.readme.columns,
  ...Object.values(LABELS.form),
  ...LABELS.expenditure.columns,
  ...LABELS.expenditure.optional,
  ...LABELS.economic.columns,
  ...LABELS.economic.optional,
  ...LABELS.adminCosts,
  ...LABELS.projects,
  ...LABELS.detail,
  ...LABELS.indicators,
  ...LABELS.published,
];
const isAmountHeader = (h: string) => ALL_COLUMNS.some((c) => c.zh === h && c.amount);

describe('the blank form for next year', () => {
  for (const file of [FILES[1]!, FILES[3]!]) {
    it(`keeps codes, names and projects of ${file} and leaves every amount blank`, async () => {
      const original = load(file);
      const full = await cells(await writeWorkbook(original, { amounts: true }));
      const blank = await cells(await writeWorkbook(original, { amounts: false }));
      expect([...blank.keys()]).toEqual([...full.keys()]);
      expect([...blank.keys()]).toEqual(['说明', '基本信息', '收入', '支出', '经济分类', '三公', '机关运行经费', '项目', '项目明细', '绩效指标', '控制数']);
      let amounts = 0;
      for (const [sheet, rows] of full) {
        const header = rows[0]!;
        expect(blank.get(sheet)![0], sheet).toEqual(header);
        rows.slice(1).forEach((row, r) =>
          row.forEach((text, c) => {
            const got = blank.get(sheet)![r + 1]?.[c] ?? '';
            if (isAmountHeader(header[c]!)) {
              if (text !== '') amounts++;
              expect(got, `${sheet} ${header[c]} row ${r + 2}`).toBe('');
            } else expect(got, `${sheet} ${header[c]} row ${r + 2}`).toBe(text);
          }),
        );
      }
      expect(amounts).toBeGreaterThan(100);

      // Read back: no amount anywhere, the projects with their ids and names, and a problem for each row an amount must fill.
      const { data, problems } = await readWorkbook(await writeWorkbook(original, { amounts: false }));
      for (const [path] of leaves(data)) expect(kindOf(path), path).not.toBe('amount');
      const projects = (p: unknown) => (p as { id: string; name: string }[]).map(({ id, name }) => ({ id, name }));
      expect(projects(data.projects)).toEqual(projects(original.projects));
      expect(new Set(problems.map((p) => p.sheet))).toEqual(new Set(['经济分类', '机关运行经费', '控制数']));
      expect(problems.every((p) => p.message.zh.includes('不能为空'))).toBe(true);
    });
  }
});

type CellInput = string | number | null | ExcelJS.CellValue;

/** A small workbook from rows of cells, by sheet. */
async function build(sheets: Record<string, CellInput[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const META: CellInput[][] = [
  ['栏目', '内容'],
  ['地区代码', 'linfen'],
  ['部门代码', 'xingzheng-shenpi'],
  ['预算年度', '2026'],
  ['来源文件标题', '临汾市行政审批服务管理局2026年部门预算'],
  ['发布单位', '临汾市行政审批服务管理局'],
  ['发布年份', '2026'],
];
const EXPENDITURE_HEADER = ['功能科目编码', '科目名称', '基本支出（万元）', '项目支出（万元）'];

async function readSheets(sheets: Record<string, CellInput[][]>) {
  return readWorkbook(await build({ 基本信息: META, ...sheets }));
}
const on = (problems: { sheet: string; cell: string; message: { zh: string; en: string } }[], sheet: string) => problems.filter((p) => p.sheet === sheet);

describe('bad workbooks give located problems', () => {
  it('a file that is not a workbook', async () => {
    const result = await readWorkbook(new TextEncoder().encode('region: linfen\n'));
    expect(result.data).toEqual({});
    expect(result.problems).toEqual([{ sheet: '', cell: '', message: LABELS.messages.notWorkbook }]);
  });

  it('a workbook without the sheets', async () => {
    const { problems } = await readWorkbook(await build({ Sheet1: [['x']] }));
    expect(problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(Object.values(LABELS.sheets).filter((s) => s.zh !== '说明').map((s) => `${s.zh}!A1`));
  });

  it('an amount with its unit, full-width digits, too many decimals, a word', async () => {
    const { data, problems } = await readSheets({
      支出: [EXPENDITURE_HEADER, ['2010301', '行政运行', '232.61万元', null], ['2010302', '一般行政管理事务', null, '２１０'], ['2010350', '事业运行', '117.005', '约100']],
    });
    expect(on(problems, '支出')).toEqual([
      { sheet: '支出', cell: 'C2', message: { zh: '金额只填数字，不带单位：写 232.61（本列单位为万元）', en: 'amounts are numbers only, without a unit: write 232.61 (this column is in 万元)' } },
      { sheet: '支出', cell: 'D3', message: { zh: '请用半角数字：210', en: 'use ASCII digits: 210' } },
      { sheet: '支出', cell: 'C4', message: expect.objectContaining({ zh: '“117.005”小数位太多，本列最多 2 位小数' }) },
      { sheet: '支出', cell: 'D4', message: expect.objectContaining({ zh: '“约100”不是金额，请只填数字，如 232.61' }) },
    ]);
    // The rest of each line is still read.
    expect(data.expenditure).toEqual([{ code: '2010301', name: '行政运行' }, { code: '2010302', name: '一般行政管理事务' }, { code: '2010350', name: '事业运行' }]);
  });

  it('a missing required column', async () => {
    const { data, problems } = await readSheets({ 支出: [['功能科目编码', '基本支出（万元）', '项目支出（万元）'], ['2010301', '232.61', null]] });
    expect(on(problems, '支出')).toEqual([{ sheet: '支出', cell: 'A1', message: { zh: '缺少“科目名称”列', en: 'the column “科目名称” (Name) is missing' } }]);
    expect(data.expenditure).toEqual([]);
  });

  it('an unknown column, a bad code, a blank name', async () => {
    const { problems } = await readSheets({ 支出: [[...EXPENDITURE_HEADER, '备注'], ['20103X', '行政运行', '1', null, '说明'], ['2010302', null, '2', null, null]] });
    expect(on(problems, '支出').map((p) => [p.cell, p.message.zh])).toEqual([
      ['E1', '不认识的列“备注”，该列内容不会导入'],
      ['A2', '“20103X”不是有效的功能科目编码（3、5或7位数字）（例如 2010301）'],
      ['B3', '“科目名称”不能为空'],
    ]);
  });

  it('cells Excel typed as numbers, dates, formulas and errors', async () => {
    const { data, problems } = await readSheets({
      支出: [EXPENDITURE_HEADER, [2010301, '行政运行', 232.61, 16.0], ['2010302', '一般行政管理事务', { formula: '1+2', result: 3 }, { error: '#DIV/0!' }], ['2010303', '机关服务', '1,138.19', 0.1 + 0.2]],
      项目: [['项目代码', '项目名称', '开始日期'], ['p1', '项目一', new Date(Date.UTC(2026, 0, 1))]],
    });
    expect(on(problems, '支出')).toEqual([{ sheet: '支出', cell: 'D3', message: { zh: '单元格是错误值 #DIV/0!', en: 'the cell holds the error #DIV/0!' } }]);
    expect(data.expenditure).toEqual([
      { code: '2010301', name: '行政运行', basic: '232.61', project: '16' },
      { code: '2010302', name: '一般行政管理事务', basic: '3' },
      // Commas are kept as typed; a float sum is read at Excel's 15 digits.
      { code: '2010303', name: '机关服务', basic: '1,138.19', project: '0.3' },
    ]);
    expect(data.projects).toEqual([{ id: 'p1', name: '项目一', start: '2026-01-01' }]);
  });

  it('detail and indicators of a project that is not in 项目', async () => {
    const { data, problems } = await readSheets({
      项目: [['项目代码', '项目名称', '表内金额单位（元/万元）'], ['p1', '项目一', '万元'], ['p1', '项目一again', null]],
      项目明细: [['项目代码', '三级预算名称', '本级', '合计'], ['p1', '办公费', '1.234567', '1.2345678'], ['p2', '差旅费', '100', '100']],
      绩效指标: [['项目代码', '三级指标', '指标值'], ['p2', '满意度', '≥90%'], ['p1', '满意度', null]],
    });
    expect(problems.filter((p) => ['项目', '项目明细', '绩效指标'].includes(p.sheet)).map((p) => `${p.sheet}!${p.cell} ${p.message.zh}`)).toEqual([
      '项目!A3 项目代码“p1”重复',
      '项目明细!D2 “1.2345678”小数位太多，本列最多 6 位小数',
      '项目明细!A3 项目代码“p2”不在“项目”表中',
      '绩效指标!A2 项目代码“p2”不在“项目”表中',
    ]);
    expect(data.projects).toEqual([
      { id: 'p1', name: '项目一', form_unit: '万元', budget_detail: [{ item: '办公费', own: '1.234567' }], indicators: [{ name: '满意度', value: '' }] },
    ]);
  });

  it('basic information: a missing field, a bad year, an unknown row', async () => {
    const { data, problems } = await readWorkbook(
      await build({ 基本信息: [['栏目', '内容'], ['地区代码', 'Linfen'], ['预算年度', '二〇二六'], ['部门代码', 'x'], ['来源文件标题', 't'], ['发布单位', 'p'], ['发布年份', '2026'], ['负责人', '张三']] }),
    );
    expect(on(problems, '基本信息').map((p) => `${p.cell} ${p.message.zh}`)).toEqual(['B2 “Linfen”不是有效的代码（小写拼音和连字符）（例如 xingzheng-shenpi）', 'B3 “二〇二六”不是有效的年份（四位数字）（例如 2025）', 'A8 不认识的栏目“负责人”']);
    expect(data).toMatchObject({ department: 'x', source: { title: 't', publisher: 'p', year: '2026' } });
  });
});
