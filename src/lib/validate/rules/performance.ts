// The department-wide performance targets (部门（单位）整体绩效目标表): its 预算情况 must be the
// disclosure's own totals, and its main tasks must add up to the budget total. The table prints
// 万元 (rounded figures, compared within the rounding tolerance) or 元.
import { sum, WAN, yuanToWan, type Amount, type Decimal } from '../../money.ts';
import { FIGURE_WORDS, PERFORMANCE_TARGETS, SPENDING } from '../../glossary.ts';
import type { PerformanceTargets } from '../../schema/index.ts';
import type { PathSegment } from '../../source/yaml.ts';
import { amountWithUnit, ruleWord, unitWord } from '../catalogue.ts';
import type { Finding } from '../finding.ts';
import { formula, judge, type RuleContext } from './context.ts';

const BASE: PathSegment[] = ['performance_targets'];
const TABLE = ruleWord('performanceTable');

const BUDGET = {
  total: { what: ruleWord('performanceTotal'), formula: formula(PERFORMANCE_TARGETS.total, '=', FIGURE_WORDS.expenditure_total) },
  basic: { what: ruleWord('performanceBasic'), formula: formula(SPENDING.basic, '=', ruleWord('inTheTables', { what: SPENDING.basic.zh })) },
  project: { what: ruleWord('performanceProject'), formula: formula(SPENDING.project, '=', ruleWord('inTheTables', { what: SPENDING.project.zh })) },
} as const;
/** 总额 = Σ 年度主要任务预算金额 */
const TASKS_SUM = ['=', 'Σ', `${PERFORMANCE_TARGETS.tasks.zh}${PERFORMANCE_TARGETS.task_amount.zh}`] as const;

const unitOf = (t: PerformanceTargets) => t.unit ?? WAN;

/** A printed amount of the table in 万元: as printed, or 元 ÷ 10000 exactly. */
function inWan(t: PerformanceTargets, a: Amount): Amount | Decimal {
  return unitOf(t) === WAN ? a : yuanToWan(a.value);
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
    return judge(ctx, 'performance/budget', [...BASE, 'budget', key], { value: inWan(t, printed), expected: figure, formula: label.formula, unit: WAN }, { what: label.what, table: TABLE, printed: amountWithUnit(printed.text, unit) });
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
  const what = ruleWord('tasksTotal');
  const total = t.budget?.total;
  if (total) {
    const summed = { value: sum(amounts.map((a) => a.value)), addends: amounts.length, sources };
    return judge(ctx, 'performance/tasks', [...BASE, 'budget', 'total'], { value: total, expected: summed, formula: formula(PERFORMANCE_TARGETS.total, ...TASKS_SUM), unit }, { unit: unitWord(unit), basis: ruleWord('budgetTotal'), what, table: TABLE });
  }
  const derived = ctx.derived.figure('total');
  if (!derived) return [];
  // The total cell is blank: the tasks against this file's total spending, in 万元.
  // 元 amounts are exact: only the file's rounded total carries a tolerance.
  const summed = { value: sum(amounts.map((a) => (unit === WAN ? a.value : yuanToWan(a.value)))), addends: unit === WAN ? amounts.length : 1, sources };
  return judge(
    ctx,
    'performance/tasks',
    [...BASE, 'tasks'],
    { value: derived.value, valueAddends: derived.addends, valueSources: derived.sources, expected: summed, formula: formula(FIGURE_WORDS.expenditure_total, ...TASKS_SUM), unit: WAN },
    { unit: unitWord(WAN), basis: ruleWord('fileTotal'), what, table: TABLE },
  );
}

export const performanceRules = [budgetMatches, tasksAddUp];
