// The one table builder: turns any template table into rows of cells. Each cell shows the figure
// as the document printed it in that table where the file records it, else the derived figure; a
// cell whose printed value differs from its parts (by rounding: errors never reach a page) is
// marked. Pages, CSV, JSON and charts all read this result; they only lay it out.
import { Decimal, ZERO, type Amount, type WAN } from '../money.ts';
import { CARRYOVER, FISCAL_FUNDS, FUNDS, TABLE_NOTES, type FundId } from '../glossary.ts';
import type { Disclosure } from '../schema/index.ts';
import type { Template, TemplateColumn, TemplateRow, TemplateTable } from '../schema/template.ts';
import type { Bilingual } from '../figures/types.ts';
import { lookup, type CodeCatalogue } from './catalogue.ts';
import type { Derived, LineView } from './derive.ts';
import { projectWan } from './project-amount.ts';
import { labelOf } from './labels.ts';
import { perDisclosure } from './memo.ts';

export type Level = 'class' | 'section' | 'item';
export type TableStatus = 'published' | 'empty' | 'not_published';

export interface Cell {
  value: Decimal | null;
  /** The printed amount, where the table printed one and the file records it. */
  printed?: Amount;
  /** Printed and derived differ (a rounding footnote). */
  differs: boolean;
  derived?: Decimal;
  /** Decimals to show: the printed amount's own, else the template's. */
  scale: number;
  /** The figure the cell shows, where it is one. */
  figure?: string;
}

export interface Row {
  code?: string;
  label: Bilingual;
  /** The label is a name from the data (a unit, a project, a classification name): Chinese in every language. */
  dataLabel: boolean;
  /** 0 for 类 or top rows, 1 for 款, 2 for 项. */
  depth: number;
  kind: 'total' | 'group' | 'line';
  cells: Cell[];
  /** Link target, for project rows. */
  href?: string;
  /** The project's id, for project rows (the page anchors the row by it). */
  project?: string;
  /** The template prints this row even when it is zero or blank. */
  keep?: boolean;
}

export interface StandardTable {
  id: string;
  title: Bilingual;
  /** Labels of the columns before the amounts (code, name). */
  heading: Bilingual[];
  /** Labels of the amount columns. */
  columns: Bilingual[];
  unit: typeof WAN;
  decimals: number;
  /** Rows after the header; a table with no money has none. */
  rows: Row[];
  /** 本表无数据: nothing to show. */
  empty: boolean;
  /** How the document printed the table: with rows, as an empty header, or not at all. */
  status: TableStatus;
  /** Printed under the table: a glossary note, or the explanation the file records (`data`). */
  note?: Bilingual & { data?: boolean };
}

export interface TableContext {
  data: Disclosure;
  derived: Derived;
  catalogue: CodeCatalogue;
  template: Template;
}

const LEVEL_BY_LENGTH: Record<number, Level> = { 3: 'class', 5: 'section', 7: 'item' };
const DEPTH: Record<Level, number> = { class: 0, section: 1, item: 2 };
const PERSONNEL = (code: string) => code.startsWith('301') || code.startsWith('303');
const ECONOMIC_KIND = { basic: 'economic', project: 'economic_project', all: 'economic_all', gov: 'economic_gov' } as const;

const dataName = (name: string): Bilingual => ({ zh: name, en: name });

interface Build {
  ctx: TableContext;
  table: string;
  columns: readonly TemplateColumn[];
  projectBase: string;
}

/** A cell for a named figure: printed in `table` if recorded, else derived. */
function cell(b: Build, name: string, blankAsZero = false): Cell {
  const { ctx } = b;
  const derived = ctx.derived.figure(name)?.value ?? (blankAsZero ? ZERO : undefined);
  const printed = ctx.data.published?.[b.table]?.[name];
  if (printed) return { value: printed.value, printed, derived, differs: derived !== undefined && !derived.equals(printed.value), scale: printed.scale, figure: name };
  return { value: derived ?? null, derived, differs: false, scale: ctx.template.decimals, figure: name };
}

