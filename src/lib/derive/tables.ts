// The standard disclosure tables, derived from the leaves. Each cell shows the figure as the
// document printed it in that table where the file records it, else the derived figure; a cell
// whose printed value differs from its parts (by rounding: errors never reach a page) is marked.
// Pages only lay these tables out.
import { Decimal, ZERO, type Amount } from '../money.ts';
import { FISCAL_FUNDS, FUNDS, FUND_IDS, SPENDING, TABLES, THREE_PUBLIC, type FundId, type TableId } from '../glossary.ts';
import type { Disclosure } from '../schema/index.ts';
import { lookup, type CodeCatalogue } from './catalogue.ts';
import type { Derived, LineView } from './derive.ts';
import { projectWan } from './project-amount.ts';

export type Level = 'class' | 'section' | 'item';

export interface Cell {
  value: Decimal | null;
  /** The printed amount, where the table printed one and the file records it. */
  printed?: Amount;
  /** Printed and derived differ (a rounding footnote). */
  differs: boolean;
  derived?: Decimal;
}

export interface Row {
  code?: string;
  label: string;
  /** 0 for 类 or top rows, 1 for 款, 2 for 项. */
  depth: number;
  kind: 'total' | 'group' | 'line';
  cells: Cell[];
  /** Link target, for project rows. */
  href?: string;
}

export interface StandardTable {
  id: TableId;
  title: string;
  unit: '万元';
  columns: string[];
  /** Rows after the header; a table with no money has none. */
  rows: Row[];
  /** 本表无数据: nothing to show. */
  empty: boolean;
  /** Text printed under the table (e.g. why 会议费 is outside the 三公 total). */
  note?: string;
}

export interface TableContext {
  data: Disclosure;
  derived: Derived;
  catalogue: CodeCatalogue;
}

const LEVEL_BY_LENGTH: Record<number, Level> = { 3: 'class', 5: 'section', 7: 'item' };
const DEPTH: Record<Level, number> = { class: 0, section: 1, item: 2 };

/** A cell for a named figure: printed in `table` if recorded, else derived. */
function cell(ctx: TableContext, table: TableId, ref: string, fallback?: Decimal): Cell {
  const derived = ctx.derived.figure(ref)?.value ?? fallback;
  const printed = ctx.data.published?.[table]?.[ref];
  if (printed) return { value: printed.value, printed, derived, differs: derived !== undefined && !derived.equals(printed.value) };
  return { value: derived ?? null, derived, differs: false };
}

function plainCell(value: Decimal | null): Cell {
  return { value, differs: false };
}

const isZero = (c: Cell) => c.value === null || c.value.isZero();

function functionalName(ctx: TableContext, code: string): string {
  return ctx.data.expenditure.find((l) => l.code === code)?.name ?? lookup(ctx.catalogue.functional, code, ctx.data.year)?.name ?? '';
}

/** Every 类, 款 and 项 code under the lines that pass `filter`, in code order. */
function treeCodes(lines: readonly LineView[]): string[] {
  const codes = new Set<string>();
  for (const l of lines) {
    codes.add(l.code.slice(0, 3));
    if (l.code.length >= 5) codes.add(l.code.slice(0, 5));
    codes.add(l.code);
  }
  return [...codes].sort();
}

/** The functional tree with one column per suffix (''=合计, '.basic', '.project', '.<fund>'). */
function functionalTree(ctx: TableContext, table: TableId, lines: readonly LineView[], columns: readonly string[], totalRefs: readonly string[]): Row[] {
  const rows: Row[] = [{ label: '合计', depth: 0, kind: 'total', cells: totalRefs.map((r) => cell(ctx, table, r)) }];
  for (const code of treeCodes(lines)) {
    const level = LEVEL_BY_LENGTH[code.length] ?? 'item';
    rows.push({
      code,
      label: functionalName(ctx, code),
      depth: DEPTH[level],
      kind: level === 'item' ? 'line' : 'group',
      cells: columns.map((suffix) => cell(ctx, table, `function.${code}${suffix}`)),
    });
  }
  return rows;
}

function fundLines(ctx: TableContext, fund: FundId): LineView[] {
  return ctx.derived.lines.filter((l) => l.fund === fund && !l.carriedOver);
}

function classRows(ctx: TableContext, table: TableId, lines: readonly LineView[], suffixes: readonly string[]): Row[] {
  const classes = [...new Set(lines.map((l) => l.code.slice(0, 3)))].sort();
  return classes.map((c) => ({ code: c, label: functionalName(ctx, c), depth: 1, kind: 'line' as const, cells: suffixes.map((s) => cell(ctx, table, `function.${c}${s}`)) }));
}

