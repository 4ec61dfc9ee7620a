// Alternative decompositions of one amount: a functional line's 基本支出 by 工资福利/公用经费/对个人和家庭
// and its 项目支出 by type; all spending by economic class (支出经济分类汇总表) under both
// classifications, with its fund columns and its basic part; income sources by their items.
// Each split must add up to what it splits.
import { BASIC_PARTS, CLASSIFICATIONS, FUNDS, PROJECT_PARTS, SPENDING, type FundId } from '../../glossary.ts';
import { describeFigure, figureOf } from '../../figures/registry.ts';
import { WAN, ZERO, plain, roundingTolerance, type Amount } from '../../money.ts';
import type { PathSegment } from '../../source/yaml.ts';
import { listOf } from '../catalogue.ts';
import type { Finding } from '../finding.ts';
import { figureWhere, judge, makeFinding, related, rawValueAt, signed, termText, type RuleContext } from './context.ts';

const zero: Amount = { value: ZERO, text: '0', scale: 2 };

function lineParts(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  ctx.data.expenditure.forEach((l, i) => {
    for (const column of ['basic', 'project'] as const) {
      const parts = column === 'basic' ? l.basic_parts : l.project_parts;
      if (!parts) continue;
      const terms: Record<string, { zh: string; en: string }> = column === 'basic' ? BASIC_PARTS : PROJECT_PARTS;
      const entries = Object.entries(parts) as [string, Amount][];
      const sum = figureOf(entries.map(([k, a]) => ({ value: a.value, rounded: true, path: ['expenditure', i, `${column}_parts`, k] })));
      const whole = l[column] ?? zero;
      const names = entries.map(([k]) => terms[k]!);
      const what = describeFigure(`function.${l.code}.${column}`, ctx.data);
      out.push(
        ...judge(ctx, 'balance/decomposition', l[column] ? ['expenditure', i, column] : ['expenditure', i, `${column}_parts`], { value: whole, expected: sum, formula: `${column} = Σ ${column}_parts` }, {
          what,
          where: figureWhere(ctx, `function.${l.code}.${column}`) ?? what,
          parts: listOf(names),
        }),
      );
    }
  });
  return out;
}

/** Each line of an all-spending economic list: its fund columns, and basic + project, add up to it. */
function economicLineParts(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const which of ['all', 'gov'] as const) {
    ctx.data.economic?.[which]?.forEach((e, i) => {
      const base: PathSegment[] = ['economic', which, i];
      const what = { zh: `${e.code} ${e.name}`, en: `${e.code} ${e.name}` };
      const where = figureWhere(ctx, `economic_${which}.${e.code}`) ?? what;
      if (e.funds) {
        const entries = Object.entries(e.funds) as [FundId, Amount][];
        const sum = figureOf(entries.map(([f, a]) => ({ value: a.value, rounded: true, path: [...base, 'funds', f] })));
        out.push(...judge(ctx, 'balance/decomposition', [...base, 'amount'], { value: e.amount, expected: sum, formula: 'amount = Σ funds' }, { what, where, parts: listOf(entries.map(([f]) => FUNDS[f])) }));
      }
      if (e.basic && e.project) {
        const sum = figureOf([
          { value: e.basic.value, rounded: true, path: [...base, 'basic'] },
          { value: e.project.value, rounded: true, path: [...base, 'project'] },
        ]);
        out.push(...judge(ctx, 'balance/decomposition', [...base, 'amount'], { value: e.amount, expected: sum, formula: 'amount = basic + project' }, { what, where, parts: listOf([SPENDING.basic, SPENDING.project]) }));
      }
    });
  }
  return out;
}

/** Each economic classification of all spending adds up to total spending. */
function economicTotals(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const total = ctx.derived.figure('total')!;
  for (const [which, term] of [['all', CLASSIFICATIONS.economic], ['gov', CLASSIFICATIONS.economic_gov]] as const) {
    if (!ctx.data.economic?.[which]?.length) continue;
    const fig = ctx.derived.figure(which === 'all' ? 'economic_all' : 'economic_gov')!;
    const asAmount: Amount = { value: fig.value, text: fig.value.toFixed(2), scale: 2 };
    out.push(
      ...judge(ctx, 'balance/economic-total', ['economic', which], { value: asAmount, valueAddends: fig.addends, valueSources: fig.sources, expected: total, formula: `Σ economic.${which} = total` }, { classification: termText(term), what: termText(term) }),
    );
  }
  return out;
}

/** All spending by economic class less its basic part is project spending, which cannot be negative. */
function economicProjectParts(ctx: RuleContext): Finding[] {
  const all = ctx.data.economic?.all;
  const basic = ctx.data.economic?.basic;
  if (!all?.length || !basic?.length || (ctx.data.economic?.scope ?? 'basic') !== 'basic') return [];
  const out: Finding[] = [];
  all.forEach((e, i) => {
    const basicFig = ctx.derived.figure(`economic.${e.code}`)!;
    if (!basicFig.sources.length) return;
    if (e.basic) {
      out.push(...judge(ctx, 'balance/economic-basic-part', ['economic', 'all', i, 'basic'], { value: e.basic, expected: basicFig, formula: `economic.all[${e.code}].basic = economic.${e.code}` }, { code: e.code, what: { zh: `${e.code} ${e.name}`, en: `${e.code} ${e.name}` } }));
      return;
    }
    const project = e.amount.value.minus(basicFig.value);
    // A shortfall within the rounding of the parts is rounding, not a negative amount.
    if (project.gte(roundingTolerance(basicFig.addends + 1, 2).negated())) return;
    out.push({
      ...makeFinding(ctx.file, 'balance/economic-project-negative', ['economic', 'all', i, 'amount'], { code: e.code, name: e.name, value: e.amount.text, expected: plain(basicFig.value), difference: plain(project) }),
      value: e.amount.text,
      expected: `≥ ${plain(basicFig.value)}`,
      formula: `economic.all[${e.code}] − economic.${e.code} ≥ 0`,
      difference: signed(project),
      unit: WAN,
      related: related(ctx.file, basicFig.sources, (p) => rawValueAt(ctx.file, p)),
    });
  });
  return out;
}

/** Items printed under an income source add up to it. */
function incomeItems(ctx: RuleContext): Finding[] {
  const items = ctx.data.income_items;
  if (!items?.length) return [];
  const out: Finding[] = [];
  for (const fund of new Set(items.map((it) => it.fund))) {
    const mine = items.flatMap((it, i) => (it.fund === fund ? [{ value: it.amount.value, rounded: true, path: ['income_items', i, 'amount'] as PathSegment[] }] : []));
    const income = (ctx.data.income as Record<string, Amount | undefined>)[fund];
    out.push(...judge(ctx, 'balance/income-items', income ? ['income', fund] : ['income_items', items.findIndex((it) => it.fund === fund), 'fund'], { value: income ?? zero, expected: figureOf(mine), formula: `income.${fund} = Σ income_items(${fund})` }, { fund: { zh: FUNDS[fund].zh, en: FUNDS[fund].en } }));
  }
  return out;
}

export const decompositionRules = [lineParts, economicLineParts, economicTotals, economicProjectParts, incomeItems];