function plainCell(b: Build, value: Decimal | null | undefined): Cell {
  return { value: value ?? null, differs: false, scale: b.ctx.template.decimals };
}

const blankRow = (b: Build) => b.columns.map(() => plainCell(b, null));

/** The suffix a column adds to a row's figure name. */
const suffix = (c: TemplateColumn) => (c.select === 'total' ? '' : `.${c.select}`);

function functionalName(ctx: Pick<TableContext, 'data' | 'catalogue'>, code: string): string {
  return ctx.data.expenditure.find((l) => l.code === code)?.name ?? lookup(ctx.catalogue.functional, code, ctx.data.year)?.name ?? '';
}

/** Every 类, 款 and 项 code under the lines, in code order. */
function treeCodes(lines: readonly LineView[]): string[] {
  const codes = new Set<string>();
  for (const l of lines) {
    codes.add(l.code.slice(0, 3));
    if (l.code.length >= 5) codes.add(l.code.slice(0, 5));
    codes.add(l.code);
  }
  return [...codes].sort();
}

function linesOf(ctx: TableContext, set: string | undefined): LineView[] {
  const lines = ctx.derived.lines;
  if (set === undefined || set === 'all') return lines;
  if (set === 'fiscal') return lines.filter((l) => FISCAL_FUNDS.includes(l.fund) && !l.carriedOver);
  const fund = set.slice('fund:'.length);
  return lines.filter((l) => l.fund === fund && !l.carriedOver);
}

function totalRow(b: Build, figures: readonly (string | null)[], label: string | undefined, blankAsZero = false): Row {
  return { label: labelOf(b.ctx.template, label ?? 'row.total'), dataLabel: false, depth: 0, kind: 'total', cells: figures.map((f) => (f === null ? plainCell(b, null) : cell(b, f, blankAsZero))) };
}

interface Generated {
  rows: Row[];
  /** Whether this generator reads data (as opposed to fixed rows) and found some. */
  data?: boolean;
}

function functionalTree(b: Build, spec: Extract<TemplateRow, { functional: unknown }>['functional']): Generated {
  const { ctx } = b;
  const lines = linesOf(ctx, spec.lines);
  if (!lines.length) return { rows: [], data: false };
  const rows: Row[] = spec.total ? [totalRow(b, spec.total, spec.total_label)] : [];
  const codes = spec.levels === 'class' ? [...new Set(lines.map((l) => l.code.slice(0, 3)))].sort() : treeCodes(lines);
  for (const code of codes) {
    const level = LEVEL_BY_LENGTH[code.length] ?? 'item';
    rows.push({
      code,
      label: dataName(functionalName(ctx, code)),
      dataLabel: true,
      depth: spec.levels === 'class' ? 1 : DEPTH[level],
      kind: spec.levels === 'class' || level === 'item' ? 'line' : 'group',
      cells: b.columns.map((c) => cell(b, `function.${code}${suffix(c)}`, spec.blank_as_zero)),
    });
  }
  return { rows, data: true };
}

