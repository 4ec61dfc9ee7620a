// Every figure of a disclosure, computed from its leaves through the figure registry, once per
// name. Tables, control totals, narrative checks and charts all read figures from here.
import type { FundId } from '../glossary.ts';
import type { Disclosure, Project } from '../schema/index.ts';
import { projectAmount, type ProjectAmount } from './project-amount.ts';
import { computeFigure, formatFigureRef, parseFigureRef, figureOf } from '../figures/registry.ts';
import type { Figure, FigureRef, FigureSource, LineView } from '../figures/types.ts';

export type { Figure, LineView } from '../figures/types.ts';

export class Derived implements FigureSource {
  readonly data: Disclosure;
  readonly lines: LineView[];
  readonly #cache = new Map<string, Figure | undefined>();

  constructor(data: Disclosure) {
    this.data = data;
    this.lines = data.expenditure.map((l, index) => ({
      index,
      code: l.code,
      fund: (l.fund ?? 'general_budget') satisfies FundId,
      carriedOver: l.carried_over ?? false,
      basic: l.basic,
      project: l.project,
      basicParts: l.basic_parts ?? {},
      projectParts: l.project_parts ?? {},
    }));
  }

  /** The figure a name refers to, or undefined when the file has nothing to derive it from. */
  figure(ref: FigureRef | string): Figure | undefined {
    // Tables ask by name for every cell: a name already computed is its own key, found without parsing it again.
    if (typeof ref === 'string' && this.#cache.has(ref)) return this.#cache.get(ref);
    const parsed = typeof ref === 'string' ? parseFigureRef(ref) : ref;
    if (!parsed) return undefined;
    const key = formatFigureRef(parsed);
    if (!this.#cache.has(key)) this.#cache.set(key, computeFigure(this, parsed));
    return this.#cache.get(key);
  }

  projectAmount(p: Project, index: number): ProjectAmount | null {
    return projectAmount(p, index);
  }

  /** Basic and project amounts of the lines that pass `filter`, as one figure. */
  linesFigure(filter: (l: LineView) => boolean): Figure {
    return figureOf(this.lines.flatMap((l) => (filter(l) ? (['basic', 'project'] as const).flatMap((c) => (l[c] ? [{ value: l[c]!.value, rounded: true, path: ['expenditure', l.index, c] }] : [])) : [])));
  }

  /** Project spending per functional code, from the expenditure lines. */
  projectByCode(): Map<string, Figure> {
    const codes = new Set(this.lines.filter((l) => l.project && !l.project.value.isZero()).map((l) => l.code));
    return new Map([...codes].map((c) => [c, this.figure(`function.${c}.project`)!]));
  }
}

export function derive(data: Disclosure): Derived {
  return new Derived(data);
}
