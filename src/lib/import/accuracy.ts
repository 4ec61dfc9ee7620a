// How much of a hand-made disclosure an imported draft gets right: every amount of the hand-made
// file, named by where it sits (income.general_budget, expenditure.2010301.basic,
// published.expenditure_summary.function.201, projects.<name>.funding.annual.total …), is found in
// the draft at the same place with the same value. Compared exactly, never as floats.
import { Decimal } from '../money.ts';
import { normaliseName } from '../derive/catalogue.ts';

type Raw = Record<string, unknown>;

const isAmount = (v: unknown): v is string | number => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v.trim()));
const valueOf = (v: string | number) => new Decimal(String(v).replace(/,/g, '').trim());
const projectKey = (name: unknown) => normaliseName(String(name)).replace(/[“”"'‘’]/g, '');

/** Every amount of a disclosure (as parsed YAML), by its place. */
export function amountsOf(raw: Raw): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  const add = (key: string, v: unknown) => {
    if (isAmount(v)) out.set(key, valueOf(v));
  };
  const walk = (prefix: string, v: unknown) => {
    if (isAmount(v)) add(prefix, v);
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(`${prefix}.${k}`, x);
  };
  walk('income', raw.income);
  for (const l of (raw.expenditure as Raw[] | undefined) ?? []) for (const [k, v] of Object.entries(l)) if (k !== 'code' && k !== 'name') add(`expenditure.${l.code}.${k}`, v);
  // An economic 款 printed once per government class is told apart by its gov_code.
  for (const [list, lines] of Object.entries((raw.economic as Raw | undefined) ?? {})) for (const l of (lines as Raw[]) ?? []) add(`economic.${list}.${l.code}${l.gov_code ? `/${l.gov_code}` : ''}`, l.amount);
  const three = { ...((raw.three_public as Raw | undefined) ?? {}) };
  delete three.explanation;
  walk('three_public', three);
  ((raw.admin_costs as { units?: Raw[] } | undefined)?.units ?? []).forEach((u, i) => add(`admin_costs.${i}`, u.amount));
  // A unit's figure (admin_costs.<unit>) by the unit's place in the table: ids are the publisher's choice.
  const unitIndex = new Map(((raw.admin_costs as { units?: Raw[] } | undefined)?.units ?? []).map((u, i) => [String(u.unit), i]));
  const figureKey = (figure: string) => figure.replace(/^admin_costs\.(.+)$/, (whole, unit: string) => (unitIndex.has(unit) ? `admin_costs.#${unitIndex.get(unit)}` : whole));
  for (const [table, figures] of Object.entries((raw.published as Raw | undefined) ?? {})) for (const [figure, v] of Object.entries((figures as Raw) ?? {})) add(`published.${table}.${figureKey(figure)}`, v);
  for (const p of (raw.projects as Raw[] | undefined) ?? []) {
    const key = `projects.${projectKey(p.name)}`;
    add(`${key}.amount`, p.amount);
    walk(`${key}.funding`, p.funding);
    walk(`${key}.previous`, p.previous);
    ((p.budget_detail as Raw[] | undefined) ?? []).forEach((d, i) => {
      for (const [k, v] of Object.entries(d)) if (k !== 'year') add(`${key}.budget_detail.${i}.${k}`, v);
    });
  }
  const procurement = (raw.procurement as Raw | undefined) ?? {};
  for (const [k, v] of Object.entries(procurement)) if (k !== 'items') add(`procurement.${k}`, v);
  ((procurement.items as Raw[] | undefined) ?? []).forEach((it, i) => add(`procurement.items.${i}`, it.amount));
  return out;
}

export interface Accuracy {
  /** Amounts of the hand-made file. */
  total: number;
  /** Of those, found in the draft at the same place with the same value. */
  placed: number;
  /** By section (income, expenditure, published.<table>, projects …): [placed, total]. */
  bySection: Record<string, [number, number]>;
  /** The places the draft misses or gets wrong. */
  missed: string[];
}

const sectionOf = (key: string) => {
  const [first, second] = key.split('.');
  return first === 'published' ? `published.${second}` : first!;
};

export function accuracy(handMade: Raw, draft: Raw): Accuracy {
  const want = amountsOf(handMade);
  const have = amountsOf(draft);
  const bySection: Record<string, [number, number]> = {};
  const missed: string[] = [];
  let placed = 0;
  for (const [key, value] of want) {
    const section = (bySection[sectionOf(key)] ??= [0, 0]);
    section[1]++;
    if (have.get(key)?.eq(value)) {
      placed++;
      section[0]++;
    } else missed.push(key);
  }
  return { total: want.size, placed, bySection, missed };
}
