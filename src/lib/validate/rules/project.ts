// Project form rules. A form prints its amounts in 元 (the default) or in 万元 (`form_unit`).
// 元 sums are exact: no rounding tolerance inside a 元 form. 万元 figures are each rounded, so
// their sums take the rounding tolerance of DESIGN principle 4 (N × 0.005 for N rounded parts).
import { Decimal, WAN, YUAN, ZERO, plain, roundHalfUp, roundingTolerance, sum, yuanToWan, type Amount, type MoneyUnit } from '../../money.ts';
import { DETAIL_COLUMNS, FUNDING_SCOPES, FUNDING_SOURCES, PROJECT_FIELDS, TABLES, COLUMN_WORDS } from '../../glossary.ts';
import { CONTINUING_ATTRIBUTE, COST_INDICATOR, FORM_PLACEHOLDERS, ONE_OFF_ATTRIBUTE, UNIT_COST_INDICATOR } from '../../chinese-text.ts';
import { parseIndicatorValue } from '../../derive/indicator.ts';
import { annualFunding, annualYuan, formUnit, type FormAmount } from '../../derive/project-amount.ts';
import type { FundingSources, Project } from '../../schema/index.ts';
import type { PathSegment } from '../../source/yaml.ts';
import { amountWithUnit, ruleWord, unitWord, type RuleId, type RuleWord } from '../catalogue.ts';
import type { Finding, Params } from '../finding.ts';
import { formula as formulaOf, judge, makeFinding, paramsOf, related, signed, type LazyParams, type RuleContext } from './context.ts';

const SOURCES = ['central', 'provincial', 'local', 'self_raised', 'other'] as const;
const RULE_WORD_ZH = (key: RuleWord) => ruleWord(key).zh;

/** Printed figures summed, with where they are. */
interface Parts {
  value: Decimal;
  addends: number;
  sources: PathSegment[][];
}

function exact(ctx: RuleContext, rule: RuleId, path: PathSegment[], value: Decimal, expected: Decimal, formula: string, lazyParams: LazyParams, sources: PathSegment[][] = []): Finding[] {
  if (value.equals(expected)) return [];
  const params = paramsOf(lazyParams);
  const diff = value.minus(expected);
  return [
    {
      ...makeFinding(ctx.file, rule, path, { value: plain(value, value.decimalPlaces()), expected: plain(expected, expected.decimalPlaces()), difference: signed(diff, diff.decimalPlaces()), unit: unitWord(YUAN), ...params }),
      value: plain(value, value.decimalPlaces()),
      expected: plain(expected, expected.decimalPlaces()),
      formula,
      difference: signed(diff, diff.decimalPlaces()),
      tolerance: '0',
      unit: YUAN,
      related: related(ctx.file, sources),
    },
  ];
}

/**
 * A printed figure of a form against the sum of its parts: exact in a 元 form; in a 万元 form
 * within the rounding tolerance a rounding warning, beyond it the rule's error.
 */
function formCheck(ctx: RuleContext, unit: MoneyUnit, rule: RuleId, path: PathSegment[], value: Amount | Decimal, parts: Parts, formula: string, params: LazyParams, valueAddends = 1): Finding[] {
  if (unit === YUAN) return exact(ctx, rule, path, 'value' in value ? value.value : value, parts.value, formula, params, parts.sources);
  return judge(ctx, rule, path, { value, expected: parts, valueAddends, formula, unit: WAN }, () => ({ unit: unitWord(WAN), ...paramsOf(params) }));
}

/** What a finding is about, for rounding warnings: the figure, on the form of the project. */
function subject(p: Project, what: { zh: string; en: string }): Params {
  return { what, table: ruleWord('projectForm', { name: p.name }) };
}

function forEachProject(ctx: RuleContext, fn: (p: Project, base: PathSegment[]) => Finding[]): Finding[] {
  return (ctx.data.projects ?? []).flatMap((p, i) => fn(p, ['projects', i]));
}

