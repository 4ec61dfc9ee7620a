// A project's money as one amount: the 万元 figure of the project table, else its form's annual
// funding. Forms print in 元 today; every conversion is exact.
import { Decimal, ZERO, roundHalfUp, yuanToWan, type Amount } from '../money.ts';
import type { Project } from '../schema/index.ts';
import type { PathSegment } from '../source/yaml.ts';

export interface ProjectAmount {
  /** 万元, exact: the table's amount, or 元 ÷ 10000 unrounded. */
  wan: Decimal;
  rounded: boolean;
  path: PathSegment[];
}

/** A project's amount in 万元 for sums: the printed 万元 figure, else its annual funding in 元. */
export function projectAmount(p: Project, index: number): ProjectAmount | null {
  if (p.amount) return { wan: p.amount.value, rounded: true, path: ['projects', index, 'amount'] };
  const yuan = annualYuan(p);
  if (yuan) return { wan: yuanToWan(yuan.value), rounded: false, path: yuan.path.length ? ['projects', index, ...yuan.path] : ['projects', index] };
  return null;
}

/** The project's annual funding in 元: the printed total, else the sum of sources. */
export function annualYuan(p: Project): { value: Decimal; path: PathSegment[] } | null {
  const annual = p.funding?.annual;
  if (!annual) return null;
  if (annual.total) return { value: annual.total.value, path: ['funding', 'annual', 'total'] };
  const parts = [annual.central, annual.provincial, annual.local, annual.self_raised, annual.other].filter((a): a is Amount => !!a);
  if (!parts.length) return null;
  return { value: parts.reduce((s, a) => s.plus(a.value), ZERO), path: ['funding', 'annual'] };
}

/** A project's amount in 万元 for the 项目支出表: as printed, else its 元 rounded half-up. */
export function projectWan(p: Project): Decimal | null {
  if (p.amount) return p.amount.value;
  const yuan = annualYuan(p);
  return yuan ? roundHalfUp(yuanToWan(yuan.value), 2) : null;
}
