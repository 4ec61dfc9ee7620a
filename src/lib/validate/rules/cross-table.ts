// Cross-table rules: the same money seen from two tables, or from two years.
import { SPENDING, THREE_PUBLIC } from '../../glossary.ts';
import { describeFigure, parseFigureRef } from '../../figures/registry.ts';
import type { Figure } from '../../derive/derive.ts';
import { halfUnit, plain, roundingTolerance, WAN, type Amount } from '../../money.ts';
import { ruleWord, type RuleWord } from '../catalogue.ts';
import type { Finding } from '../finding.ts';
import { formula, judge, makeFinding, related, rawValueAt, signed, termText, type RuleContext } from './context.ts';

/** 三公 parts and the economic 款 that hold the same spending in basic expenditure. */
const THREE_PUBLIC_ECONOMIC = [
  { part: 'outbound', code: '30212' },
  { part: 'reception', code: '30217' },
  { part: 'vehicle_operation', code: '30231' },
] as const;

function threePublicAgainstEconomic(ctx: RuleContext): Finding[] {
  const tp = ctx.data.three_public;
  const basic = ctx.data.economic?.basic;
  if (!tp || !basic || (ctx.data.economic?.scope ?? 'basic') !== 'basic') return [];
  const out: Finding[] = [];
  for (const { part, code } of THREE_PUBLIC_ECONOMIC) {
    const index = basic.findIndex((e) => e.code === code);
    if (index < 0) continue;
    const line = basic[index]!;
    const value = tp[part]?.value ?? line.amount.value.times(0);
    // The three-public figure covers basic and project spending, so it cannot be smaller.
    if (value.plus(halfUnit(2).times(2)).lt(line.amount.value)) {
      out.push({
        ...makeFinding(ctx.file, 'cross-table/three-public-economic', tp[part] ? ['three_public', part] : ['three_public'], {
          part: termText(THREE_PUBLIC[part]),
          value: plain(value),
          expected: line.amount.text,
          economicName: line.name,
        }),
        value: plain(value),
        expected: `≥ ${line.amount.text}`,
        formula: `three_public.${part} ≥ economic.${code}`,
        difference: signed(value.minus(line.amount.value)),
        unit: WAN,
        related: related(ctx.file, [['economic', 'basic', index, 'amount']], (p) => rawValueAt(ctx.file, p)),
      });
    }
  }
  return out;
}

/** 机关运行经费 is the operating cost (公用经费) of administrative and 参公 units. */
function adminCostsAgainstPublicCosts(ctx: RuleContext): Finding[] {
  const admin = ctx.derived.figure('admin_costs');
  const publicCosts = ctx.derived.figure('public_costs');
  if (!admin || !publicCosts || !admin.sources.length) return [];
  const units = ctx.data.organisation?.units ?? [];
  const allAdministrative = units.length > 0 && units.every((u) => u.kind === 'administrative' || u.kind === 'civil_service_managed');
  const asAmount: Amount = { value: admin.value, text: admin.value.toFixed(2), scale: 2 };
  const tolerance = roundingTolerance(admin.addends + publicCosts.addends, 2);
  const diff = admin.value.minus(publicCosts.value);
  const params = (relation: RuleWord) => ({ relation: ruleWord(relation) });
  if (diff.gt(tolerance)) {
    return judge(ctx, 'cross-table/admin-costs', ['admin_costs'], { value: asAmount, valueAddends: admin.addends, valueSources: admin.sources, expected: publicCosts, formula: formula(SPENDING.admin_costs, '≤', SPENDING.public_costs) }, params('moreThan'));
  }
  if (allAdministrative) {
    return judge(ctx, 'cross-table/admin-costs', ['admin_costs'], { value: asAmount, valueAddends: admin.addends, valueSources: admin.sources, expected: publicCosts, formula: formula(SPENDING.admin_costs, '=', SPENDING.public_costs) }, params('notEqualTo'));
  }
  return [];
}

/** Prior-year figures stated in this file against last year's file. */
function priorYearAgainstPreviousFile(ctx: RuleContext): Finding[] {
  const prior = ctx.data.prior_year;
  const prev = ctx.previous;
  if (!prior || !prev) return [];
  const out: Finding[] = [];
  for (const [name, value] of Object.entries(prior.figures)) {
    const ref = parseFigureRef(name)!;
    // Prefer what last year's document printed; fall back to what its leaves give.
    const printed = Object.values(prev.file.data.published ?? {}).find((t) => t?.[name])?.[name];
    const derived = prev.derived.figure(ref);
    const expected: Figure | undefined = printed ? { value: printed.value, addends: 0, sources: [] } : derived;
    if (!expected) continue;
    out.push(
      ...judge(ctx, 'cross-table/prior-year', ['prior_year', 'figures', name], { value, expected, formula: `prior_year.${name} = ${prev.file.source.file} ${name}` }, { what: describeFigure(ref, ctx.data), otherFile: prev.file.source.file }),
    );
  }
  return out;
}

export const crossTableRules = [threePublicAgainstEconomic, adminCostsAgainstPublicCosts, priorYearAgainstPreviousFile];
