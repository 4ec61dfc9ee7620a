// One figure across every department and year of the portal (/compare/<figure>/): each value as
// the disclosure page shows it (the summary's headline figures, the 三公 table's parts), where it
// is shown, per resident where the region gives that year's population, and grouped by
// department type and year for comparing peers.
import { SPENDING, THREE_PUBLIC, type Term } from '../glossary.ts';
import type { Decimal } from '../money.ts';
import { figureAnchor, tableAnchor } from '../links.ts';
import { shownFigure } from './display.ts';
import { perResident } from './per-capita.ts';
import { SUMMARY_TABLES } from './summary.ts';
import { hasMoney, standardTables, type TableContext } from './tables.ts';

export interface CompareFigure {
  /** The URL segment: /compare/<slug>/. */
  slug: string;
  /** The figure's name in the data (summary headline, or a row of the 三公 table). */
  ref: string;
  term: Term;
  /** Where the disclosure page shows it: its summary, or the 三公 table. */
  shownIn: 'summary' | 'three_public';
  /** A part of another compared figure (the 三公 parts), by slug. */
  partOf?: string;
}

const summaryFigure = (slug: string, ref: string, term: Term): CompareFigure => ({ slug, ref, term, shownIn: 'summary' });
const threePublicPart = (slug: string, ref: string, term: Term): CompareFigure => ({ slug, ref, term, shownIn: 'three_public', partOf: 'three-public' });

/** The figures compared, in the order the index lists them. */
export const COMPARE_FIGURES: readonly CompareFigure[] = [
  summaryFigure('total', 'total', SPENDING.total),
  summaryFigure('basic', 'basic', SPENDING.basic),
  summaryFigure('project', 'project', SPENDING.project),
  summaryFigure('three-public', 'three_public', SPENDING.three_public),
  threePublicPart('three-public-outbound', 'three_public.outbound', THREE_PUBLIC.outbound),
  threePublicPart('three-public-reception', 'three_public.reception', THREE_PUBLIC.reception),
  threePublicPart('three-public-vehicle-purchase', 'three_public.vehicle_purchase', THREE_PUBLIC.vehicle_purchase),
  threePublicPart('three-public-vehicle-operation', 'three_public.vehicle_operation', THREE_PUBLIC.vehicle_operation),
  summaryFigure('admin-costs', 'admin_costs', SPENDING.admin_costs),
];

/** The compared figure a summary headline (total, basic, …) belongs to. */
export function compareFigureOf(ref: string): CompareFigure | undefined {
  return COMPARE_FIGURES.find((f) => f.ref === ref);
}

export const comparePath = (slug: string) => `/compare/${slug}/`;

/** The id of a group of peers (same department type, same year) on a compare page. */
export const peersAnchor = (type: string, year: number) => `peers-${type}-${year}`;

/**
 * Where the peers of one department type in one year are: the compare page opened at their group,
 * or, for a portal past page_rows_max (`ownPages`), their own page under it.
 */
export const peersPath = (slug: string, type: string, year: number, ownPages = false) => (ownPages ? `${comparePath(slug)}${type}/${year}/` : `${comparePath(slug)}#${peersAnchor(type, year)}`);

/** A department's type (department.yaml `type`), by default its folder name. */
export function departmentType(info: { type?: string | undefined }, folder: string): string {
  return info.type ?? folder;
}

/** A figure as a disclosure page shows it, and where on the page. */
export interface FigureShown {
  value: Decimal;
  /** Decimals shown: the printed figure's own, else the page's two. */
  scale: number;
  /** Printed and derived differ by rounding (the page marks it †). */
  differs: boolean;
  /** The id on the disclosure page where the figure is shown. */
  anchor: string;
}

/** Every compared figure one disclosure page shows, by ref. */
export function shownFigures(ctx: TableContext): Map<string, FigureShown> {
  const out = new Map<string, FigureShown>();
  for (const f of COMPARE_FIGURES.filter((x) => x.shownIn === 'summary')) {
    // As the summary shows it: printed (its own decimals) or derived (two decimals).
    const shown = shownFigure(ctx.data, ctx.derived, f.ref, SUMMARY_TABLES);
    if (shown) out.set(f.ref, { value: shown.value, scale: shown.published?.scale ?? 2, differs: shown.differs, anchor: figureAnchor(f.ref) });
  }
  // The parts of 三公 as its table shows them: only where the page has that table with rows.
  const table = standardTables(ctx).find((t) => t.id === 'three_public');
  if (table && !table.empty) {
    for (const row of table.rows.filter(hasMoney)) {
      const c = row.cells[0];
      const f = c?.figure ? COMPARE_FIGURES.find((x) => x.shownIn === 'three_public' && x.ref === c.figure) : undefined;
      if (f && c?.value) out.set(f.ref, { value: c.value, scale: c.scale, differs: c.differs, anchor: tableAnchor(table.id) });
    }
  }
  return out;
}

/** One disclosure, as the compare pages need it. */
export interface CompareSource {
  region: string;
  regionName: string;
  /** The English names, where region.yaml and department.yaml give them (name_en). */
  regionNameEn?: string | undefined;
  department: string;
  departmentName: string;
  departmentNameEn?: string | undefined;
  /** The department's type (see departmentType). */
  type: string;
  year: number;
  /** The disclosure page's path, e.g. /linfen/xingzheng-shenpi/2020/. */
  path: string;
  figures: ReadonlyMap<string, FigureShown>;
  /** The region's population in that very year, where region.yaml gives it. */
  population?: number | undefined;
}

export interface CompareRow extends Omit<CompareSource, 'figures'> {
  shown: FigureShown;
  /** 元 per resident, exact; only where the year has a population. */
  perResident?: Decimal;
}

/** Every disclosure that shows the figure, the largest first (then by region, department, year). */
export function compareRows(figure: CompareFigure, sources: readonly CompareSource[]): CompareRow[] {
  return sources
    .flatMap((s): CompareRow[] => {
      const shown = s.figures.get(figure.ref);
      if (!shown) return [];
      const { figures: _, ...rest } = s;
      return [{ ...rest, shown, ...(s.population !== undefined && { perResident: perResident(shown.value, s.population) }) }];
    })
    .sort((a, b) => b.shown.value.comparedTo(a.shown.value) || a.region.localeCompare(b.region) || a.department.localeCompare(b.department) || a.year - b.year);
}

/** The years a list of rows mixes, oldest first. */
export function yearsOf(rows: readonly { year: number }[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}

export interface PeerGroup {
  type: string;
  year: number;
  anchor: string;
  /** Largest first, as in the whole table. */
  rows: CompareRow[];
}

/** Rows grouped by department type and year: the latest year first, then by type. */
export function peerGroups(rows: readonly CompareRow[]): PeerGroup[] {
  const groups = new Map<string, PeerGroup>();
  for (const r of rows) {
    const anchor = peersAnchor(r.type, r.year);
    const group = groups.get(anchor) ?? { type: r.type, year: r.year, anchor, rows: [] };
    group.rows.push(r);
    groups.set(anchor, group);
  }
  return [...groups.values()].sort((a, b) => b.year - a.year || a.type.localeCompare(b.type));
}
