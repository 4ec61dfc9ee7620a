// Balance rules: income equals spending, and every printed total equals the sum of its parts.
import { BASIC_PART_IDS, CARRYOVER, FIGURE_WORDS, FISCAL_FUNDS, FUND_IDS, FUNDS, PROCUREMENT, PROJECT_PART_IDS, SPENDING } from '../../glossary.ts';
import { describeFigure, parseFigureRef } from '../../figures/registry.ts';
import type { Figure } from '../../derive/derive.ts';
import { projectAmount } from '../../derive/project-amount.ts';
import { sum, ZERO, type Amount } from '../../money.ts';
import { ruleWord } from '../catalogue.ts';
import type { Finding } from '../finding.ts';
import { cellWhere, formula as formulaOf, judge, tableName, termText, type RuleContext } from './context.ts';

function incomeEqualsExpenditure(ctx: RuleContext): Finding[] {
  const grand = ctx.derived.figure('income_grand_total')!;
  const total = ctx.derived.figure('total')!;
  if (!grand.sources.length && !total.sources.length) return [];
  const asAmount = { value: grand.value, text: grand.value.toFixed(2), scale: 2 };
  return judge(ctx, 'balance/income-expenditure', ['income'], { value: asAmount, valueAddends: grand.addends, valueSources: grand.sources, expected: total, formula: formulaOf(FIGURE_WORDS.income_grand_total, '=', SPENDING.total) }, { what: ruleWord('incomeAndExpenditure') });
}

function incomeByFund(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const fund of [...FUND_IDS, 'carried_over' as const]) {
    const income = ctx.data.income[fund];
    const spending = ctx.derived.linesFigure(fund === 'carried_over' ? (l) => l.carriedOver : (l) => l.fund === fund && !l.carriedOver);
    if (!income && spending.value.isZero()) continue;
    const value = income ?? { value: ZERO, text: '0', scale: 2 };
    const label = termText(fund === 'carried_over' ? CARRYOVER.carried_over : FUNDS[fund]);
    out.push(
      ...judge(ctx, 'balance/income-by-fund', ['income', ...(income ? [fund] : [])], { value, expected: spending, formula: `income.${fund} = Σ expenditure (fund ${fund})` }, { fund: label, fundId: fund }),
    );
  }
  return out;
}

/** Every printed figure in `published` against the figure derived from the leaves. */
function controlTotals(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const published = ctx.data.published ?? {};
  for (const [table, figures] of Object.entries(published) as [string, Record<string, Amount>][]) {
    for (const [name, value] of Object.entries(figures)) {
      const ref = parseFigureRef(name)!;
      const derived = ctx.derived.figure(ref);
      if (!derived) continue;
      const params = () => {
        const what = describeFigure(ref, ctx.data);
        const tableLabel = tableName(ctx, table);
        return { table: tableLabel, what, where: cellWhere(ctx, table, name) ?? ruleWord('subjectInTable', { table: tableLabel, what }) };
      };
      out.push(...judge(ctx, 'balance/control-total', ['published', table, name], { value, expected: derived, formula: `${name} = Σ ${derived.sources.length} parts` }, params));
    }
    out.push(...rowTotals(ctx, table, figures));
  }
  return out;
}

const TOTAL_IS_BASIC_PLUS_PROJECT = formulaOf(FIGURE_WORDS.total, '=', SPENDING.basic, '+', SPENDING.project);
const TOTAL_IS_PARTS_IS_SOURCES = formulaOf(TOTAL_IS_BASIC_PLUS_PROJECT, '=', 'Σ', FIGURE_WORDS.sources);

/** The printed cells a printed row total is the sum of: each decomposition whose parts the table printed. */
function rowParts(name: string, figures: Record<string, Amount>): { parts: string[][]; formula: string } | null {
  const ref = parseFigureRef(name);
  if (!ref) return null;
  const present = (keys: readonly string[]) => keys.filter((k) => figures[k]);
  const all = (keys: readonly string[]) => (keys.every((k) => figures[k]) ? [keys.slice()] : []);
  const some = (keys: readonly string[]) => (present(keys).length ? [present(keys)] : []);
  const [a0, a1, a2] = ref.args;
  const groups: string[][] = [];
  let formula = '';
  switch (ref.kind) {
    case 'total':
      groups.push(...all(['basic', 'project']));
      formula = TOTAL_IS_BASIC_PLUS_PROJECT;
      break;
    case 'fund':
      // One fund's 合计 row (一般公共预算支出表): its basic and project columns.
      if (a1 === undefined) groups.push(...all([`fund.${a0}.basic`, `fund.${a0}.project`]));
      formula = TOTAL_IS_BASIC_PLUS_PROJECT;
      break;
    case 'basic':
    case 'project':
      if (a0 === undefined) groups.push(...some((ref.kind === 'basic' ? BASIC_PART_IDS : PROJECT_PART_IDS).map((p) => `${ref.kind}.${p}`)));
      formula = `${ref.kind} = Σ parts`;
      break;
    case 'function': {
      const row = `function.${a0}`;
      if (a1 === undefined) {
        groups.push(...all([`${row}.basic`, `${row}.project`]), ...some(FUND_IDS.map((f) => `${row}.${f}`)));
        formula = TOTAL_IS_PARTS_IS_SOURCES;
      } else if ((a1 === 'basic' || a1 === 'project') && a2 === undefined) {
        groups.push(...some((a1 === 'basic' ? BASIC_PART_IDS : PROJECT_PART_IDS).map((p) => `${row}.${a1}.${p}`)));
        formula = `${a1} = Σ parts`;
      }
      break;
    }
    case 'economic_all':
    case 'economic_gov': {
      if (a1 !== undefined) break;
      const row = [ref.kind, ...(a0 === undefined ? [] : [a0])].join('.');
      groups.push(...all([`${row}.basic`, `${row}.project`]), ...some(FUND_IDS.map((f) => `${row}.${f}`)));
      formula = TOTAL_IS_PARTS_IS_SOURCES;
      break;
    }
    case 'income':
      if (a0 === undefined) groups.push(...some(FUND_IDS.map((f) => `income.${f}`)));
      formula = formulaOf(FIGURE_WORDS.income_total, '=', 'Σ', FIGURE_WORDS.income);
      break;
    case 'fiscal':
      groups.push(...some(FUND_IDS.map((f) => `fund.${f}`)));
      formula = formulaOf(FIGURE_WORDS.subtotal, '=', ...FISCAL_FUNDS.flatMap((f, i) => (i ? ['+', FUNDS[f]] : [FUNDS[f]])));
      break;
  }
  return groups.length ? { parts: groups, formula } : null;
}

