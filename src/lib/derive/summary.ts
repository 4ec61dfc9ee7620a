// The figures a citizen reads first: the total, basic vs project, the change on last year, the
// largest items. Published figures where the document printed them, derived otherwise.
import { Decimal, ZERO } from '../money.ts';
import type { TableId } from '../glossary.ts';
import type { Disclosure } from '../schema/index.ts';
import type { Derived } from './derive.ts';
import { shownFigure, type Shown } from './display.ts';
import { functionalRows, type TableContext } from './tables.ts';
import { projectWan } from './project-amount.ts';

/** Where a headline figure is looked up, in order: the tables that print it. */
export const HEADLINE_TABLES: readonly TableId[] = ['expenditure_summary', 'general_budget_expenditure', 'budget_summary', 'income_summary'];
/** Where the summary looks up each of its headline figures (三公 and 机关运行经费 in their own tables too). */
export const SUMMARY_TABLES: readonly TableId[] = [...HEADLINE_TABLES, 'three_public', 'admin_costs'];

export interface Change {
  previous: Decimal;
  /** Where the previous figure comes from: last year's file, or this file's prior-year figures. */
  basis: 'previous-file' | 'prior-year';
  difference: Decimal;
  /** Percent change, exact; null when last year was zero. */
  percent: Decimal | null;
}

export interface Headline {
  ref: string;
  shown: Shown | undefined;
  change?: Change;
}

export interface Summary {
  total: Headline;
  basic: Headline;
  project: Headline;
  threePublic: Headline;
  adminCosts: Headline;
  /** The largest functional items (项) by amount. */
  largestLines: { code: string; name: string; amount: Decimal }[];
  /** The largest projects by amount. */
  largestProjects: { id: string; name: string; amount: Decimal }[];
}

/**
 * The last year's figure a disclosure prints for a headline: prior_year.figures, else a narrative
 * claim's `previous`, else the claim's figure and its printed change.
 */
export function printedPriorFigure(data: Disclosure, ref: string): Decimal | undefined {
  const stated = data.prior_year?.figures[ref];
  if (stated) return stated.value;
  for (const c of data.narrative?.claims ?? []) {
    if (c.subject !== ref) continue;
    if (c.previous) return c.previous.value;
    // "比上年增加446.13万元": last year is this year's printed figure less the printed change.
    if (c.current && c.change && c.direction === 'increase') return c.current.value.minus(c.change.value);
    if (c.current && c.change && c.direction === 'decrease') return c.current.value.plus(c.change.value);
    if (c.current && c.direction === 'unchanged') return c.current.value;
  }
  return undefined;
}

/** A headline figure, with its change on last year's file or, without one, on the figure this file prints for last year. */
export function headline(data: Disclosure, derived: Derived, ref: string, previous?: { data: Disclosure; derived: Derived }): Headline {
  const shown = shownFigure(data, derived, ref, SUMMARY_TABLES);
  if (!shown) return { ref, shown };
  let prev: Decimal | undefined;
  let basis: Change['basis'] = 'previous-file';
  if (previous) prev = shownFigure(previous.data, previous.derived, ref, SUMMARY_TABLES)?.value;
  if (prev === undefined) {
    prev = printedPriorFigure(data, ref);
    basis = 'prior-year';
  }
  if (prev === undefined) return { ref, shown };
  const difference = shown.value.minus(prev);
  return { ref, shown, change: { previous: prev, basis, difference, percent: prev.isZero() ? null : difference.dividedBy(prev).times(100) } };
}

export function summarise(ctx: TableContext, previous?: { data: Disclosure; derived: Derived }): Summary {
  const { data, derived } = ctx;
  const rows = functionalRows(ctx);
  const lines = rows
    .filter((r) => r.level === 'item' || !rows.some((o) => o.code !== r.code && o.code.startsWith(r.code)))
    .sort((a, b) => b.total.comparedTo(a.total))
    .slice(0, 3)
    .map((r) => ({ code: r.code, name: r.name, amount: r.total }));
  const projects = (data.projects ?? [])
    .map((p) => ({ id: p.id, name: p.name, amount: projectWan(p) ?? ZERO }))
    .sort((a, b) => b.amount.comparedTo(a.amount))
    .slice(0, 3);
  return {
    total: headline(data, derived, 'total', previous),
    basic: headline(data, derived, 'basic', previous),
    project: headline(data, derived, 'project', previous),
    threePublic: headline(data, derived, 'three_public', previous),
    adminCosts: headline(data, derived, 'admin_costs', previous),
    largestLines: lines,
    largestProjects: projects,
  };
}
