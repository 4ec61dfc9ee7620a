// The figure registry: one record per kind of figure a disclosure prints. Each record says how its
// name is written (its arguments), how it is computed from the leaves, and what it is called in
// zh and en. Published control totals, prior-year figures, narrative claims, template cells and
// charts all name figures this way, so the same number is computed one way only.
import { ZERO, type Amount } from '../money.ts';
import {
  BASIC_PARTS,
  BASIC_PART_IDS,
  CARRYOVER,
  FISCAL_FUNDS,
  FUNDS,
  FUND_IDS,
  PROCUREMENT,
  PROJECT_PARTS,
  PROJECT_PART_IDS,
  SPENDING,
  THREE_PUBLIC,
  THREE_PUBLIC_PARTS,
  FIGURE_WORDS,
  TABLES,
  type FundId,
} from '../glossary.ts';
import type { Disclosure } from '../schema/index.ts';
import type { PathSegment } from '../source/yaml.ts';
import type { Bilingual, Figure, FigureRef, FigureSource, LineView } from './types.ts';

/** One argument of a figure name: what it may be, and whether it can be left out. */
export interface ArgSpec {
  name: string;
  optional?: boolean;
  /** Whether `segment` is valid here, given the arguments before it. */
  accepts(segment: string, before: readonly string[]): boolean;
}

export interface FigureKind {
  kind: string;
  args: readonly ArgSpec[];
  compute(src: FigureSource, args: readonly string[]): Figure | undefined;
  describe(args: readonly string[], data?: Disclosure): Bilingual;
  /** Names for documentation and hints. */
  examples: readonly string[];
}

interface Term {
  value: Amount['value'];
  rounded: boolean;
  path: PathSegment[];
}

export function figureOf(terms: readonly Term[]): Figure {
  let value = ZERO;
  let addends = 0;
  for (const t of terms) {
    value = value.plus(t.value);
    if (t.rounded) addends++;
  }
  return { value, addends, sources: terms.map((t) => t.path) };
}

const FUND_SET = new Set<string>(FUND_IDS);
const FUNCTIONAL = /^\d{3}(\d{2}(\d{2})?)?$/;
const ECONOMIC = /^\d{3}(\d{2})?$/;
const PERSONNEL_CLASSES = new Set(['301', '303']);

const arg = (name: string, accepts: ArgSpec['accepts'], optional = false): ArgSpec => ({ name, accepts, optional });
const oneOf = (values: Iterable<string>) => {
  const set = new Set(values);
  return (s: string) => set.has(s);
};
const bi = (zh: string, en: string): Bilingual => ({ zh, en });
const termText = (t: { zh: string; en: string }): Bilingual => ({ zh: t.zh, en: t.en });

/** The columns a functional line can be read by. */
const LINE_COLUMNS = ['basic', 'project', 'fiscal', 'carried_over', ...FUND_IDS];
const PARTS_OF: Record<string, readonly string[]> = { basic: BASIC_PART_IDS, project: PROJECT_PART_IDS };

function lineTerms(src: FigureSource, filter: (l: LineView) => boolean, read: (l: LineView) => readonly (readonly [string, Amount | undefined])[]): Term[] {
  const terms: Term[] = [];
  for (const l of src.lines) {
    if (!filter(l)) continue;
    for (const [key, a] of read(l)) if (a) terms.push({ value: a.value, rounded: true, path: ['expenditure', l.index, ...key.split('.')] });
  }
  return terms;
}
const both = (l: LineView) => [['basic', l.basic], ['project', l.project]] as const;
const basicOnly = (l: LineView) => [['basic', l.basic]] as const;
const projectOnly = (l: LineView) => [['project', l.project]] as const;
const partOf = (column: 'basic' | 'project', part: string) => (l: LineView) => [[`${column}_parts.${part}`, (column === 'basic' ? l.basicParts : l.projectParts)[part]]] as const;
const isFiscal = (l: LineView) => FISCAL_FUNDS.includes(l.fund) && !l.carriedOver;