function hasAmount(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => (!p.amount && !annualFunding(p) ? [makeFinding(ctx.file, 'project/no-amount', base, {})] : []));
}

const amountText = (v: Decimal) => plain(v, v.decimalPlaces());
/** A form figure with the decimals it was printed with. */
const formText = (f: FormAmount) => plain(f.value, f.scale);

/**
 * The project table's 万元 against the form. A 元 form: 元 ÷ 10000, rounded half-up to the
 * printed places, exactly. A 万元 form: the form's figure itself, within the rounding tolerance.
 */
function yuanMatchesWan(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => {
    const form = annualFunding(p);
    if (!p.amount || !form) return [];
    const formPath = [...base, ...form.path];
    if (form.unit === WAN) {
      return judge(
        ctx,
        'project/yuan-wan',
        [...base, 'amount'],
        { value: p.amount, expected: { value: form.value, addends: form.addends, sources: [formPath] }, formula: TABLE_IS_FORM, unit: WAN },
        { form: amountWithUnit(formText(form), WAN), what: p.name, table: ruleWord('projectTable') },
      );
    }
    const expected = roundHalfUp(yuanToWan(form.value), p.amount.scale);
    if (expected.equals(p.amount.value)) return [];
    return [
      {
        ...makeFinding(ctx.file, 'project/yuan-wan', [...base, 'amount'], { value: p.amount.text, form: amountWithUnit(formText(form), YUAN), expected: plain(expected, p.amount.scale), difference: signed(p.amount.value.minus(expected), p.amount.scale) }),
        value: p.amount.text,
        expected: plain(expected, p.amount.scale),
        formula: `round(${formText(form)} ${YUAN} ÷ 10000, ${p.amount.scale})`,
        difference: signed(p.amount.value.minus(expected), p.amount.scale),
        tolerance: '0',
        unit: WAN,
        related: related(ctx.file, [formPath]),
      },
    ];
  });
}

const SCOPE_LABEL = { annual: ruleWord('annual'), period: ruleWord('period') } as const;
const SCOPE_TOTAL = { annual: ruleWord('annualFundingTotal'), period: ruleWord('periodFundingTotal') } as const;
/** 项目支出表金额 = 绩效目标表年度资金 */
const TABLE_IS_FORM = formulaOf(`${TABLES.project_expenditure.zh}${COLUMN_WORDS.amount.zh}`, '=', `${PROJECT_FIELDS.form.zh}${RULE_WORD_ZH('annualFunding')}`);
/** 年度资金总额 = 中央 + 省级 + 市县 + 自筹 + 其他 */
const sourcesSum = (scope: 'annual' | 'period') => formulaOf(FUNDING_SCOPES[scope], '=', ...SOURCES.flatMap((s, i) => (i ? ['+', FUNDING_SOURCES[s]] : [FUNDING_SOURCES[s]])));
const SOURCES_SUM = { annual: sourcesSum('annual'), period: sourcesSum('period') } as const;
/** 合计 = 本级 + 上级 + 自筹 + 其他 */
const DETAIL_ROW_SUM = formulaOf(DETAIL_COLUMNS.total, '=', DETAIL_COLUMNS.own, '+', DETAIL_COLUMNS.higher, '+', DETAIL_COLUMNS.self_raised, '+', DETAIL_COLUMNS.other);
/** Σ 预算明细 = 项目当年金额 */
const DETAIL_SUM = formulaOf('Σ', PROJECT_FIELDS.budget_detail, '=', RULE_WORD_ZH('projectAmountThisYear'));
/** 年度资金 = 实施期资金 */
const ANNUAL_IS_PERIOD = formulaOf(RULE_WORD_ZH('annualFunding'), '=', RULE_WORD_ZH('periodFunding'));

