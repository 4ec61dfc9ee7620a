// The year's spending as one tree: 类 → 款 → 项 from the expenditure lines, then under an item the
// projects paid under its code, beside its basic expenditure. Every amount is the one the tables
// show (printed where the document printed it, else derived) and stays exact.
import { Decimal, ZERO, type Amount } from '../money.ts';
import type { Project } from '../schema/index.ts';
import { shownFigure } from './display.ts';
import { HEADLINE_TABLES } from './summary.ts';
import { functionalRows, type Level, type TableContext } from './tables.ts';
import { projectWan } from './project-amount.ts';

export type SpendingNodeKind = 'total' | Level | 'basic' | 'project' | 'unlisted' | 'unsplit';

export interface SpendingNode {
  /** Unique in the tree: 'total', a code, `${code}/basic`, `${code}/project/${id}`, `${code}/unlisted`, `${code}/unsplit`. */
  id: string;
  kind: SpendingNodeKind;
  /** The functional code, for the total's lines (类, 款, 项). */
  code?: string;
  /** The name from the data: the line's or the catalogue's, or the project's. Empty for nodes named by the page's words. */
  name: string;
  /** The project's id, for project nodes. */
  project?: string;
  /** What the page shows: the printed amount where the tables print one, else the exact sum. */
  value: Decimal;
  /** The printed amount behind `value`, for its own decimals. */
  printed?: Amount;
  /** The printed amount differs from the sum of the lines (by rounding). */
  differs: boolean;
  children: SpendingNode[];
}

export interface SpendingTree {
  root: SpendingNode;
  /** Projects that name no functional item of the tree (no code, or a code with lines under it): listed elsewhere, not placed. */
  unplaced: { count: number; value: Decimal };
}

/** Half of the last printed decimal for each rounded figure: a remainder within it is rounding, not money. */
function roundingAllowance(figures: number, decimals: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(decimals + 1))).times(figures);
}

function shown(ctx: TableContext, ref: string, fallback: Decimal): Pick<SpendingNode, 'value' | 'printed' | 'differs'> {
  const s = shownFigure(ctx.data, ctx.derived, ref, HEADLINE_TABLES);
  if (!s) return { value: fallback, differs: false };
  return { value: s.value, ...(s.published && { printed: s.published }), differs: s.differs };
}

const sumOf = (nodes: readonly SpendingNode[]) => nodes.reduce((s, n) => s.plus(n.value), ZERO);

/** The projects under an item: its basic expenditure, each project, and project money no listed project accounts for. */
function itemChildren(ctx: TableContext, code: string, basic: Decimal, project: Decimal, projects: readonly Project[]): SpendingNode[] {
  if (!projects.length) return [];
  const out: SpendingNode[] = [];
  if (!basic.isZero()) out.push({ id: `${code}/basic`, kind: 'basic', name: '', ...shown(ctx, `function.${code}.basic`, basic), children: [] });
  for (const p of projects) {
    const value = projectWan(p) ?? ZERO;
    out.push({ id: `${code}/project/${p.id}`, kind: 'project', name: p.name, project: p.id, value, ...(p.amount && { printed: p.amount }), differs: false, children: [] });
  }
  const listed = sumOf(out.filter((n) => n.kind === 'project'));
  const unlisted = shown(ctx, `function.${code}.project`, project).value.minus(listed);
  if (unlisted.gt(roundingAllowance(projects.length + 1, ctx.template.decimals))) out.push({ id: `${code}/unlisted`, kind: 'unlisted', name: '', value: unlisted, differs: false, children: [] });
  return out;
}

/** The year's spending as a tree of 类, 款, 项 and projects. */
export function spendingTree(ctx: TableContext): SpendingTree {
  const rows = functionalRows(ctx);
  const projects = ctx.data.projects ?? [];
  const leaves = new Set(rows.filter((r) => !rows.some((o) => o.code !== r.code && o.code.startsWith(r.code))).map((r) => r.code));
  const placed = (p: Project) => p.code !== undefined && leaves.has(p.code);

  const nodeOf = (code: string): SpendingNode => {
    const row = rows.find((r) => r.code === code)!;
    // Codes grow by two digits a level (201 → 20103 → 2010301); every finer line has all its coarser codes.
    const next = rows.filter((r) => r.code.length === code.length + 2 && r.code.startsWith(code));
    const children = next.length ? next.map((r) => nodeOf(r.code)) : itemChildren(ctx, code, row.basic, row.project, projects.filter((p) => p.code === code));
    const node: SpendingNode = { id: code, kind: row.level, code, name: row.name, ...shown(ctx, `function.${code}`, row.total), children };
    // A line printed at 款 or 类 beside finer lines under the same code: its money has no finer line.
    if (next.length) {
      const unsplit = row.total.minus(next.reduce((s, r) => s.plus(r.total), ZERO));
      if (!unsplit.isZero()) children.push({ id: `${code}/unsplit`, kind: 'unsplit', name: '', value: unsplit, differs: false, children: [] });
    }
    return node;
  };

  const classes = rows.filter((r) => r.level === 'class').map((r) => nodeOf(r.code));
  const lineTotal = rows.filter((r) => r.level === 'class').reduce((s, r) => s.plus(r.total), ZERO);
  const root: SpendingNode = { id: 'total', kind: 'total', name: '', ...shown(ctx, 'total', lineTotal), children: classes };
  const unplacedProjects = projects.filter((p) => !placed(p));
  return { root, unplaced: { count: unplacedProjects.length, value: unplacedProjects.reduce((s, p) => s.plus(projectWan(p) ?? ZERO), ZERO) } };
}