/** 收支总表: income by source, spending by functional 类. */
function budgetSummary(ctx: TableContext): StandardTable {
  const table: TableId = 'budget_summary';
  const income = ctx.data.income;
  const incomeRows: Row[] = FUND_IDS.filter((f) => f !== 'other' || income.other).map((f) => ({ label: FUNDS[f].zh, depth: 1, kind: 'line' as const, cells: [cell(ctx, table, `income.${f}`)] }));
  const rows: Row[] = [
    { label: '收入', depth: 0, kind: 'group', cells: [plainCell(null)] },
    ...incomeRows,
    { label: '本年收入合计', depth: 0, kind: 'total', cells: [cell(ctx, table, 'income')] },
    { label: '上年结转', depth: 1, kind: 'line', cells: [cell(ctx, table, 'income.carried_over')] },
    { label: '收入总计', depth: 0, kind: 'total', cells: [cell(ctx, table, 'income_grand_total')] },
    { label: '支出', depth: 0, kind: 'group', cells: [plainCell(null)] },
    ...classRows(ctx, table, ctx.derived.lines, ['']),
    { label: '本年支出合计', depth: 0, kind: 'total', cells: [cell(ctx, table, 'total')] },
  ];
  return { id: table, title: TABLES[table].zh, unit: '万元', columns: ['项目', '金额'], rows, empty: false };
}

const INCOME_COLUMNS: FundId[] = ['general_budget', 'gov_fund', 'state_capital', 'special_account', 'unit_funds'];

/** 收入总表: the functional tree by source of money. */
function incomeSummary(ctx: TableContext): StandardTable {
  const table: TableId = 'income_summary';
  const funds = INCOME_COLUMNS.filter((f) => f !== 'other');
  const rows = functionalTree(ctx, table, ctx.derived.lines, ['', ...funds.map((f) => `.${f}`)], ['income', ...funds.map((f) => `income.${f}`)]);
  return { id: table, title: TABLES[table].zh, unit: '万元', columns: ['科目编码', '科目名称', '合计', ...funds.map((f) => FUNDS[f].zh)], rows, empty: ctx.derived.lines.length === 0 };
}

/** 支出总表: the functional tree by 基本/项目. */
function expenditureSummary(ctx: TableContext, table: TableId = 'expenditure_summary', lines: readonly LineView[] = ctx.derived.lines, totals = ['total', 'basic', 'project']): StandardTable {
  const empty = lines.length === 0;
  return {
    id: table,
    title: TABLES[table].zh,
    unit: '万元',
    columns: ['科目编码', '科目名称', '合计', SPENDING.basic.zh, SPENDING.project.zh],
    rows: empty ? [] : functionalTree(ctx, table, lines, ['', '.basic', '.project'], totals),
    empty,
  };
}

/** 财政拨款收支总表: fiscal funds only, by 类. */
function fiscalSummary(ctx: TableContext): StandardTable {
  const table: TableId = 'fiscal_summary';
  const lines = ctx.derived.lines.filter((l) => FISCAL_FUNDS.includes(l.fund) && !l.carriedOver);
  const cols = FISCAL_FUNDS.map((f) => `.${f}`);
  const rows: Row[] = [
    { label: '收入', depth: 0, kind: 'group', cells: [plainCell(null), ...FISCAL_FUNDS.map(() => plainCell(null))] },
    ...FISCAL_FUNDS.map((f) => ({ label: FUNDS[f].zh, depth: 1, kind: 'line' as const, cells: [cell(ctx, table, `income.${f}`), ...FISCAL_FUNDS.map((g) => (g === f ? cell(ctx, table, `income.${f}`) : plainCell(null)))] })),
    { label: '支出', depth: 0, kind: 'group', cells: [plainCell(null), ...FISCAL_FUNDS.map(() => plainCell(null))] },
    ...classRows(ctx, table, lines, ['', ...cols]).map((r) => ({ ...r, cells: [cell(ctx, table, `function.${r.code}`, ZERO), ...FISCAL_FUNDS.map((f) => cell(ctx, table, `function.${r.code}.${f}`))] })),
    { label: '支出合计', depth: 0, kind: 'total', cells: [cell(ctx, table, 'fiscal'), ...FISCAL_FUNDS.map((f) => cell(ctx, table, `fund.${f}`))] },
  ];
  return { id: table, title: TABLES[table].zh, unit: '万元', columns: ['项目', '小计', ...FISCAL_FUNDS.map((f) => FUNDS[f].zh)], rows, empty: lines.length === 0 };
}