function fundingSums(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => {
    const out: Finding[] = [];
    const unit = formUnit(p);
    for (const scope of ['annual', 'period'] as const) {
      const f: FundingSources | undefined = p.funding?.[scope];
      if (!f?.total) continue;
      const parts = SOURCES.filter((s) => f[s]);
      if (!parts.length) continue;
      const summed: Parts = { value: sum(parts.map((s) => f[s]!.value)), addends: parts.length, sources: parts.map((s) => [...base, 'funding', scope, s]) };
      out.push(
        ...formCheck(ctx, unit, 'project/funding-sum', [...base, 'funding', scope, 'total'], f.total, summed, SOURCES_SUM[scope], () => ({
          scope: SCOPE_LABEL[scope],
          ...subject(p, SCOPE_TOTAL[scope]),
        })),
      );
    }
    return out;
  });
}

function detailSums(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => {
    const lines = p.budget_detail;
    if (!lines?.length) return [];
    const unit = formUnit(p);
    const out: Finding[] = [];
    const rows: Parts[] = [];
    lines.forEach((l, i) => {
      const parts = [l.own, l.higher, l.self_raised, l.other].filter((a): a is Amount => !!a);
      const partsSum = sum(parts.map((a) => a.value));
      if (l.total && parts.length) {
        out.push(...formCheck(ctx, unit, 'project/detail-row', [...base, 'budget_detail', i, 'total'], l.total, { value: partsSum, addends: parts.length, sources: [[...base, 'budget_detail', i]] }, DETAIL_ROW_SUM, () => subject(p, ruleWord('detailRowTotal', { row: i + 1 }))));
      }
      rows.push({ value: l.total?.value ?? partsSum, addends: l.total ? 1 : parts.length, sources: [[...base, 'budget_detail', i]] });
    });
    const annual = annualFunding(p);
    if (annual) {
      const detail: Parts = { value: sum(rows.map((r) => r.value)), addends: rows.reduce((n, r) => n + r.addends, 0), sources: rows.flatMap((r) => r.sources) };
      out.push(...formCheck(ctx, unit, 'project/detail-sum', [...base, ...annual.path], p.funding?.annual?.total ?? annual.value, detail, DETAIL_SUM, () => subject(p, ruleWord('annualFunding')), annual.addends));
    }
    return out;
  });
}

function isOneOff(p: Project): boolean {
  return ONE_OFF_ATTRIBUTE.test(p.attribute ?? '');
}

/** A project of several years by its form: a 项目期 over one year, or a 延续性 attribute. */
function isMultiYear(p: Project): boolean {
  return (p.period_years !== undefined && p.period_years > 1) || CONTINUING_ATTRIBUTE.test(p.attribute ?? '');
}

/** Starts and ends in the budget year by its own dates. Not decisive for a project of several years:
 * many forms print the budget year as start and end for one. */
function withinYear(p: Project, year: number): boolean {
  return !!p.start && !!p.end && p.start.startsWith(`${year}-`) && p.end.startsWith(`${year}-`);
}

/** The period funding as printed: the total, else the sum of sources. */
function periodFunding(p: Project): FormAmount | null {
  const f = p.funding?.period;
  if (!f) return null;
  const unit = formUnit(p);
  if (f.total) return { value: f.total.value, unit, path: ['funding', 'period', 'total'], addends: 1, scale: f.total.scale };
  const parts = SOURCES.filter((s) => f[s]).map((s) => f[s]!);
  if (!parts.length) return null;
  return { value: sum(parts.map((a) => a.value)), unit, path: ['funding', 'period'], addends: parts.length, scale: Math.max(...parts.map((a) => a.scale)) };
}

/**
 * Annual against whole-period funding. The period total is never less than the year's. It equals
 * the year's for a one-off project, one of a single year, or one that runs within the budget year by
 * its dates and is not of several years (项目期 over one, or 延续性). A project of several years may
 * print the budget year as start and end; its period total is then rightly larger than the year's.
 */
