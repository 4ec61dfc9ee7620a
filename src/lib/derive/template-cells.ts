// Which figures a template table prints: `published.<table>.<figure>` is accepted only where the
// figure is a cell of that table, so a printed total cannot be filed under the wrong table.
import { formatFigureRef } from '../figures/registry.ts';
import type { FigureRef } from '../figures/types.ts';
import type { TemplateColumn, TemplateRow, TemplateTable } from '../schema/template.ts';

const ECONOMIC_KIND = { basic: 'economic', project: 'economic_project', all: 'economic_all', gov: 'economic_gov' } as const;
const ROLE_SELECTS = new Set(['total', 'personnel', 'public_costs']);

/** What a cell of this column adds to a row's figure name: nothing, or its part (".basic"). */
const partOf = (c: TemplateColumn) => (ROLE_SELECTS.has(c.select) ? [] : c.select.split('.'));

function rowAccepts(row: TemplateRow, columns: readonly TemplateColumn[], ref: FigureRef, name: string): boolean {
  const withColumn = (codeLength: (n: number) => boolean) => {
    const [code, ...rest] = ref.args;
    if (code === undefined || !codeLength(code.length)) return false;
    return columns.some((c) => partOf(c).join('.') === rest.join('.'));
  };
  if ('group' in row) return false;
  if ('functional' in row) {
    const f = row.functional;
    if (f.total?.includes(name)) return true;
    return ref.kind === 'function' && withColumn((n) => (f.levels === 'class' ? n === 3 : true));
  }
  if ('economic' in row) {
    const e = row.economic;
    if (e.total?.includes(name)) return true;
    return ref.kind === ECONOMIC_KIND[e.list] && withColumn((n) => (e.levels === 'class' ? n === 3 : true));
  }
  if ('sources' in row) return (ref.kind === 'income' && ref.args.length === 1 && [...row.sources, ...(row.optional ?? [])].includes(ref.args[0] as never)) || (!!row.with_items && ref.kind === 'income_item');
  if ('list' in row) {
    switch (row.list) {
      case 'admin_costs':
        return ref.kind === 'admin_costs';
      case 'projects':
        return ref.kind === 'projects';
      case 'income_items':
        return ref.kind === 'income_item';
      case 'gov_fund_income':
        return ref.kind === 'revenue' && ref.args[0] === 'gov_fund';
      case 'state_capital_income':
        return ref.kind === 'revenue' && ref.args[0] === 'state_capital';
      default:
        return false;
    }
  }
  return row.figures.includes(name);
}

/** Whether the figure is a cell of the table, in its main layout or its fallback. */
export function tableAccepts(table: TemplateTable, ref: FigureRef): boolean {
  const name = formatFigureRef(ref);
  const layouts = [{ columns: table.columns, rows: table.rows }, ...(table.fallback ? [table.fallback] : [])];
  return layouts.some((l) => l.rows.some((r) => rowAccepts(r, l.columns, ref, name)));
}