function economicRows(b: Build, spec: Extract<TemplateRow, { economic: unknown }>['economic']): Generated {
  const { ctx } = b;
  const lines = ctx.data.economic?.[spec.list] ?? [];
  if (!lines.length) return { rows: [], data: false };
  const kind = ECONOMIC_KIND[spec.list];
  const rows: Row[] = spec.total ? [totalRow(b, spec.total, spec.total_label)] : [];
  const byRole = (c: TemplateColumn, code: string, whole: Cell, part: () => Cell): Cell => {
    if (c.select === 'personnel') return PERSONNEL(code) ? whole : plainCell(b, null);
    if (c.select === 'public_costs') return PERSONNEL(code) ? plainCell(b, null) : whole;
    return c.select === 'total' ? whole : part();
  };
  const catalogue = spec.list === 'gov' ? ctx.catalogue.economicGov : ctx.catalogue.economic;
  const printed = ctx.data.published?.[b.table] ?? {};
  for (const cls of [...new Set(lines.map((l) => l.code.slice(0, 3)))].sort()) {
    if (spec.printed_only && !printed[`${kind}.${cls}`]) continue;
    const classCell = cell(b, `${kind}.${cls}`);
    const name = lines.find((l) => l.code === cls)?.name ?? lookup(catalogue, cls, ctx.data.year)?.name ?? '';
    const classRow: Row = { code: cls, label: dataName(name), dataLabel: true, depth: spec.depth ?? 0, kind: spec.levels === 'class' ? 'line' : 'group', cells: b.columns.map((c) => byRole(c, cls, classCell, () => cell(b, `${kind}.${cls}${suffix(c)}`))) };
    rows.push(classRow);
    if (spec.levels === 'class') continue;
    // In code order within the class (the file keeps the document's order); the same code under
    // two government classes keeps the file's order.
    const members = lines.filter((l) => l.code.startsWith(cls) && l.code !== cls).sort((a, c) => (a.code < c.code ? -1 : a.code > c.code ? 1 : 0));
    for (const l of members) {
      const whole = plainCell(b, l.amount.value);
      const part = (c: TemplateColumn) => () => plainCell(b, c.select === 'basic' || c.select === 'project' ? l[c.select]?.value : l.funds?.[c.select as FundId]?.value);
      const label = spec.show_gov_name && l.gov_name ? `${l.name}（${l.gov_name}）` : l.name;
      rows.push({ code: l.code, label: dataName(label), dataLabel: true, depth: 1, kind: 'line', cells: b.columns.map((c) => byRole(c, l.code, whole, part(c))) });
    }
  }
  return { rows, data: true };
}

function sourceRows(b: Build, spec: Extract<TemplateRow, { sources: unknown }>): Generated {
  const income = b.ctx.data.income as Record<string, Amount | undefined>;
  const shown = [...spec.sources, ...(spec.optional ?? []).filter((f) => income[f])];
  // A source's amount stands in the total column, in its own column, and in 其中：财政拨款 if it is one.
  const cellsOf = (f: string, figure: string) => b.columns.map((c) => (c.select === 'total' || c.select === f || (c.select === 'fiscal' && FISCAL_FUNDS.includes(f as FundId)) ? cell(b, figure) : plainCell(b, null)));
  const rows = shown.flatMap((f): Row[] => [
    {
      label: f === 'carried_over' ? { zh: CARRYOVER.carried_over.zh, en: CARRYOVER.carried_over.en } : { zh: FUNDS[f].zh, en: FUNDS[f].en },
      dataLabel: false,
      depth: 1,
      kind: 'line',
      cells: cellsOf(f, `income.${f}`),
    },
    ...(spec.with_items ? (b.ctx.data.income_items ?? []).filter((it) => it.fund === f).map((it): Row => ({ label: dataName(it.name), dataLabel: true, depth: 2, kind: 'line', cells: cellsOf(f, `income_item.${it.id}`) })) : []),
  ]);
  return { rows };
}