function periodAgainstAnnual(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => {
    const annual = annualFunding(p);
    const period = periodFunding(p);
    if (!annual || !period) return [];
    const unit = annual.unit;
    const path: PathSegment[] = [...base, ...period.path];
    // In 万元 both sides are rounded figures: each printed figure carries half a unit.
    const tolerance = unit === YUAN ? ZERO : roundingTolerance(annual.addends + period.addends, 2);
    const params = (reason: { zh: string; en: string }) => ({ reason, value: formText(annual), expected: formText(period), unit: unitWord(unit) });
    if (annual.value.minus(period.value).gt(tolerance)) {
      return [makeFinding(ctx.file, 'project/period-annual', path, params(ruleWord('annualExceedsPeriod')))];
    }
    if (isOneOff(p) || p.period_years === 1 || (!isMultiYear(p) && withinYear(p, ctx.data.year))) {
      const reason = ruleWord('oneYearSameFunding');
      if (unit === YUAN) return annual.value.equals(period.value) ? [] : [makeFinding(ctx.file, 'project/period-annual', path, params(reason))];
      const periodFigure = { value: period.value, addends: period.addends, sources: [path] };
      return judge(ctx, 'project/period-annual', path, { value: annual.value, valueAddends: annual.addends, expected: periodFigure, formula: ANNUAL_IS_PERIOD, unit: WAN }, { ...params(reason), ...subject(p, ruleWord('annualAndPeriodFunding')) });
    }
    const years = p.period_years;
    if (years && years > 1 && years < 99) {
      const product = annual.value.times(years);
      const slack = unit === YUAN ? ZERO : roundingTolerance(annual.addends * years + period.addends, 2);
      if (product.minus(period.value).abs().gt(slack)) {
        return [makeFinding(ctx.file, 'project/period-multiple', path, { years, value: formText(annual), product: plain(product, annual.scale), expected: formText(period), unit: unitWord(unit) })];
      }
    }
    return [];
  });
}

/** Ratios that betray a slip: a zero too many or too few, or 万 written for 元. */
const SLIPS: { ratio: Decimal; label: RuleWord }[] = [
  { ratio: new Decimal(10), label: 'tenTimes' },
  { ratio: new Decimal('0.1'), label: 'oneTenth' },
  { ratio: new Decimal(10000), label: 'tenThousandTimes' },
  { ratio: new Decimal('0.0001'), label: 'oneTenThousandth' },
];

function indicatorChecks(ctx: RuleContext): Finding[] {
  return forEachProject(ctx, (p, base) => {
    const out: Finding[] = [];
    const annual = annualYuan(p);
    (p.indicators ?? []).forEach((ind, i) => {
      const placeholder = FORM_PLACEHOLDERS.find((ph) => ind.value.includes(ph) || ind.name.includes(ph));
      if (placeholder) out.push(makeFinding(ctx.file, 'project/placeholder', [...base, 'indicators', i, 'value'], { value: ind.value, placeholder }));
      // A cap on the whole cost, not a unit price or a cost per person.
      const isCost = COST_INDICATOR.test(`${ind.level1 ?? ''}${ind.level2 ?? ''}`) && !UNIT_COST_INDICATOR.test(ind.name);
      if (!isCost || !annual || annual.value.isZero() || ind.scope === 'period') return;
      const parsed = parseIndicatorValue(ind.value);
      if (parsed.kind !== 'quantity' || !parsed.yuan) return;
      const ratio = parsed.yuan.dividedBy(annual.value);
      const label = SLIPS.find((s) => ratio.equals(s.ratio))?.label;
      if (label) out.push(makeFinding(ctx.file, 'project/cost-scale', [...base, 'indicators', i, 'value'], { name: ind.name, value: ind.value, expected: amountText(annual.value), ratio: ruleWord(label) }));
    });
    return out;
  });
}

export const projectRules = [hasAmount, yuanMatchesWan, fundingSums, detailSums, periodAgainstAnnual, indicatorChecks];