function generalBudgetExpenditure(ctx: TableContext): StandardTable {
  const lines = fundLines(ctx, 'general_budget');
  const t = expenditureSummary(ctx, 'general_budget_expenditure', lines, ['fund.general_budget', 'basic', 'project']);
  // With other funds present, the 合计 row must be this fund's own totals.
  if (lines.length !== ctx.derived.lines.length && t.rows[0]) {
    const sum = (c: 'basic' | 'project') => lines.reduce((s, l) => s.plus(l[c]?.value ?? 0), ZERO);
    t.rows[0].cells = [plainCell(sum('basic').plus(sum('project'))), plainCell(sum('basic')), plainCell(sum('project'))];
  }
  return t;
}

/** 基本支出经济分类表: 类 and 款 with 人员经费 / 公用经费 columns. */
function basicEconomic(ctx: TableContext): StandardTable {
  const table: TableId = 'basic_economic';
  const lines = ctx.data.economic?.basic ?? [];
  const personnel = (code: string) => code.startsWith('301') || code.startsWith('303');
  const rows: Row[] = [];
  if (lines.length) {
    rows.push({ label: '合计', depth: 0, kind: 'total', cells: [cell(ctx, table, 'economic'), cell(ctx, table, 'personnel'), cell(ctx, table, 'public_costs')] });
    const classes = [...new Set(lines.map((l) => l.code.slice(0, 3)))].sort();
    for (const cls of classes) {
      const classCell = cell(ctx, table, `economic.${cls}`);
      const name = lines.find((l) => l.code === cls)?.name ?? lookup(ctx.catalogue.economic, cls, ctx.data.year)?.name ?? '';
      rows.push({ code: cls, label: name, depth: 0, kind: 'group', cells: [classCell, personnel(cls) ? classCell : plainCell(null), personnel(cls) ? plainCell(null) : classCell] });
      for (const l of lines) {
        if (!l.code.startsWith(cls) || l.code === cls) continue;
        const c = plainCell(l.amount.value);
        rows.push({ code: l.code, label: l.gov_name ? `${l.name}（${l.gov_name}）` : l.name, depth: 1, kind: 'line', cells: [c, personnel(l.code) ? c : plainCell(null), personnel(l.code) ? plainCell(null) : c] });
      }
    }
  }
  const note = ctx.data.economic?.scope === 'all' ? '公开文件的本表实际包含全部支出（含项目支出），照录。' : undefined;
  return { id: table, title: TABLES[table].zh, unit: '万元', columns: ['科目编码', '科目名称', '合计', SPENDING.personnel.zh, SPENDING.public_costs.zh], rows, empty: lines.length === 0, note };
}

function revenueTable(ctx: TableContext, id: TableId, lines: readonly { code: string; name: string; amount: Amount }[]): StandardTable {
  const rows: Row[] = lines.length
    ? [
        { label: '合计', depth: 0, kind: 'total', cells: [plainCell(lines.reduce((s, l) => s.plus(l.amount.value), ZERO))] },
        ...lines.map((l) => ({ code: l.code, label: l.name, depth: 1, kind: 'line' as const, cells: [plainCell(l.amount.value)] })),
      ]
    : [];
  return { id, title: TABLES[id].zh, unit: '万元', columns: ['收入科目编码', '科目名称', '金额'], rows, empty: lines.length === 0 };
}

function threePublicTable(ctx: TableContext): StandardTable {
  const table: TableId = 'three_public';
  const tp = ctx.data.three_public;
  const part = (p: 'outbound' | 'reception' | 'vehicles' | 'vehicle_purchase' | 'vehicle_operation', depth: number): Row => ({ label: (p === 'vehicle_purchase' ? '①' : p === 'vehicle_operation' ? '②' : '') + THREE_PUBLIC[p].zh, depth, kind: 'line', cells: [cell(ctx, table, `three_public.${p}`, ZERO)] });
  const rows: Row[] = tp
    ? [part('outbound', 1), part('reception', 1), part('vehicles', 1), part('vehicle_purchase', 2), part('vehicle_operation', 2), { label: '合计', depth: 0, kind: 'total', cells: [cell(ctx, table, 'three_public', ZERO)] }]
    : [];
  if (tp?.meetings) rows.push({ label: '会议费（不计入“三公”经费）', depth: 1, kind: 'line', cells: [cell(ctx, table, 'three_public.meetings')] });
  if (tp?.training) rows.push({ label: '培训费（不计入“三公”经费）', depth: 1, kind: 'line', cells: [plainCell(tp.training.value)] });
  return { id: table, title: TABLES[table].zh, unit: '万元', columns: ['项目', '金额'], rows, empty: !tp, note: tp?.explanation };
}