function listRows(b: Build, spec: Extract<TemplateRow, { list: unknown }>): Generated {
  const { ctx } = b;
  const { data } = ctx;
  const total = (cells: Cell[]): Row => ({ label: labelOf(ctx.template, spec.total_label ?? 'row.total'), dataLabel: false, depth: 0, kind: 'total', cells });
  switch (spec.list) {
    case 'gov_fund_income':
    case 'state_capital_income': {
      const lines = data[spec.list] ?? [];
      if (!lines.length) return { rows: [], data: false };
      const figure = spec.list === 'gov_fund_income' ? 'revenue.gov_fund' : 'revenue.state_capital';
      return {
        rows: [
          total([cell(b, figure)]),
          ...lines.map((l): Row => ({ code: l.code, label: dataName(l.name), dataLabel: true, depth: 1, kind: 'line', cells: [plainCell(b, l.amount.value)] })),
        ],
        data: true,
      };
    }
    case 'income_items': {
      const items = data.income_items ?? [];
      return { rows: items.map((it): Row => ({ label: dataName(it.name), dataLabel: true, depth: 1, kind: 'line', cells: b.columns.map(() => cell(b, `income_item.${it.id}`)) })), data: items.length > 0 };
    }
    case 'procurement_items': {
      const items = data.procurement?.items ?? [];
      return {
        rows: items.map((it): Row => ({ label: dataName(it.category ? `${it.category}：${it.item}` : it.item), dataLabel: true, depth: 1, kind: 'line', cells: [plainCell(b, it.amount.value)] })),
        data: items.length > 0,
      };
    }
    case 'admin_costs': {
      const ac = data.admin_costs;
      if (!ac) return { rows: [], data: false };
      const units = data.organisation?.units ?? [];
      return {
        rows: [
          total([cell(b, 'admin_costs')]),
          ...ac.units.map((u): Row => ({ label: dataName(units.find((x) => x.id === u.unit)?.name ?? u.unit), dataLabel: true, depth: 1, kind: 'line', cells: [cell(b, `admin_costs.${u.unit}`)] })),
        ],
        data: true,
      };
    }
    case 'projects': {
      const projects = data.projects ?? [];
      if (!projects.length) return { rows: [], data: false };
      const units = data.organisation?.units ?? [];
      const rows: Row[] = [total([cell(b, 'projects')])];
      const groups = [...new Set(projects.map((p) => p.unit ?? ''))];
      for (const g of groups) {
        const members = projects.filter((p) => (p.unit ?? '') === g);
        if (groups.length > 1) {
          const unitName = units.find((u) => u.id === g)?.name;
          rows.push({ label: unitName ? dataName(unitName) : labelOf(ctx.template, 'row.unit_unknown'), dataLabel: !!unitName, depth: 0, kind: 'group', cells: [plainCell(b, members.reduce((s, p) => s.plus(projectWan(p) ?? 0), ZERO))] });
        }
        for (const p of members) rows.push({ label: dataName(p.name), dataLabel: true, depth: groups.length > 1 ? 1 : 0, kind: 'line', cells: [plainCell(b, projectWan(p))], href: `${b.projectBase}projects/${p.id}/`, project: p.id });
      }
      return { rows, data: true };
    }
  }
}

function generate(b: Build, spec: TemplateRow): Generated {
  if ('group' in spec) return { rows: [{ label: labelOf(b.ctx.template, spec.group), dataLabel: false, depth: spec.depth ?? 0, kind: 'group', cells: blankRow(b) }] };
  if ('functional' in spec) return functionalTree(b, spec.functional);
  if ('economic' in spec) return economicRows(b, spec.economic);
  if ('sources' in spec) return sourceRows(b, spec);
  if ('list' in spec) return listRows(b, spec);
  if (spec.only_if && !b.ctx.derived.figure(spec.only_if)) return { rows: [] };
  const printed = b.ctx.data.published?.[b.table] ?? {};
  if (spec.printed_only && !spec.figures.some((f) => f !== null && printed[f])) return { rows: [] };
  const label = labelOf(b.ctx.template, spec.label);
  return {
    rows: [
      {
        label: spec.mark ? { zh: `${spec.mark}${label.zh}`, en: `${spec.mark} ${label.en}` } : label,
        dataLabel: false,
        depth: spec.depth ?? 0,
        kind: spec.kind ?? 'line',
        cells: spec.figures.map((f) => (f === null ? plainCell(b, null) : cell(b, f, spec.blank_as_zero))),
        ...(spec.keep_zero && { keep: true }),
      },
    ],
  };
}

