// Chart specifications, built from the same derived figures as the tables. A spec carries its
// numbers as exact decimal strings; the browser turns them into bar lengths only, and shows the
// strings themselves in tooltips and in the table beside the chart.
import { Decimal, WAN, ZERO } from '../money.ts';
import { CARRYOVER, COLUMN_WORDS, FUNDS, FUND_IDS, ROW_WORDS, SPENDING, THREE_PUBLIC, THREE_PUBLIC_PARTS, type Lang } from '../glossary.ts';
import { t, tf, type PhraseParams, type StringKey } from '../i18n.ts';
import { formatCount, formatPercent, share } from '../format.ts';
import { roundHalfUp } from '../money.ts';
import type { Derived } from '../derive/derive.ts';
import { shownFigure } from '../derive/display.ts';
import { HEADLINE_TABLES } from '../derive/summary.ts';
import { functionalRows, type TableContext } from '../derive/tables.ts';
import { perDisclosure } from '../derive/memo.ts';
import type { TimelineRef, TimelineYear } from '../derive/timeline.ts';
import type { Disclosure } from '../schema/index.ts';

export type ChartKind = 'bar' | 'doughnut';

export interface ChartSeries {
  label: string;
  /** 万元, two decimals, exact. */
  values: string[];
}

export interface ChartSpec {
  id: string;
  kind: ChartKind;
  /** Bars run left to right (long labels read better). */
  horizontal?: boolean;
  /** Series stack into one bar per label (parts of a whole). */
  stacked?: boolean;
  /** The language of every word in the spec (labels that are names from the data stay Chinese). */
  lang: Lang;
  /** States what the chart shows, e.g. "2022年支出按功能分类". */
  title: string;
  /** A name from the data the title is about (a department, a region), shown before the title. */
  subject?: string;
  unit: typeof WAN;
  /** The unit as the page's language writes it: 万元, 10k yuan. */
  unitLabel: string;
  labels: string[];
  /** The labels are names from the data (functional and economic lines, departments), Chinese on any page. */
  dataLabels?: boolean;
  series: ChartSeries[];
  /** Column heading for the labels in the table beside the chart. */
  labelHeading: string;
  /** Set when a drawing would say nothing (one value, or the parts the summary cards show): the chart is this sentence instead. */
  sentence?: ChartSentence;
}

/** An interface phrase and its values; `data` names the values that are names from the data. */
export interface ChartSentence {
  key: StringKey;
  params: PhraseParams;
  data: string[];
}

/** The whole title, with its subject: "临汾市各部门最新年度支出", "临汾市: departments, latest year". */
export function chartTitle(spec: Pick<ChartSpec, 'title' | 'subject' | 'lang'>): string {
  return spec.subject ? tf('chartWithSubject', spec.lang, { subject: spec.subject, title: spec.title }) : spec.title;
}

const unitOf = (lang: Lang): Pick<ChartSpec, 'unit' | 'unitLabel'> => ({ unit: WAN, unitLabel: t('unitWan', lang) });

export { PALETTE } from './palette.ts';

const fixed = (d: Decimal) => roundHalfUp(d, 2).toFixed(2);

function hasMoney(spec: ChartSpec): boolean {
  return spec.series.some((s) => s.values.some((v) => v !== '0.00'));
}

/** Where the money goes: functional items (项), the largest first. */
export function functionalChart(ctx: TableContext, lang: Lang = 'zh'): ChartSpec {
  const all = functionalRows(ctx);
  const rows = all
    .filter((r) => r.level === 'item' || !all.some((o) => o.code !== r.code && o.code.startsWith(r.code)))
    .sort((a, b) => b.total.comparedTo(a.total));
  return {
    id: 'by-function',
    kind: 'bar',
    horizontal: true,
    stacked: true,
    lang,
    title: tf('chartByFunction', lang, { year: ctx.data.year }),
    ...unitOf(lang),
    labelHeading: COLUMN_WORDS.subject[lang],
    labels: rows.map((r) => tf('withCode', lang, { name: r.name, code: r.code })),
    dataLabels: true,
    series: [
      { label: SPENDING.basic[lang], values: rows.map((r) => fixed(r.basic)) },
      { label: SPENDING.project[lang], values: rows.map((r) => fixed(r.project)) },
    ],
  };
}

/** 基本支出 vs 项目支出, as published where printed. */
export function basicProjectChart(data: Disclosure, derived: Derived, lang: Lang = 'zh'): ChartSpec {
  const v = (ref: string) => shownFigure(data, derived, ref, HEADLINE_TABLES)?.value ?? ZERO;
  return {
    id: 'basic-project',
    kind: 'doughnut',
    lang,
    title: tf('chartBasicProject', lang, { year: data.year }),
    ...unitOf(lang),
    labelHeading: COLUMN_WORDS.nature[lang],
    labels: [SPENDING.basic[lang], SPENDING.project[lang]],
    series: [{ label: COLUMN_WORDS.amount[lang], values: [fixed(v('basic')), fixed(v('project'))] }],
  };
}

