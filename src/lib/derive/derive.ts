// Every figure of a disclosure, computed from its leaves. Tables, control totals, narrative
// checks and charts all read figures from here, so the same number is computed one way only.
import { Decimal, ZERO, type Amount } from '../money.ts';
import { FISCAL_FUNDS, THREE_PUBLIC_PARTS, type FundId } from '../glossary.ts';
import type { Disclosure } from '../schema/index.ts';
import type { PathSegment } from '../source/yaml.ts';
import { formatFigureRef, parseFigureRef, type FigureRef } from './figure-ref.ts';
import { projectAmount } from './project-amount.ts';

/** A derived figure: its exact value, how many rounded amounts went into it, and where they are. */
export interface Figure {
  value: Decimal;
  /** Number of separately rounded amounts summed (drives the rounding tolerance). */
  addends: number;
  sources: PathSegment[][];
}

interface Term {
  value: Decimal;
  rounded: boolean;
  path: PathSegment[];
}

function figureOf(terms: readonly Term[]): Figure {
  let value = ZERO;
  let addends = 0;
  for (const t of terms) {
    value = value.plus(t.value);
    if (t.rounded) addends++;
  }
  return { value, addends, sources: terms.map((t) => t.path) };
}

const PERSONNEL_CLASSES = new Set(['301', '303']);

export interface LineView {
  index: number;
  code: string;
  fund: FundId;
  carriedOver: boolean;
  basic: Amount | undefined;
  project: Amount | undefined;
}

export class Derived {
  readonly data: Disclosure;
  readonly lines: LineView[];
  readonly #cache = new Map<string, Figure | undefined>();

  constructor(data: Disclosure) {
    this.data = data;
    this.lines = data.expenditure.map((l, index) => ({
      index,
      code: l.code,
      fund: (l.fund ?? 'general_budget') as FundId,
      carriedOver: l.carried_over ?? false,
      basic: l.basic,
      project: l.project,
    }));
  }

  /** The figure a name refers to, or undefined when the file has nothing to derive it from. */
  figure(ref: FigureRef | string): Figure | undefined {
    const parsed = typeof ref === 'string' ? parseFigureRef(ref) : ref;
    if (!parsed) return undefined;
    const key = formatFigureRef(parsed);
    if (!this.#cache.has(key)) this.#cache.set(key, this.#compute(parsed));
    return this.#cache.get(key);
  }

  /** Basic and project amounts of the lines that pass `filter`, as one figure. */
  linesFigure(filter: (l: LineView) => boolean): Figure {
    return figureOf(this.#lineTerms(filter, ['basic', 'project']));
  }

  #lineTerms(filter: (l: LineView) => boolean, columns: readonly ('basic' | 'project')[]): Term[] {
    const terms: Term[] = [];
    for (const l of this.lines) {
      if (!filter(l)) continue;
      for (const c of columns) {
        const a = l[c];
        if (a) terms.push({ value: a.value, rounded: true, path: ['expenditure', l.index, c] });
      }
    }
    return terms;
  }

  #economicTerms(which: 'basic' | 'project', filter: (code: string) => boolean): Term[] | undefined {
    const list = this.data.economic?.[which];
    if (!list) return undefined;
    return list.flatMap((e, i) => (filter(e.code) ? [{ value: e.amount.value, rounded: true, path: ['economic', which, i, 'amount'] }] : []));
  }

