// The department-wide performance targets (部门（单位）整体绩效目标表): its 预算情况 must be the
// disclosure's own totals, and its main tasks must add up to the budget total. The table prints
// 万元 (rounded figures, compared within the rounding tolerance) or 元.
import { sum, yuanToWan, type Amount, type Decimal } from '../../money.ts';
import type { PerformanceTargets } from '../../schema/index.ts';
import type { PathSegment } from '../../source/yaml.ts';
import type { Finding } from '../finding.ts';
import { judge, type RuleContext } from './context.ts';

const BASE: PathSegment[] = ['performance_targets'];
const TABLE = { zh: '整体绩效目标表', en: 'the performance targets' };

const BUDGET = {
  total: { zh: '总额', en: 'the total', formula: '总额 = 本年支出合计' },
  basic: { zh: '基本支出', en: 'basic expenditure', formula: '基本支出 = 报表中的基本支出' },
  project: { zh: '项目支出', en: 'project expenditure', formula: '项目支出 = 报表中的项目支出' },
} as const;

const unitOf = (t: PerformanceTargets) => t.unit ?? '万元';

/** A printed amount of the table in 万元: as printed, or 元 ÷ 10000 exactly. */
function inWan(t: PerformanceTargets, a: Amount): Amount | Decimal {
  return unitOf(t) === '万元' ? a : yuanToWan(a.value);
}

function budgetMatches(ctx: RuleContext): Finding[] {
  const t = ctx.data.performance_targets;
  if (!t?.budget) return [];
  const unit = unitOf(t);
  return (Object.keys(BUDGET) as (keyof typeof BUDGET)[]).flatMap((key) => {
    const printed = t.budget?.[key];
    const figure = ctx.derived.figure(key);
    if (!printed || !figure) return [];
    const label = BUDGET[key];
    return judge(ctx, 'performance/budget', [...BASE, 'budget', key], { value: inWan(t, printed), expected: figure, formula: label.formula, unit: '万元' }, { what: { zh: label.zh, en: label.en }, table: TABLE, printed: `${printed.text} ${unit}` });
  });
}

/** Σ main tasks = the budget total as printed, or, where that cell is blank, the file's total. */
function tasksAddUp(ctx: RuleContext): Finding[] {
  const t = ctx.data.performance_targets;
  const tasks = t?.tasks;
  if (!t || !tasks?.length || tasks.some((task) => !task.amount)) return [];
  const unit = unitOf(t);
  const sources = tasks.map((_, i): PathSegment[] => [...BASE, 'tasks', i, 'amount']);
  const amounts = tasks.map((task) => task.amount!);
  const what = { zh: '年度主要任务金额合计', en: 'the main tasks’ total' };
  const total = t.budget?.total;
  if (total) {
    const summed = { value: sum(amounts.map((a) => a.value)), addends: amounts.length, sources };
    return judge(ctx, 'performance/tasks', [...BASE, 'budget', 'total'], { value: total, expected: summed, formula: '总额 = Σ 年度主要任务预算金额', unit }, { unit, basis: { zh: '“预算情况”中的总额', en: 'the budget total' }, what, table: TABLE });
  }
  const derived = ctx.derived.figure('total');
  if (!derived) return [];
  // The total cell is blank: the tasks against this file's total spending, in 万元.
  // 元 amounts are exact: only the file's rounded total carries a tolerance.
  const summed = { value: sum(amounts.map((a) => (unit === '万元' ? a.value : yuanToWan(a.value)))), addends: unit === '万元' ? amounts.length : 1, sources };
  return judge(
    ctx,
    'performance/tasks',
    [...BASE, 'tasks'],
    { value: derived.value, valueAddends: derived.addends, valueSources: derived.sources, expected: summed, formula: '本年支出合计 = Σ 年度主要任务预算金额', unit: '万元' },
    { unit: '万元', basis: { zh: '本文件的支出合计', en: 'this file’s total spending' }, what, table: TABLE },
  );
}

export const performanceRules = [budgetMatches, tasksAddUp];