/** 基本支出 by economic 款, grouped under 人员经费 and 公用经费. */
export function economicChart(data: Disclosure, lang: Lang = 'zh'): ChartSpec {
  const lines = [...(data.economic?.basic ?? [])].sort((a, b) => a.code.localeCompare(b.code));
  const personnel = (code: string) => code.startsWith('301') || code.startsWith('303');
  return {
    id: 'basic-economic',
    kind: 'bar',
    horizontal: true,
    stacked: true,
    lang,
    title: tf(data.economic?.scope === 'all' ? 'chartEconomicAll' : 'chartEconomicBasic', lang, { year: data.year }),
    ...unitOf(lang),
    labelHeading: COLUMN_WORDS.economic_subject[lang],
    labels: lines.map((l) => (l.gov_name ? tf('withCode', lang, { name: l.name, code: l.gov_name }) : l.name)),
    dataLabels: true,
    series: [
      { label: SPENDING.personnel[lang], values: lines.map((l) => (personnel(l.code) ? fixed(l.amount.value) : '0.00')) },
      { label: SPENDING.public_costs[lang], values: lines.map((l) => (personnel(l.code) ? '0.00' : fixed(l.amount.value))) },
    ],
  };
}

export function incomeChart(data: Disclosure, lang: Lang = 'zh'): ChartSpec {
  const funds = [...FUND_IDS, 'carried_over' as const].filter((f) => data.income[f] && !data.income[f]!.value.isZero());
  return {
    id: 'income',
    kind: 'bar',
    lang,
    title: tf('chartIncome', lang, { year: data.year }),
    ...unitOf(lang),
    labelHeading: COLUMN_WORDS.source[lang],
    labels: funds.map((f) => (f === 'carried_over' ? CARRYOVER.carried_over : FUNDS[f])[lang]),
    series: [{ label: ROW_WORDS.income[lang], values: funds.map((f) => fixed(data.income[f]!.value)) }],
  };
}

export function threePublicChart(data: Disclosure, lang: Lang = 'zh'): ChartSpec {
  const tp = data.three_public;
  return {
    id: 'three-public',
    kind: 'bar',
    lang,
    title: tf('chartThreePublic', lang, { year: data.year }),
    ...unitOf(lang),
    labelHeading: COLUMN_WORDS.item[lang],
    labels: THREE_PUBLIC_PARTS.map((p) => THREE_PUBLIC[p][lang]),
    series: [{ label: SPENDING.three_public[lang], values: THREE_PUBLIC_PARTS.map((p) => fixed(tp?.[p]?.value ?? ZERO)) }],
  };
}

const grouped = (v: string) => v.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));

/**
 * What a chart says in one sentence when drawing it would say nothing more: a single amount (one
 * income source at 100%, one part of 三公), or a doughnut of the parts the summary cards show.
 */
export function chartSentence(spec: ChartSpec): ChartSentence | undefined {
  const amounts = spec.series.flatMap((s) => s.values.map((v, i) => ({ series: s.label, label: spec.labels[i]!, value: v }))).filter((a) => a.value !== '0.00');
  if (amounts.length === 1) {
    const [only] = amounts;
    const label = spec.series.length > 1 ? only!.series : only!.label;
    return { key: 'chartSaysOne', params: { title: chartTitle(spec), label, amount: grouped(only!.value), unit: spec.unitLabel }, data: spec.dataLabels && spec.series.length === 1 ? ['label'] : [] };
  }
  if (spec.kind !== 'doughnut' || spec.series.length !== 1) return undefined;
  const values = spec.series[0]!.values;
  const whole = values.reduce((sum, v) => sum.plus(v), ZERO);
  const parts = spec.labels
    .map((label, i) => tf('chartPart', spec.lang, { label, amount: grouped(values[i]!), unit: spec.unitLabel, percent: formatPercent(share(new Decimal(values[i]!), whole) ?? ZERO, 1) }))
    .join(t('listSep', spec.lang));
  return { key: 'chartSaysParts', params: { title: chartTitle(spec), parts }, data: [] };
}

/**
 * The charts of a disclosure page that have any money to show; one that would say nothing is a
 * sentence. Built once per disclosure and language: its page and each of its embeds show them.
 */
export const disclosureCharts: (ctx: TableContext, lang?: Lang) => ChartSpec[] = perDisclosure(
  (ctx, lang: Lang = 'zh') =>
    [functionalChart(ctx, lang), basicProjectChart(ctx.data, ctx.derived, lang), economicChart(ctx.data, lang), incomeChart(ctx.data, lang), threePublicChart(ctx.data, lang)]
      .filter(hasMoney)
      .map((spec) => {
        const sentence = chartSentence(spec);
        return sentence ? { ...spec, sentence } : spec;
      }),
  (lang: Lang = 'zh') => lang,
);