  #compute(ref: FigureRef): Figure | undefined {
    const d = this.data;
    const both = ['basic', 'project'] as const;
    switch (ref.kind) {
      case 'total':
        return figureOf(this.#lineTerms(() => true, both));
      case 'basic':
        return figureOf(this.#lineTerms(() => true, ['basic']));
      case 'project':
        return figureOf(this.#lineTerms(() => true, ['project']));
      case 'fiscal':
        return figureOf(this.#lineTerms((l) => FISCAL_FUNDS.includes(l.fund) && !l.carriedOver, both));
      case 'fund':
        return figureOf(this.#lineTerms((l) => l.fund === ref.fund && !l.carriedOver, both));
      case 'income':
      case 'income_grand_total': {
        const terms: Term[] = [];
        for (const [k, a] of Object.entries(d.income) as [string, Amount | undefined][]) {
          if (!a || (ref.kind === 'income' && k === 'carried_over')) continue;
          terms.push({ value: a.value, rounded: true, path: ['income', k] });
        }
        return figureOf(terms);
      }
      case 'income_fund': {
        const a = d.income[ref.fund as keyof Disclosure['income']];
        return figureOf(a ? [{ value: a.value, rounded: true, path: ['income', ref.fund] }] : []);
      }
      case 'function': {
        const match = (l: LineView) => l.code.startsWith(ref.code);
        if (ref.column === 'basic' || ref.column === 'project') return figureOf(this.#lineTerms(match, [ref.column]));
        if (ref.column === 'total') return figureOf(this.#lineTerms(match, both));
        const fund = ref.column;
        return figureOf(this.#lineTerms((l) => match(l) && l.fund === fund, both));
      }
      case 'economic':
      case 'economic_project': {
        const terms = this.#economicTerms(ref.kind === 'economic' ? 'basic' : 'project', (c) => ref.code === null || c.startsWith(ref.code));
        return terms ? figureOf(terms) : undefined;
      }
      case 'personnel': {
        const terms = this.#economicTerms('basic', (c) => PERSONNEL_CLASSES.has(c.slice(0, 3)));
        return terms ? figureOf(terms) : undefined;
      }
      case 'public_costs': {
        if (!d.economic?.basic) return undefined;
        if ((d.economic.scope ?? 'basic') === 'basic') return figureOf(this.#economicTerms('basic', (c) => !PERSONNEL_CLASSES.has(c.slice(0, 3)))!);
        // The economic table covers all spending: operating costs are basic minus personnel.
        const basic = this.figure({ kind: 'basic' })!;
        const personnel = this.figure({ kind: 'personnel' })!;
        return { value: basic.value.minus(personnel.value), addends: basic.addends + personnel.addends, sources: [...basic.sources, ...personnel.sources] };
      }
      case 'three_public': {
        const tp = d.three_public;
        if (!tp) return undefined;
        if (ref.part === 'meetings') {
          // 会议费小计: shown by some templates beside 三公, never part of its total.
          const m = tp.meetings;
          if (!m) return undefined;
          return figureOf((['class1', 'class2', 'class3', 'class4'] as const).flatMap((c) => (m[c] ? [{ value: m[c]!.value, rounded: true, path: ['three_public', 'meetings', c] }] : [])));
        }
        const parts = ref.part === null ? THREE_PUBLIC_PARTS : ref.part === 'vehicles' ? (['vehicle_purchase', 'vehicle_operation'] as const) : [ref.part];
        return figureOf(parts.flatMap((p) => (tp[p] ? [{ value: tp[p]!.value, rounded: true, path: ['three_public', p] }] : [])));
      }
      case 'admin_costs': {
        const ac = d.admin_costs;
        if (!ac) return undefined;
        return figureOf(ac.units.flatMap((u, i) => (ref.unit === null || u.unit === ref.unit ? [{ value: u.amount.value, rounded: true, path: ['admin_costs', 'units', i, 'amount'] }] : [])));
      }
      case 'projects': {
        if (!d.projects) return undefined;
        const terms: Term[] = [];
        d.projects.forEach((p, i) => {
          if (ref.fund !== null && (p.fund ?? 'general_budget') !== ref.fund) return;
          const a = projectAmount(p, i);
          if (a) terms.push({ value: a.wan, rounded: a.rounded, path: a.path });
        });
        return figureOf(terms);
      }
      case 'procurement': {
        const pr = d.procurement;
        if (!pr) return undefined;
        const kinds = ref.part === null ? (['goods', 'works', 'services'] as const) : [ref.part];
        // Each kind: its printed total where there is one, else the sum of its items.
        const terms: Term[] = kinds.flatMap((k): Term[] => {
          if (pr[k]) return [{ value: pr[k]!.value, rounded: true, path: ['procurement', k] }];
          return (pr.items ?? []).flatMap((it, i) => (it.kind === k ? [{ value: it.amount.value, rounded: true, path: ['procurement', 'items', i, 'amount'] }] : []));
        });
        if (!terms.length && !pr.items) return undefined;
        return figureOf(terms);
      }
    }
  }

  /** Project spending per functional code, from the expenditure lines. */
  projectByCode(): Map<string, Figure> {
    const codes = new Set(this.lines.filter((l) => l.project && !l.project.value.isZero()).map((l) => l.code));
    return new Map([...codes].map((c) => [c, this.figure({ kind: 'function', code: c, column: 'project' })!]));
  }
}

export function derive(data: Disclosure): Derived {
  return new Derived(data);
}