/** Lines of an economic list (basic, project, all, gov) whose code starts with `code`, read by `column`. */
type EconomicList = 'basic' | 'project' | 'all' | 'gov';
function economicTerms(data: Disclosure, list: EconomicList, code: string | undefined, column?: string): Term[] | undefined {
  const lines = data.economic?.[list];
  if (!lines) return undefined;
  const terms: Term[] = [];
  lines.forEach((e, i) => {
    if (code !== undefined && !e.code.startsWith(code)) return;
    const base: PathSegment[] = ['economic', list, i];
    let a: Amount | undefined;
    let path: PathSegment[];
    if (column === undefined) [a, path] = [e.amount, [...base, 'amount']];
    else if (column === 'basic' || column === 'project') [a, path] = [e[column], [...base, column]];
    else [a, path] = [e.funds?.[column as FundId], [...base, 'funds', column]];
    if (a) terms.push({ value: a.value, rounded: true, path });
  });
  return terms;
}

function economicName(data: Disclosure | undefined, list: EconomicList, code: string | undefined): string {
  if (!code) return '';
  const name = data?.economic?.[list]?.find((e) => e.code === code)?.name;
  return name ? ` ${name}` : '';
}

function partText(column: string, part: string): Bilingual {
  const parts: Record<string, { zh: string; en: string }> = column === 'basic' ? BASIC_PARTS : PROJECT_PARTS;
  return termText(parts[part]!);
}

function columnText(column: string | undefined, part: string | undefined): Bilingual {
  if (column === undefined) return termText(FIGURE_WORDS.total);
  if (part) return partText(column, part);
  if (column === 'basic' || column === 'project') return termText(SPENDING[column]);
  if (column === 'fiscal') return termText(FIGURE_WORDS.fiscal_part);
  if (column === 'carried_over') return termText(CARRYOVER.carried_over);
  return termText(FUNDS[column as FundId]);
}

const codeArg = (re: RegExp, optional = false) => arg('code', (s) => re.test(s), optional);
const fundArg = (optional = false) => arg('fund', (s) => FUND_SET.has(s), optional);

function spendingPart(column: 'basic' | 'project'): FigureKind {
  return {
    kind: column,
    args: [arg('part', oneOf(PARTS_OF[column]!), true)],
    compute: (src, [part]) => figureOf(lineTerms(src, () => true, part ? partOf(column, part) : column === 'basic' ? basicOnly : projectOnly)),
    describe: ([part]) => {
      if (!part) return termText(SPENDING[column]);
      const p = partText(column, part);
      return bi(`${SPENDING[column].zh}：${p.zh}`, `${SPENDING[column].en}: ${p.en}`);
    },
    examples: [column, `${column}.${PARTS_OF[column]![0]}`],
  };
}

const ECONOMIC_COLUMNS = new Set(['basic', 'project', ...FUND_IDS]);

/** An economic figure's arguments: `<code>`, `<code>.<column>` or, for the whole list, `<column>`. */
function economicArgs(args: readonly string[]): [string | undefined, string | undefined] {
  return args[0] !== undefined && ECONOMIC_COLUMNS.has(args[0]) ? [undefined, args[0]] : [args[0], args[1]];
}

function economicKind(kind: string, list: EconomicList, label: Bilingual, withColumns: boolean): FigureKind {
  return {
    kind,
    args: withColumns
      ? [arg('code', (s) => ECONOMIC.test(s) || ECONOMIC_COLUMNS.has(s), true), arg('column', (s, [first]) => ECONOMIC_COLUMNS.has(s) && ECONOMIC.test(first!), true)]
      : [codeArg(ECONOMIC, true)],
    compute: (src, args) => {
      const [code, column] = economicArgs(args);
      const terms = economicTerms(src.data, list, code, column);
      return terms ? figureOf(terms) : undefined;
    },
    describe: (args, data) => {
      const [code, column] = economicArgs(args);
      const col = column ? columnText(column, undefined) : undefined;
      if (!code) return bi(`${label.zh}${FIGURE_WORDS.total.zh}${col ? `（${col.zh}）` : ''}`, `${label.en}, ${FIGURE_WORDS.total.en}${col ? ` (${col.en})` : ''}`);
      const name = economicName(data, list, code);
      return bi(`${label.zh} ${code}${name}${col ? `（${col.zh}）` : ''}`, `${label.en} ${code}${name}${col ? ` (${col.en})` : ''}`);
    },
    examples: withColumns ? [kind, `${kind}.301`, `${kind}.basic`, `${kind}.30101.general_budget`] : [kind, `${kind}.301`, `${kind}.30201`],
  };
}