function layout(ctx: TableContext, table: string, columns: readonly TemplateColumn[], specs: readonly TemplateRow[], projectBase: string): { rows: Row[]; data: boolean | undefined } {
  const b: Build = { ctx, table, columns, projectBase };
  const generated = specs.map((s) => generate(b, s));
  const readers = generated.filter((g) => g.data !== undefined);
  return { rows: generated.flatMap((g) => g.rows), data: readers.length ? readers.some((g) => g.data) : undefined };
}

function noteOf(ctx: TableContext, t: TemplateTable): StandardTable['note'] {
  if (t.note) return labelOf(ctx.template, t.note);
  const explanation = (text: string | undefined) => (text ? { zh: text, en: text, data: true } : undefined);
  switch (t.note_from) {
    case 'three_public':
      return explanation(ctx.data.three_public?.explanation);
    case 'admin_costs':
      return explanation(ctx.data.admin_costs?.explanation);
    case 'economic_scope':
      return ctx.data.economic?.scope === 'all' ? { zh: TABLE_NOTES.economic_scope_all.zh, en: TABLE_NOTES.economic_scope_all.en } : undefined;
    default:
      return undefined;
  }
}

/** Whether the table's rows find data in the file (its functional, economic or list rows). */
export function tableHasData(ctx: TableContext, t: TemplateTable): boolean {
  return layout(ctx, t.id, t.columns, t.rows, '').data === true || (!!t.fallback && layout(ctx, t.id, t.fallback.columns, t.fallback.rows, '').data === true);
}

/** One template table of a disclosure. `projectBase` is the path project links hang from. */
export function buildTable(ctx: TableContext, t: TemplateTable, projectBase = ''): StandardTable {
  const status: TableStatus = ctx.data.tables?.[t.id] ?? 'published';
  const base = { id: t.id, title: labelOf(ctx.template, t.title), unit: ctx.template.unit, decimals: ctx.template.decimals, status };
  let heading = t.heading;
  let columns = t.columns;
  let { rows, data } = layout(ctx, t.id, t.columns, t.rows, projectBase);
  let empty = t.empty_unless === 'never' ? false : t.empty_unless ? !ctx.derived.figure(t.empty_unless.figure) : data === false;
  if (empty && t.fallback) {
    const alt = layout(ctx, t.id, t.fallback.columns, t.fallback.rows, projectBase);
    if (alt.data) ({ rows, empty, heading, columns } = { rows: alt.rows, empty: false, heading: t.fallback.heading, columns: t.fallback.columns });
  }
  // A table the document printed empty or not at all shows no rows, whatever the data hold.
  const shown = status === 'published' && !empty;
  return {
    ...base,
    heading: heading.map((k) => labelOf(ctx.template, k)),
    columns: columns.map((c) => labelOf(ctx.template, c.label)),
    rows: shown ? rows : [],
    empty: !shown,
    ...(status === 'published' && { note: noteOf(ctx, t) }),
  };
}

/** Every table of the disclosure's template, in the template's order; built once per disclosure and project base. */
export const standardTables: (ctx: TableContext, projectBase?: string) => StandardTable[] = perDisclosure(
  (ctx, projectBase = '') => ctx.template.tables.map((t) => buildTable(ctx, t, projectBase)),
  (projectBase = '') => projectBase,
);

/** Rows whose cells are all zero or empty are kept for totals, groups and rows the template always prints. */
export function hasMoney(row: Row): boolean {
  return row.kind !== 'line' || row.keep === true || !row.cells.every((c) => c.value === null || c.value.isZero());
}

/** Functional rows with plain derived sums (used by charts and the summary). */
export interface FunctionalRow {
  code: string;
  name: string;
  level: Level;
  basic: Decimal;
  project: Decimal;
  total: Decimal;
}

export function functionalRows(ctx: Pick<TableContext, 'data' | 'derived' | 'catalogue'>): FunctionalRow[] {
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