export interface YearFigures {
  year: number;
  data: Disclosure;
  derived: Derived;
}

const shown = (y: YearFigures, ref: string) => shownFigure(y.data, y.derived, ref, [...HEADLINE_TABLES, 'three_public', 'admin_costs'])?.value;

/**
 * A department across its years: 基本/项目 stacked, and 三公 with 机关运行经费. Years only printed
 * as last year's figures in a later file are labelled so; a year is drawn in a chart only when it
 * has every figure the chart stacks or sets side by side.
 */
export function departmentCharts(name: string, timeline: readonly TimelineYear[], lang: Lang = 'zh'): ChartSpec[] {
  const label = (y: TimelineYear) => (y.kind === 'prior-year' ? tf('yearPrinted', lang, { year: y.year }) : tf('yearOnly', lang, { year: y.year }));
  const chart = (id: string, title: string, refs: readonly TimelineRef[], stacked: boolean): ChartSpec => {
    const rows = timeline.filter((y) => refs.every((r) => y.cells[r]));
    return {
      id,
      kind: 'bar',
      ...(stacked && { stacked }),
      lang,
      subject: name,
      title,
      ...unitOf(lang),
      labelHeading: t('year', lang),
      labels: rows.map(label),
      series: refs.map((r) => ({ label: SPENDING[r][lang], values: rows.map((y) => fixed(y.cells[r]!.value)) })),
    };
  };
  return [chart('years-total', t('chartYearsTotal', lang), ['basic', 'project'], true), chart('years-running', t('chartYearsRunning', lang), ['three_public', 'admin_costs'], false)].filter(hasMoney);
}

/**
 * Departments compared on their latest year. `title` says what is compared; `subject`, a name
 * from the data (the region), goes before it. The title names the year, or the range of years
 * when the departments' latest years differ; each label names its own.
 */
export function comparisonChart(title: string, items: readonly { label: string; figures: YearFigures }[], lang: Lang = 'zh', subject?: string): ChartSpec {
  const sorted = [...items].sort((a, b) => (shown(b.figures, 'total') ?? ZERO).comparedTo(shown(a.figures, 'total') ?? ZERO)).slice(0, CHART_BARS_MAX);
  return {
    id: 'departments',
    kind: 'bar',
    horizontal: true,
    stacked: true,
    lang,
    title: barsTitle(title, sorted.map((i) => i.figures.year), items.length, lang),
    ...(subject !== undefined && { subject }),
    ...unitOf(lang),
    labelHeading: t('departmentYear', lang),
    labels: sorted.map((i) => tf('inYear', lang, { name: i.label, year: i.figures.year })),
    dataLabels: true,
    series: [
      { label: SPENDING.basic[lang], values: sorted.map((i) => fixed(shown(i.figures, 'basic') ?? ZERO)) },
      { label: SPENDING.project[lang], values: sorted.map((i) => fixed(shown(i.figures, 'project') ?? ZERO)) },
    ],
  };
}

/**
 * One figure across departments and years (a compare page): a bar per disclosure, the largest
 * first, as the rows come, at most CHART_BARS_MAX of them. The title names the year, or the range
 * when the years differ.
 */
export function compareChart(id: string, figure: string, rows: readonly { label: string; year: number; value: Decimal }[], lang: Lang = 'zh'): ChartSpec {
  const bars = rows.slice(0, CHART_BARS_MAX);
  return {
    id,
    kind: 'bar',
    horizontal: true,
    lang,
    title: barsTitle(tf('chartCompare', lang, { figure }), bars.map((r) => r.year), rows.length, lang),
    ...unitOf(lang),
    labelHeading: t('departmentYear', lang),
    labels: bars.map((r) => tf('inYear', lang, { name: r.label, year: r.year })),
    dataLabels: true,
    series: [{ label: figure, values: bars.map((r) => fixed(r.value)) }],
  };
}

/**
 * Bars a chart of departments draws at most. Each is 34 px tall, drawn at the screen's density:
 * Chromium leaves a canvas past 65,535 pixels blank, about 640 bars on a phone at density 3, and
 * long before that no one reads the bars.
 */
export const CHART_BARS_MAX = 30;

/** A chart of departments' title: the year its bars show, or their range, and how many of how many it draws. */
function barsTitle(title: string, barYears: readonly number[], rows: number, lang: Lang): string {
  const years = [...new Set(barYears)].sort((a, b) => a - b);
  const dated = years.length > 1 ? tf('chartYearsDiffer', lang, { title, from: years[0]!, to: years[years.length - 1]! }) : years.length ? tf('chartOneYear', lang, { title, year: years[0]! }) : title;
  return rows > barYears.length ? tf('chartLargestOf', lang, { title: dated, shown: barYears.length, total: formatCount(rows) }) : dated;
}
