// A project's money as one amount: the 万元 figure of the project table, else its form's annual
// funding. Forms print in 元 (the default) or in 万元 (`form_unit`); every conversion is exact.
import { Decimal, WAN, YUAN, ZERO, YUAN_PER_WAN, roundHalfUp, yuanToWan, type Amount, type MoneyUnit } from '../money.ts';
import type { Project } from '../schema/index.ts';
import type { PathSegment } from '../source/yaml.ts';

export interface ProjectAmount {
  /** 万元, exact: the table's amount, the 万元 form's figure, or 元 ÷ 10000 unrounded. */
  wan: Decimal;
  rounded: boolean;
  path: PathSegment[];
}

/** The unit a project form prints its amounts in. */
export function formUnit(p: Project): MoneyUnit {
  return p.form_unit ?? YUAN;
}

/** An amount of the form in 万元, exact. */
export function formToWan(value: Decimal, unit: MoneyUnit): Decimal {
  return unit === WAN ? value : yuanToWan(value);
}

/** An amount of the form in 元, exact. */
export function formToYuan(value: Decimal, unit: MoneyUnit): Decimal {
  return unit === WAN ? value.times(YUAN_PER_WAN) : value;
}

export interface FormAmount {
  /** In the form's unit. */
  value: Decimal;
  unit: MoneyUnit;
  /** Path under the project: the printed total, or the sources block when summed. */
  path: PathSegment[];
  /** Printed figures it is made of: 1 for a printed total, the number of sources otherwise. */
  addends: number;
  /** Decimals of the printed total (the most of the sources when summed). */
  scale: number;
}

/** The project's annual funding as the form prints it, in the form's unit: the total, else the sum of sources. */
export function annualFunding(p: Project): FormAmount | null {
  const annual = p.funding?.annual;
  if (!annual) return null;
  const unit = formUnit(p);
  if (annual.total) return { value: annual.total.value, unit, path: ['funding', 'annual', 'total'], addends: 1, scale: annual.total.scale };
  const parts = [annual.central, annual.provincial, annual.local, annual.self_raised, annual.other].filter((a): a is Amount => !!a);
  if (!parts.length) return null;
  return { value: parts.reduce((s, a) => s.plus(a.value), ZERO), unit, path: ['funding', 'annual'], addends: parts.length, scale: Math.max(...parts.map((a) => a.scale)) };
}

/** The project's annual funding in 元 (a 万元 form's figure × 10000, exact). */
export function annualYuan(p: Project): { value: Decimal; path: PathSegment[] } | null {
  const f = annualFunding(p);
  return f ? { value: formToYuan(f.value, f.unit), path: f.path } : null;
}

/** A project's amount in 万元 for sums: the printed 万元 figure, else its form's annual funding. */
export function projectAmount(p: Project, index: number): ProjectAmount | null {
  if (p.amount) return { wan: p.amount.value, rounded: true, path: ['projects', index, 'amount'] };
  const f = annualFunding(p);
  if (f) return { wan: formToWan(f.value, f.unit), rounded: f.unit === WAN, path: f.path.length ? ['projects', index, ...f.path] : ['projects', index] };
  return null;
}

/** A project's amount in 万元 for the 项目支出表: as printed, else its form's figure rounded half-up to 2 places. */
export function projectWan(p: Project): Decimal | null {
  if (p.amount) return p.amount.value;
  const f = annualFunding(p);
  return f ? roundHalfUp(formToWan(f.value, f.unit), 2) : null;
}
