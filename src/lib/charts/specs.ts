// Chart specifications, built from the same derived figures as the tables. A spec carries its
// numbers as exact decimal strings; the browser turns them into bar lengths only, and shows the
// strings themselves in tooltips and in the table beside the chart.
import { ZERO, type Decimal } from '../money.ts';
import { FUNDS, FUND_IDS, SPENDING, THREE_PUBLIC, THREE_PUBLIC_PARTS } from '../glossary.ts';
import { roundHalfUp } from '../money.ts';
import type { Derived } from '../derive/derive.ts';
import { shownFigure } from '../derive/display.ts';
import { HEADLINE_TABLES } from '../derive/summary.ts';
import { functionalRows, type TableContext } from '../derive/tables.ts';
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
  /** States what the chart shows, e.g. "2022年支出按功能分类（项）". */
  title: string;
  unit: '万元';
  labels: string[];
  series: ChartSeries[];
  /** Column heading for the labels in the table beside the chart. */
  labelHeading: string;
}

export { PALETTE } from './palette.ts';

const fixed = (d: Decimal) => roundHalfUp(d, 2).toFixed(2);

function hasMoney(spec: ChartSpec): boolean {
  return spec.series.some((s) => s.values.some((v) => v !== '0.00'));
}

/** Where the money goes: functional items (项), the largest first. */
export function functionalChart(ctx: TableContext): ChartSpec {
  const all = functionalRows(ctx);
  const rows = all
    .filter((r) => r.level === 'item' || !all.some((o) => o.code !== r.code && o.code.startsWith(r.code)))
    .sort((a, b) => b.total.comparedTo(a.total));
  return {
    id: 'by-function',
    kind: 'bar',
    horizontal: true,
    stacked: true,
    title: `${ctx.data.year}年支出按功能分类`,
    unit: '万元',
    labelHeading: '科目',
    labels: rows.map((r) => `${r.name}（${r.code}）`),
    series: [
      { label: SPENDING.basic.zh, values: rows.map((r) => fixed(r.basic)) },
      { label: SPENDING.project.zh, values: rows.map((r) => fixed(r.project)) },
    ],
  };
}

/** 基本支出 vs 项目支出, as published where printed. */
export function basicProjectChart(data: Disclosure, derived: Derived): ChartSpec {
  const v = (ref: string) => shownFigure(data, derived, ref, HEADLINE_TABLES)?.value ?? ZERO;
  return {
    id: 'basic-project',
    kind: 'doughnut',
    title: `${data.year}年基本支出与项目支出`,
    unit: '万元',
    labelHeading: '支出性质',
    labels: [SPENDING.basic.zh, SPENDING.project.zh],
    series: [{ label: '金额', values: [fixed(v('basic')), fixed(v('project'))] }],
  };
}

/** 基本支出 by economic 款, grouped under 人员经费 and 公用经费. */
export function economicChart(data: Disclosure): ChartSpec {
  const lines = [...(data.economic?.basic ?? [])].sort((a, b) => a.code.localeCompare(b.code));
  const personnel = (code: string) => code.startsWith('301') || code.startsWith('303');
  return {
    id: 'basic-economic',
    kind: 'bar',
    horizontal: true,
    stacked: true,
    title: data.economic?.scope === 'all' ? `${data.year}年支出按经济分类（公开表含项目支出）` : `${data.year}年基本支出按经济分类（人员经费与公用经费）`,
    unit: '万元',
    labelHeading: '经济科目',
    labels: lines.map((l) => `${l.name}${l.gov_name ? `（${l.gov_name}）` : ''}`),
    series: [
      { label: SPENDING.personnel.zh, values: lines.map((l) => (personnel(l.code) ? fixed(l.amount.value) : '0.00')) },
      { label: SPENDING.public_costs.zh, values: lines.map((l) => (personnel(l.code) ? '0.00' : fixed(l.amount.value))) },
    ],
  };
}