function adminCostsTable(ctx: TableContext): StandardTable {
  const table: TableId = 'admin_costs';
  const ac = ctx.data.admin_costs;
  const units = ctx.data.organisation?.units ?? [];
  const rows: Row[] = ac
    ? [
        { label: '合计', depth: 0, kind: 'total', cells: [cell(ctx, table, 'admin_costs')] },
        ...ac.units.map((u) => ({ label: units.find((x) => x.id === u.unit)?.name ?? u.unit, depth: 1, kind: 'line' as const, cells: [plainCell(u.amount.value)] })),
      ]
    : [];
  return { id: table, title: TABLES[table].zh, unit: '万元', columns: ['单位名称', '金额'], rows, empty: !ac, note: ac?.explanation };
}

function projectTable(ctx: TableContext, base = ''): StandardTable {
  const table: TableId = 'project_expenditure';
  const projects = ctx.data.projects ?? [];
  const units = ctx.data.organisation?.units ?? [];
  const rows: Row[] = [];
  if (projects.length) {
    rows.push({ label: '合计', depth: 0, kind: 'total', cells: [cell(ctx, table, 'projects')] });
    const groups = [...new Set(projects.map((p) => p.unit ?? ''))];
    for (const g of groups) {
      const members = projects.filter((p) => (p.unit ?? '') === g);
      if (groups.length > 1) rows.push({ label: units.find((u) => u.id === g)?.name ?? '未注明单位', depth: 0, kind: 'group', cells: [plainCell(members.reduce((s, p) => s.plus(projectWan(p) ?? 0), ZERO))] });
      for (const p of members) rows.push({ label: p.name, depth: groups.length > 1 ? 1 : 0, kind: 'line', cells: [plainCell(projectWan(p))], href: `${base}projects/${p.id}/` });
    }
  }
  return { id: table, title: TABLES[table].zh, unit: '万元', columns: ['项目名称', '金额'], rows, empty: projects.length === 0 };
}

/** Every standard table of a disclosure, in the order of the published documents. `projectBase` is
 * the disclosure's path that project links hang from. */
export function standardTables(ctx: TableContext, projectBase = ''): StandardTable[] {
  const govFundLines = fundLines(ctx, 'gov_fund');
  const stateLines = fundLines(ctx, 'state_capital');
  const stateCapital = expenditureSummary(ctx, 'state_capital', stateLines, ['fund.state_capital', 'basic', 'project']);
  const stateIncome = ctx.data.state_capital_income ?? [];
  if (stateIncome.length && stateCapital.empty) {
    Object.assign(stateCapital, { rows: revenueTable(ctx, 'state_capital', stateIncome).rows, empty: false, columns: ['收入科目编码', '科目名称', '金额'] });
  }
  return [
    budgetSummary(ctx),
    incomeSummary(ctx),
    expenditureSummary(ctx),
    fiscalSummary(ctx),
    generalBudgetExpenditure(ctx),
    basicEconomic(ctx),
    revenueTable(ctx, 'gov_fund_income', ctx.data.gov_fund_income ?? []),
    expenditureSummary(ctx, 'gov_fund_expenditure', govFundLines, ['fund.gov_fund', 'basic', 'project']),
    stateCapital,
    threePublicTable(ctx),
    adminCostsTable(ctx),
    projectTable(ctx, projectBase),
  ];
}

/** Rows whose cells are all zero or empty are kept for totals and groups only. */
export function hasMoney(row: Row): boolean {
  return row.kind !== 'line' || !row.cells.every(isZero);
}

/** Functional rows for a fund filter, with plain derived sums (used by charts and the summary). */
export interface FunctionalRow {
  code: string;
  name: string;
  level: Level;
  basic: Decimal;
  project: Decimal;
  total: Decimal;
}

export function functionalRows(ctx: TableContext): FunctionalRow[] {
  return treeCodes(ctx.derived.lines).map((code) => {
    let basic = ZERO;
    let project = ZERO;
    for (const l of ctx.derived.lines) {
      if (!l.code.startsWith(code)) continue;
      if (l.basic) basic = basic.plus(l.basic.value);
      if (l.project) project = project.plus(l.project.value);
    }
    return { code, name: functionalName(ctx, code), level: LEVEL_BY_LENGTH[code.length] ?? 'item', basic, project, total: basic.plus(project) };
  });
}