const KINDS: readonly FigureKind[] = [
  {
    kind: 'total',
    args: [],
    compute: (src) => figureOf(lineTerms(src, () => true, both)),
    describe: () => termText(FIGURE_WORDS.expenditure_total),
    examples: ['total'],
  },
  spendingPart('basic'),
  spendingPart('project'),
  {
    kind: 'income',
    args: [arg('source', (s) => FUND_SET.has(s) || s === 'carried_over', true)],
    compute: (src, [source]) => {
      const income = src.data.income as Record<string, Amount | undefined>;
      if (source) return figureOf(income[source] ? [{ value: income[source]!.value, rounded: true, path: ['income', source] }] : []);
      return figureOf(Object.entries(income).flatMap(([k, a]) => (a && k !== 'carried_over' ? [{ value: a.value, rounded: true, path: ['income', k] }] : [])));
    },
    describe: ([source]) => {
      if (!source) return termText(FIGURE_WORDS.income_total);
      if (source === 'carried_over') return termText(CARRYOVER.carried_over);
      return bi(`${FIGURE_WORDS.income.zh}：${FUNDS[source as FundId].zh}`, `${FIGURE_WORDS.income.en}: ${FUNDS[source as FundId].en}`);
    },
    examples: ['income', 'income.general_budget', 'income.carried_over'],
  },
  {
    kind: 'carried_over',
    args: [],
    compute: (src) => figureOf(lineTerms(src, (l) => l.carriedOver, both)),
    describe: () => bi(`${FIGURE_WORDS.spending.zh}：${CARRYOVER.carried_over.zh}`, `${FIGURE_WORDS.spending.en}: ${CARRYOVER.carried_over.en}`),
    examples: ['carried_over'],
  },
  {
    kind: 'income_grand_total',
    args: [],
    compute: (src) => figureOf(Object.entries(src.data.income as Record<string, Amount | undefined>).flatMap(([k, a]) => (a ? [{ value: a.value, rounded: true, path: ['income', k] }] : []))),
    describe: () => termText(FIGURE_WORDS.income_grand_total),
    examples: ['income_grand_total'],
  },
  {
    kind: 'income_item',
    args: [arg('item', (s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s))],
    compute: (src, [id]) => {
      const items = src.data.income_items;
      if (!items) return undefined;
      return figureOf(items.flatMap((it, i) => (it.id === id ? [{ value: it.amount.value, rounded: true, path: ['income_items', i, 'amount'] }] : [])));
    },
    describe: ([id], data) => {
      const name = data?.income_items?.find((it) => it.id === id)?.name ?? id!;
      return bi(`${FIGURE_WORDS.income.zh}：${name}`, `${FIGURE_WORDS.income.en}: ${name}`);
    },
    examples: ['income_item.tax'],
  },
  {
    kind: 'revenue',
    args: [arg('list', oneOf(['gov_fund', 'state_capital'])), arg('code', (s) => /^\d{3,9}$/.test(s), true)],
    compute: (src, [list, code]) => {
      const key = list === 'gov_fund' ? 'gov_fund_income' : 'state_capital_income';
      const lines = src.data[key];
      if (!lines) return undefined;
      return figureOf(lines.flatMap((l, i) => (code === undefined || l.code.startsWith(code) ? [{ value: l.amount.value, rounded: true, path: [key, i, 'amount'] }] : [])));
    },
    describe: ([list, code], data) => {
      const table = list === 'gov_fund' ? TABLES.gov_fund_income : TABLES.state_capital;
      const name = code ? data?.[list === 'gov_fund' ? 'gov_fund_income' : 'state_capital_income']?.find((l) => l.code === code)?.name : undefined;
      return code ? bi(`${table.zh} ${code}${name ? ` ${name}` : ''}`, `${table.en} ${code}${name ? ` ${name}` : ''}`) : bi(`${table.zh}${FIGURE_WORDS.total.zh}`, `${table.en}, ${FIGURE_WORDS.total.en}`);
    },
    examples: ['revenue.gov_fund', 'revenue.state_capital.103'],
  },
  {
    kind: 'fiscal',
    args: [],
    compute: (src) => figureOf(lineTerms(src, isFiscal, both)),
    describe: () => termText(FIGURE_WORDS.fiscal_total),
    examples: ['fiscal'],
  },
  {
    kind: 'fund',
    args: [fundArg(), arg('column', oneOf(['basic', 'project']), true)],
    compute: (src, [fund, column]) => figureOf(lineTerms(src, (l) => l.fund === fund && !l.carriedOver, column === 'basic' ? basicOnly : column === 'project' ? projectOnly : both)),
    describe: ([fund, column]) => {
      const col = column ? columnText(column, undefined) : undefined;
      return bi(`${FIGURE_WORDS.spending.zh}：${FUNDS[fund as FundId].zh}${col ? `（${col.zh}）` : ''}`, `${FIGURE_WORDS.spending.en}: ${FUNDS[fund as FundId].en}${col ? ` (${col.en})` : ''}`);
    },
    examples: ['fund.general_budget', 'fund.general_budget.basic'],
  },
  {
    kind: 'function',
    args: [codeArg(FUNCTIONAL), arg('column', oneOf(LINE_COLUMNS), true), arg('part', (s, [, column]) => (PARTS_OF[column!] ?? []).includes(s), true)],
    compute: (src, [code, column, part]) => {
      const under = (l: LineView) => l.code.startsWith(code!);
      if (part) return figureOf(lineTerms(src, under, partOf(column as 'basic' | 'project', part)));
      switch (column) {
        case undefined:
          return figureOf(lineTerms(src, under, both));
        case 'basic':
          return figureOf(lineTerms(src, under, basicOnly));
        case 'project':
          return figureOf(lineTerms(src, under, projectOnly));
        case 'fiscal':
          return figureOf(lineTerms(src, (l) => under(l) && isFiscal(l), both));
        case 'carried_over':
          return figureOf(lineTerms(src, (l) => under(l) && l.carriedOver, both));
        default:
          // A fund's column holds this year's money of that fund; carried-over money has its own column.
          return figureOf(lineTerms(src, (l) => under(l) && l.fund === column && !l.carriedOver, both));
      }
    },
    describe: ([code, column, part], data) => {
      const name = data?.expenditure.find((l) => l.code === code)?.name;
      const col = columnText(column, part);
      return bi(`${code}${name ? ` ${name}` : ''}（${col.zh}）`, `${code}${name ? ` ${name}` : ''} (${col.en})`);
    },
    examples: ['function.201', 'function.2010301.basic', 'function.20103.project', 'function.201.basic.salaries', 'function.201.fiscal'],
  },
  economicKind('economic', 'basic', bi(`${SPENDING.basic.zh}经济分类`, `${SPENDING.basic.en} by economic class`), false),
  {
    ...economicKind('economic_project', 'project', bi(`${SPENDING.project.zh}经济分类`, `${SPENDING.project.en} by economic class`), false),
    // Printed where the file records it; else all spending less basic, by economic class.
    compute: (src, [code]) => {
      const printed = economicTerms(src.data, 'project', code);
      if (printed) return figureOf(printed);
      const all = economicTerms(src.data, 'all', code);
      if (!all) return undefined;
      const allFig = figureOf(all);
      const basic = figureOf(economicTerms(src.data, 'basic', code) ?? []);
      return { value: allFig.value.minus(basic.value), addends: allFig.addends + basic.addends, sources: [...allFig.sources, ...basic.sources] };
    },
  },
  economicKind('economic_all', 'all', termText(FIGURE_WORDS.economic_all), true),
  economicKind('economic_gov', 'gov', termText(FIGURE_WORDS.economic_gov), true),
  {
    kind: 'personnel',
    args: [],
    compute: (src) => {
      const terms = economicTerms(src.data, 'basic', undefined);
      return terms ? figureOf(terms.filter((t) => PERSONNEL_CLASSES.has(codeAt(src.data, t.path).slice(0, 3)))) : undefined;
    },
    describe: () => termText(SPENDING.personnel),
    examples: ['personnel'],
  },
  {
    kind: 'public_costs',
    args: [],
    compute: (src) => {
      const terms = economicTerms(src.data, 'basic', undefined);
      if (!terms) return undefined;
      if ((src.data.economic?.scope ?? 'basic') === 'basic') return figureOf(terms.filter((t) => !PERSONNEL_CLASSES.has(codeAt(src.data, t.path).slice(0, 3))));
      // The economic table covers all spending: operating costs are basic minus personnel.
      const basic = src.figure('basic')!;
      const personnel = src.figure('personnel')!;
      return { value: basic.value.minus(personnel.value), addends: basic.addends + personnel.addends, sources: [...basic.sources, ...personnel.sources] };
    },
    describe: () => termText(SPENDING.public_costs),
    examples: ['public_costs'],
  },
  {
    kind: 'three_public',
    args: [arg('part', oneOf([...THREE_PUBLIC_PARTS, 'vehicles', 'meetings', 'training']), true)],
    compute: (src, [part]) => {
      const tp = src.data.three_public;
      if (!tp) return undefined;
      // 培训费: shown by some templates beside 三公, never part of its total.
      if (part === 'training') return tp.training ? figureOf([{ value: tp.training.value, rounded: true, path: ['three_public', 'training'] }]) : undefined;
      if (part === 'meetings') {
        // 会议费小计: shown by some templates beside 三公, never part of its total.
        const m = tp.meetings;
        if (!m) return undefined;
        return figureOf((['class1', 'class2', 'class3', 'class4'] as const).flatMap((c) => (m[c] ? [{ value: m[c]!.value, rounded: true, path: ['three_public', 'meetings', c] }] : [])));
      }
      const parts = part === undefined ? THREE_PUBLIC_PARTS : part === 'vehicles' ? (['vehicle_purchase', 'vehicle_operation'] as const) : [part as (typeof THREE_PUBLIC_PARTS)[number]];
      return figureOf(parts.flatMap((p) => (tp[p] ? [{ value: tp[p]!.value, rounded: true, path: ['three_public', p] }] : [])));
    },
    describe: ([part]) => {
      if (part === 'meetings') return termText(FIGURE_WORDS.meetings_subtotal);
      if (part === 'training') return termText(THREE_PUBLIC.training);
      return part ? termText(THREE_PUBLIC[part as 'outbound']) : bi(`${SPENDING.three_public.zh}${FIGURE_WORDS.total.zh}`, `${SPENDING.three_public.en}, ${FIGURE_WORDS.total.en}`);
    },
    examples: ['three_public', 'three_public.vehicles', 'three_public.reception', 'three_public.meetings'],
  },
  {
    kind: 'admin_costs',
    args: [arg('unit', (s) => s.length > 0, true)],
    compute: (src, [unit]) => {
      const ac = src.data.admin_costs;
      if (!ac) return undefined;
      return figureOf(ac.units.flatMap((u, i) => (unit === undefined || u.unit === unit ? [{ value: u.amount.value, rounded: true, path: ['admin_costs', 'units', i, 'amount'] }] : [])));
    },
    describe: ([unit], data) => {
      if (!unit) return bi(`${SPENDING.admin_costs.zh}${FIGURE_WORDS.total.zh}`, `${SPENDING.admin_costs.en}, ${FIGURE_WORDS.total.en}`);
      const name = data?.organisation?.units?.find((u) => u.id === unit)?.name ?? unit;
      return bi(`${SPENDING.admin_costs.zh}：${name}`, `${SPENDING.admin_costs.en}: ${name}`);
    },
    examples: ['admin_costs', 'admin_costs.bureau'],
  },
  {
    kind: 'projects',
    args: [fundArg(true)],
    compute: (src, [fund]) => {
      const projects = src.data.projects;
      if (!projects) return undefined;
      const terms: Term[] = [];
      projects.forEach((p, i) => {
        if (fund !== undefined && (p.fund ?? 'general_budget') !== fund) return;
        const a = src.projectAmount(p, i);
        if (a) terms.push({ value: a.wan, rounded: a.rounded, path: a.path });
      });
      return figureOf(terms);
    },
    describe: ([fund]) => (fund ? bi(`${FIGURE_WORDS.projects_total.zh}（${FUNDS[fund as FundId].zh}）`, `${FIGURE_WORDS.projects_total.en} (${FUNDS[fund as FundId].en})`) : termText(FIGURE_WORDS.projects_total)),
    examples: ['projects', 'projects.general_budget'],
  },
  {
    kind: 'procurement',
    args: [arg('kind', oneOf(Object.keys(PROCUREMENT)), true)],
    compute: (src, [kind]) => {
      const pr = src.data.procurement;
      if (!pr) return undefined;
      const kinds = kind === undefined ? (['goods', 'works', 'services'] as const) : [kind as 'goods'];
      // Each kind: its printed total where there is one, else the sum of its items.
      const terms: Term[] = kinds.flatMap((k): Term[] => {
        if (pr[k]) return [{ value: pr[k]!.value, rounded: true, path: ['procurement', k] }];
        return (pr.items ?? []).flatMap((it, i) => (it.kind === k ? [{ value: it.amount.value, rounded: true, path: ['procurement', 'items', i, 'amount'] }] : []));
      });
      if (!terms.length && !pr.items) return undefined;
      return figureOf(terms);
    },
    describe: ([kind]) => (kind ? bi(`${FIGURE_WORDS.procurement.zh}：${PROCUREMENT[kind as 'goods'].zh}`, `${FIGURE_WORDS.procurement.en}: ${PROCUREMENT[kind as 'goods'].en}`) : bi(`${FIGURE_WORDS.procurement.zh}${FIGURE_WORDS.total.zh}`, `${FIGURE_WORDS.procurement.en}, ${FIGURE_WORDS.total.en}`)),
    examples: ['procurement', 'procurement.services'],
  },
];