/** A printed row total against the printed cells of the same row (published vs published). */
function rowTotals(ctx: RuleContext, table: string, figures: Record<string, Amount>): Finding[] {
  const out: Finding[] = [];
  for (const [name, total] of Object.entries(figures)) {
    const row = rowParts(name, figures);
    if (!row) continue;
    for (const keys of row.parts) {
      const sum: Figure = { value: keys.reduce((s, k) => s.plus(figures[k]!.value), ZERO), addends: keys.length, sources: keys.map((k) => ['published', table, k]) };
      const what = describeFigure(parseFigureRef(name)!, ctx.data);
      const where = cellWhere(ctx, table, name) ?? ruleWord('subjectInTable', { table: tableName(ctx, table), what });
      out.push(...judge(ctx, 'balance/row-total', ['published', table, name], { value: total, expected: sum, formula: row.formula }, { table: tableName(ctx, table), what, where }));
    }
  }
  return out;
}

function economicMatchesFunctional(ctx: RuleContext): Finding[] {
  const econ = ctx.data.economic;
  if (!econ?.basic?.length) return [];
  const economic = ctx.derived.figure('economic')!;
  const target = (econ.scope ?? 'basic') === 'basic' ? ctx.derived.figure('basic')! : ctx.derived.figure('total')!;
  const asAmount = { value: economic.value, text: economic.value.toFixed(2), scale: 2 };
  return judge(ctx, 'balance/economic-basic', ['economic', 'basic'], { value: asAmount, valueAddends: economic.addends, valueSources: economic.sources, expected: target, formula: 'Σ economic.basic = Σ expenditure.basic' }, { what: ruleWord('economicBasicTotal') });
}

function projectsCoverProjectExpenditure(ctx: RuleContext): Finding[] {
  const projects = ctx.data.projects;
  if (!projects) return [];
  const asAmount = (f: Figure) => ({ value: f.value, text: f.value.toFixed(2), scale: 2 });
  const all = projectsFigure(ctx, projects.map((_, i) => i));
  const out = judge(ctx, 'balance/projects', ['projects'], { value: asAmount(all), valueAddends: all.addends, valueSources: all.sources, expected: ctx.derived.figure('project')!, formula: formulaOf('Σ projects', '=', SPENDING.project) }, { scope: ruleWord('allProjects') });
  // Per functional code, where projects say which code they are paid under.
  for (const code of new Set(projects.flatMap((p) => (p.code ? [p.code] : [])))) {
    const line = ctx.derived.figure(`function.${code}.project`)!;
    if (!line.sources.length) continue; // reported by reference/project-code
    const indexes = projects.flatMap((p, i) => (p.code === code ? [i] : []));
    const byCode = projectsFigure(ctx, indexes);
    out.push(
      ...judge(ctx, 'balance/projects', ['projects', indexes[0]!, 'code'], { value: asAmount(byCode), valueAddends: byCode.addends, valueSources: byCode.sources, expected: line, formula: `Σ projects(code ${code}) = function.${code}.project` }, { scope: ruleWord('functionalCode', { code }) }),
    );
  }
  return out;
}

/** The projects at `indexes`, in 万元: printed amounts count as rounded, 元 ÷ 10000 as exact. */
function projectsFigure(ctx: RuleContext, indexes: number[]): Figure {
  const parts = indexes.flatMap((i) => {
    const a = projectAmount(ctx.data.projects![i]!, i);
    return a ? [a] : [];
  });
  return { value: sum(parts.map((p) => p.wan)), addends: parts.filter((p) => p.rounded).length, sources: parts.map((p) => p.path) };
}

function procurementItems(ctx: RuleContext): Finding[] {
  const pr = ctx.data.procurement;
  if (!pr?.items?.length) return [];
  const out: Finding[] = [];
  for (const kind of ['goods', 'works', 'services'] as const) {
    const stated = pr[kind];
    if (!stated) continue;
    const items = pr.items.flatMap((it, i) => (it.kind === kind ? [{ it, i }] : []));
    const fig: Figure = {
      value: sum(items.map(({ it }) => it.amount.value)),
      addends: items.length,
      sources: items.map(({ i }) => ['procurement', 'items', i, 'amount']),
    };
    out.push(...judge(ctx, 'balance/procurement', ['procurement', kind], { value: stated, expected: fig, formula: `procurement.${kind} = Σ items` }, { what: ruleWord('procurementOf', { kind: termText(PROCUREMENT[kind]) }) }));
  }
  return out;
}

export const balanceRules = [incomeEqualsExpenditure, incomeByFund, controlTotals, economicMatchesFunctional, projectsCoverProjectExpenditure, procurementItems];
