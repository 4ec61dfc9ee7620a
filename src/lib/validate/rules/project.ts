// Project form rules. Forms are in 元 and exact: no rounding tolerance inside a form.
import { Decimal, plain, roundHalfUp, sum, yuanToWan, ZERO, type Amount } from '../../money.ts';
import { parseIndicatorValue } from '../../derive/indicator.ts';
import { annualYuan } from '../../derive/project-amount.ts';
import type { FundingSources, Project } from '../../schema/index.ts';
import type { PathSegment } from '../../source/yaml.ts';
import type { Finding } from '../finding.ts';
import { makeFinding, related, signed, type RuleContext } from './context.ts';

const SOURCES = ['central', 'provincial', 'local', 'self_raised', 'other'] as const;

function exact(ctx: RuleContext, rule: Parameters<typeof makeFinding>[1], path: PathSegment[], value: Decimal, expected: Decimal, formula: string, params: Record<string, string | { zh: string; en: string }>, sources: PathSegment[][] = []): Finding[] {
  if (value.equals(expected)) return [];
  const diff = value.minus(expected);
  return [
    {
      ...makeFinding(ctx.file, rule, path, { value: plain(value, value.decimalPlaces()), expected: plain(expected, expected.decimalPlaces()), difference: signed(diff, diff.decimalPlaces()), ...params }),
      value: plain(value, value.decimalPlaces()),
      expected: plain(expected, expected.decimalPlaces()),
      formula,
      difference: signed(diff, diff.decimalPlaces()),
      tolerance: '0',
      unit: '元',
      related: related(ctx.file, sources),
    },
  ];
}

function forEachProject(ctx: RuleContext, fn: (p: Project, base: PathSegment[]) => Finding[]): Finding[] {
  return (ctx.data.projects ?? []).flatMap((p, i) => fn(p, ['projects', i]));
}

function hasAmount(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => (!p.amount && !annualYuan(p) ? [makeFinding(ctx.file, 'project/no-amount', base, {})] : []));
}

/** 万元 in the project table = 元 on the form ÷ 10000, rounded half-up to the printed places. */
function yuanMatchesWan(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => {
    const yuan = annualYuan(p);
    if (!p.amount || !yuan) return [];
    const expected = roundHalfUp(yuanToWan(yuan.value), p.amount.scale);
    if (expected.equals(p.amount.value)) return [];
    return [
      {
        ...makeFinding(ctx.file, 'project/yuan-wan', [...base, 'amount'], { value: p.amount.text, yuan: plain(yuan.value, yuan.value.decimalPlaces()), expected: plain(expected, p.amount.scale) }),
        value: p.amount.text,
        expected: plain(expected, p.amount.scale),
        formula: `round(${plain(yuan.value, yuan.value.decimalPlaces())} 元 ÷ 10000, ${p.amount.scale})`,
        difference: signed(p.amount.value.minus(expected), p.amount.scale),
        tolerance: '0',
        unit: '万元',
        related: related(ctx.file, [[...base, ...yuan.path]]),
      },
    ];
  });
}

function fundingSums(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => {
    const out: Finding[] = [];
    for (const scope of ['annual', 'period'] as const) {
      const f: FundingSources | undefined = p.funding?.[scope];
      if (!f?.total) continue;
      const parts = SOURCES.filter((s) => f[s]);
      if (!parts.length) continue;
      out.push(
        ...exact(ctx, 'project/funding-sum', [...base, 'funding', scope, 'total'], f.total.value, sum(parts.map((s) => f[s]!.value)), '总额 = 中央 + 省级 + 市县 + 自筹 + 其他', { scope: scope === 'annual' ? { zh: '年度', en: 'Annual' } : { zh: '实施期', en: 'Period' } }, parts.map((s) => [...base, 'funding', scope, s])),
      );
    }
    return out;
  });
}

function detailSums(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => {
    const lines = p.budget_detail;
    if (!lines?.length) return [];
    const out: Finding[] = [];
    const rowTotals: Decimal[] = [];
    lines.forEach((l, i) => {
      const parts = [l.own, l.higher, l.self_raised, l.other].filter((a): a is Amount => !!a);
      const partsSum = sum(parts.map((a) => a.value));
      if (l.total && parts.length) {
        out.push(...exact(ctx, 'project/detail-row', [...base, 'budget_detail', i, 'total'], l.total.value, partsSum, '合计 = 本级 + 上级 + 自筹 + 其他', {}, [[...base, 'budget_detail', i]]));
      }
      rowTotals.push(l.total?.value ?? partsSum);
    });
    const yuan = annualYuan(p);
    if (yuan) {
      out.push(...exact(ctx, 'project/detail-sum', [...base, ...(yuan.path.length ? yuan.path : [])], yuan.value, sum(rowTotals), 'Σ 预算明细 = 项目当年金额', {}, lines.map((_, i) => [...base, 'budget_detail', i])));
    }
    return out;
  });
}