/** The code of the economic line a term's path points at. */
function codeAt(data: Disclosure, path: PathSegment[]): string {
  const [, list, index] = path as [string, EconomicList, number];
  return data.economic?.[list]?.[index]?.code ?? '';
}

export const FIGURE_KINDS: ReadonlyMap<string, FigureKind> = new Map(KINDS.map((k) => [k.kind, k]));

/** Parses "function.2010301.basic" and friends; null for anything the registry does not know. */
export function parseFigureRef(name: string): FigureRef | null {
  const [head, ...segments] = name.split('.');
  const kind = FIGURE_KINDS.get(head!);
  if (!kind || segments.length > kind.args.length) return null;
  for (let i = 0; i < kind.args.length; i++) {
    const spec = kind.args[i]!;
    const seg = segments[i];
    if (seg === undefined) {
      if (!spec.optional) return null;
      break;
    }
    if (!spec.accepts(seg, segments.slice(0, i))) return null;
  }
  return { kind: kind.kind, args: segments };
}

export function formatFigureRef(ref: FigureRef): string {
  return [ref.kind, ...ref.args].join('.');
}

export function computeFigure(src: FigureSource, ref: FigureRef): Figure | undefined {
  return FIGURE_KINDS.get(ref.kind)!.compute(src, ref.args);
}

/** Human name of a figure in both languages, for messages, footnotes and labels. */
export function describeFigure(ref: FigureRef | string, data?: Disclosure): Bilingual {
  const parsed = typeof ref === 'string' ? parseFigureRef(ref) : ref;
  if (!parsed) return { zh: String(ref), en: String(ref) };
  return FIGURE_KINDS.get(parsed.kind)!.describe(parsed.args, data);
}

/** Examples for documentation and error hints. */
export const FIGURE_REF_EXAMPLES: readonly string[] = KINDS.flatMap((k) => k.examples);
