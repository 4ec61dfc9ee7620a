// Where a printed figure stands in its table: the row and the column a clerk finds it in, read
// from the file's template. `function.2010301.basic` in the 支出总表 is the row 2010301 (named as
// the file's expenditure line or the classification names it) and the column whose `select` is
// `basic`. Pure: the template, the file and the classification only.
import { CARRYOVER, FUNDS, type FundId } from '../glossary.ts';
import { formatFigureRef, parseFigureRef } from '../figures/registry.ts';
import type { Bilingual, FigureRef } from '../figures/types.ts';
import type { Disclosure } from '../schema/index.ts';
import type { Template, TemplateColumn, TemplateRow } from '../schema/template.ts';
import { lookup, type CodeCatalogue } from './catalogue.ts';
import { labelOf } from './labels.ts';

/** A cell of a template table, in words: the table's title, its row and (in a table of several amount columns) its column. */
export interface CellName {
  table: Bilingual;
  row: Bilingual;
  /** Absent where the table has one amount column: the row says it all. */
  column?: Bilingual;
}

const ECONOMIC_KIND = { basic: 'economic', project: 'economic_project', all: 'economic_all', gov: 'economic_gov' } as const;
const ROLE_SELECTS = new Set(['total', 'personnel', 'public_costs']);

/** The part of a row's figure a column shows: "" for the row's own figure, "basic", "basic.salaries". */
const partOf = (c: TemplateColumn) => (ROLE_SELECTS.has(c.select) ? '' : c.select);

const same = (text: string): Bilingual => ({ zh: text, en: text });

interface Found {
  row: Bilingual;
  column: number;
}

type Catalogue = Partial<Pick<CodeCatalogue, 'functional' | 'economic' | 'economicGov'>>;

function codeRow(code: string, name: string | undefined): Bilingual {
  return same(name ? `${code} ${name}` : code);
}

/** A coded row's column: the one that shows the figure's part of the row. */
function columnOfPart(columns: readonly TemplateColumn[], part: string): number {
  return columns.findIndex((c) => partOf(c) === part && (part !== '' || c.select === 'total'));
}

function inRow(template: Template, data: Disclosure, catalogue: Catalogue, spec: TemplateRow, columns: readonly TemplateColumn[], ref: FigureRef, name: string): Found | undefined {
  const totalRow = (figures: readonly (string | null)[] | undefined, label: string | undefined): Found | undefined => {
    const i = figures?.indexOf(name) ?? -1;
    return i >= 0 ? { row: labelOf(template, label ?? 'row.total'), column: i } : undefined;
  };
  const coded = (codeLength: (n: number) => boolean, rowName: (code: string) => string | undefined): Found | undefined => {
    const [code, ...rest] = ref.args;
    if (code === undefined || !codeLength(code.length)) return undefined;
    const column = columnOfPart(columns, rest.join('.'));
    return column >= 0 ? { row: codeRow(code, rowName(code)), column } : undefined;
  };
  if ('group' in spec) return undefined;
  if ('functional' in spec) {
    const f = spec.functional;
    const functionalName = (code: string) => data.expenditure.find((l) => l.code === code)?.name ?? lookup(catalogue.functional ?? null, code, data.year)?.name;
    return totalRow(f.total, f.total_label) ?? (ref.kind === 'function' ? coded((n) => (f.levels === 'class' ? n === 3 : true), functionalName) : undefined);
  }
  if ('economic' in spec) {
    const e = spec.economic;
    const lines = data.economic?.[e.list] ?? [];
    const economicName = (code: string) => lines.find((l) => l.code === code)?.name ?? lookup((e.list === 'gov' ? catalogue.economicGov : catalogue.economic) ?? null, code, data.year)?.name;
    return totalRow(e.total, e.total_label) ?? (ref.kind === ECONOMIC_KIND[e.list] ? coded((n) => (e.levels === 'class' ? n === 3 : true), economicName) : undefined);
  }
  if ('sources' in spec) {
    const shown = [...spec.sources, ...(spec.optional ?? [])];
    const column = columns.findIndex((c) => c.select === 'total');
    if (ref.kind === 'income' && ref.args.length === 1 && shown.includes(ref.args[0] as never)) {
      const f = ref.args[0]!;
      const term = f === 'carried_over' ? CARRYOVER.carried_over : FUNDS[f as FundId];
      return { row: { zh: term.zh, en: term.en }, column: Math.max(column, 0) };
    }
    if (spec.with_items && ref.kind === 'income_item') {
      const item = data.income_items?.find((it) => it.id === ref.args[0]);
      return item ? { row: same(item.name), column: Math.max(column, 0) } : undefined;
    }
    return undefined;
  }
  if ('list' in spec) {
    const total = { row: labelOf(template, spec.total_label ?? 'row.total'), column: 0 };
    switch (spec.list) {
      case 'admin_costs': {
        if (ref.kind !== 'admin_costs') return undefined;
        const unit = ref.args[0];
        if (unit === undefined) return total;
        return { row: same(data.organisation?.units?.find((u) => u.id === unit)?.name ?? unit), column: 0 };
      }
      case 'projects':
        return ref.kind === 'projects' ? total : undefined;
      case 'gov_fund_income':
        return ref.kind === 'revenue' && ref.args[0] === 'gov_fund' ? total : undefined;
      case 'state_capital_income':
        return ref.kind === 'revenue' && ref.args[0] === 'state_capital' ? total : undefined;
      case 'income_items': {
        const item = ref.kind === 'income_item' ? data.income_items?.find((it) => it.id === ref.args[0]) : undefined;
        return item ? { row: same(item.name), column: 0 } : undefined;
      }
      default:
        return undefined;
    }
  }
  const column = spec.figures.indexOf(name);
  if (column < 0) return undefined;
  const label = labelOf(template, spec.label);
  return { row: spec.mark ? { zh: `${spec.mark}${label.zh}`, en: `${spec.mark} ${label.en}` } : label, column };
}

/**
 * The cell of `table` that prints `figure` (a figure name such as function.2010301.basic), in the
 * file's template: its table title, row and column. Undefined where the template has no such table
 * or no cell for the figure. The main layout is searched first, then the fallback.
 */
export function cellName(template: Template, data: Disclosure, table: string, figure: string, catalogue: Catalogue = {}): CellName | undefined {
  const t = template.tables.find((x) => x.id === table);
  const ref = parseFigureRef(figure);
  if (!t || !ref) return undefined;
  const name = formatFigureRef(ref);
  for (const layout of [{ columns: t.columns, rows: t.rows }, ...(t.fallback ? [t.fallback] : [])]) {
    for (const spec of layout.rows) {
      const found = inRow(template, data, catalogue, spec, layout.columns, ref, name);
      if (!found) continue;
      const column = layout.columns[found.column];
      return { table: labelOf(template, t.title), row: found.row, ...(layout.columns.length > 1 && column && { column: labelOf(template, column.label) }) };
    }
  }
  return undefined;
}