function isOneOff(p: Project): boolean {
  return /一次性/.test(p.attribute ?? '');
}

/** Runs within the budget year by its own dates, so its whole-period money is this year's. */
function withinYear(p: Project, year: number): boolean {
  return !!p.start && !!p.end && p.start.startsWith(`${year}-`) && p.end.startsWith(`${year}-`);
}

function periodAgainstAnnual(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => {
    const annual = annualYuan(p);
    const periodF = p.funding?.period;
    if (!annual || !periodF) return [];
    const period = periodF.total?.value ?? sum(SOURCES.filter((s) => periodF[s]).map((s) => periodF[s]!.value));
    const path: PathSegment[] = [...base, 'funding', 'period', ...(periodF.total ? ['total'] : [])];
    const params = (reason: { zh: string; en: string }) => ({ reason, value: plain(annual.value, annual.value.decimalPlaces()), expected: plain(period, period.decimalPlaces()) });
    if (annual.value.gt(period)) return [makeFinding(ctx.file, 'project/period-annual', path, params({ zh: '年度资金大于实施期资金', en: 'The annual funding exceeds the whole period’s' }))];
    if ((isOneOff(p) || p.period_years === 1 || withinYear(p, ctx.data.year)) && !annual.value.equals(period)) {
      return [makeFinding(ctx.file, 'project/period-annual', path, params({ zh: '一次性或当年起止的项目，实施期资金应等于年度资金', en: 'A one-off project, or one that starts and ends this year, must have the same funding for its period and its year' }))];
    }
    const years = p.period_years;
    if (years && years > 1 && years < 99 && !isOneOff(p)) {
      const product = annual.value.times(years);
      if (!product.equals(period)) {
        return [makeFinding(ctx.file, 'project/period-multiple', path, { years, value: plain(annual.value, annual.value.decimalPlaces()), product: plain(product, product.decimalPlaces()), expected: plain(period, period.decimalPlaces()) })];
      }
    }
    return [];
  });
}

/** Ratios that betray a slip: a zero too many or too few, or 万 written for 元. */
const SLIPS = [
  { ratio: new Decimal(10), label: { zh: '十倍', en: 'ten times' } },
  { ratio: new Decimal('0.1'), label: { zh: '十分之一', en: 'one tenth of' } },
  { ratio: new Decimal(10000), label: { zh: '一万倍（万元与元混用）', en: '10,000 times (万元 written for 元)' } },
  { ratio: new Decimal('0.0001'), label: { zh: '万分之一（万元与元混用）', en: 'one 10,000th of (元 written for 万元)' } },
];

const PLACEHOLDERS = ['XX月XX日', 'XX', '（万元/辆等）', '(万元/辆等)'];

function indicatorChecks(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => {
    const out: Finding[] = [];
    const annual = annualYuan(p);
    (p.indicators ?? []).forEach((ind, i) => {
      const placeholder = PLACEHOLDERS.find((ph) => ind.value.includes(ph) || ind.name.includes(ph));
      if (placeholder) out.push(makeFinding(ctx.file, 'project/placeholder', [...base, 'indicators', i, 'value'], { value: ind.value, placeholder }));
      // A cap on the whole cost, not a unit price or a cost per person.
      const isCost = /成本/.test(`${ind.level1 ?? ''}${ind.level2 ?? ''}`) && !/单价|单位成本|人均|每/.test(ind.name);
      if (!isCost || !annual || annual.value.isZero() || ind.scope === 'period') return;
      const parsed = parseIndicatorValue(ind.value);
      if (parsed.kind !== 'quantity' || !parsed.yuan) return;
      const ratio = parsed.yuan.dividedBy(annual.value);
      const label = SLIPS.find((s) => ratio.equals(s.ratio))?.label;
      if (label) out.push(makeFinding(ctx.file, 'project/cost-scale', [...base, 'indicators', i, 'value'], { name: ind.name, value: ind.value, expected: plain(annual.value, annual.value.decimalPlaces()), ratio: label }));
    });
    return out;
  });
}

export const projectRules = [hasAmount, yuanMatchesWan, fundingSums, detailSums, periodAgainstAnnual, indicatorChecks];