export function incomeChart(data: Disclosure): ChartSpec {
  const funds = [...FUND_IDS, 'carried_over' as const].filter((f) => data.income[f] && !data.income[f]!.value.isZero());
  return {
    id: 'income',
    kind: 'bar',
    title: `${data.year}年收入来源`,
    unit: '万元',
    labelHeading: '来源',
    labels: funds.map((f) => (f === 'carried_over' ? '上年结转' : FUNDS[f].zh)),
    series: [{ label: '收入', values: funds.map((f) => fixed(data.income[f]!.value)) }],
  };
}

export function threePublicChart(data: Disclosure): ChartSpec {
  const tp = data.three_public;
  return {
    id: 'three-public',
    kind: 'bar',
    title: `${data.year}年“三公”经费构成`,
    unit: '万元',
    labelHeading: '项目',
    labels: THREE_PUBLIC_PARTS.map((p) => THREE_PUBLIC[p].zh),
    series: [{ label: SPENDING.three_public.zh, values: THREE_PUBLIC_PARTS.map((p) => fixed(tp?.[p]?.value ?? ZERO)) }],
  };
}

/** The charts of a disclosure page that have any money to show. */
export function disclosureCharts(ctx: TableContext): ChartSpec[] {
  return [functionalChart(ctx), basicProjectChart(ctx.data, ctx.derived), economicChart(ctx.data), incomeChart(ctx.data), threePublicChart(ctx.data)].filter(hasMoney);
}

export interface YearFigures {
  year: number;
  data: Disclosure;
  derived: Derived;
}

const shown = (y: YearFigures, ref: string) => shownFigure(y.data, y.derived, ref, [...HEADLINE_TABLES, 'three_public', 'admin_costs'])?.value;

/** A department across its years: 基本/项目 stacked, and 三公 with 机关运行经费. */
export function departmentCharts(name: string, years: readonly YearFigures[]): ChartSpec[] {
  const labels = years.map((y) => `${y.year}年`);
  const specs: ChartSpec[] = [
    {
      id: 'years-total',
      kind: 'bar',
      stacked: true,
      title: `${name}各年度支出（基本支出与项目支出）`,
      unit: '万元',
      labelHeading: '年度',
      labels,
      series: [
        { label: SPENDING.basic.zh, values: years.map((y) => fixed(shown(y, 'basic') ?? ZERO)) },
        { label: SPENDING.project.zh, values: years.map((y) => fixed(shown(y, 'project') ?? ZERO)) },
      ],
    },
    {
      id: 'years-running',
      kind: 'bar',
      title: `${name}各年度“三公”经费与机关运行经费`,
      unit: '万元',
      labelHeading: '年度',
      labels,
      series: [
        { label: SPENDING.three_public.zh, values: years.map((y) => fixed(shown(y, 'three_public') ?? ZERO)) },
        { label: SPENDING.admin_costs.zh, values: years.map((y) => fixed(shown(y, 'admin_costs') ?? ZERO)) },
      ],
    },
  ];
  return specs.filter(hasMoney);
}

/** Departments compared on their latest year. */
export function comparisonChart(title: string, items: readonly { label: string; figures: YearFigures }[]): ChartSpec {
  const sorted = [...items].sort((a, b) => (shown(b.figures, 'total') ?? ZERO).comparedTo(shown(a.figures, 'total') ?? ZERO));
  return {
    id: 'departments',
    kind: 'bar',
    horizontal: true,
    stacked: true,
    title,
    unit: '万元',
    labelHeading: '部门（年度）',
    labels: sorted.map((i) => `${i.label}（${i.figures.year}年）`),
    series: [
      { label: SPENDING.basic.zh, values: sorted.map((i) => fixed(shown(i.figures, 'basic') ?? ZERO)) },
      { label: SPENDING.project.zh, values: sorted.map((i) => fixed(shown(i.figures, 'project') ?? ZERO)) },
    ],
  };
}
