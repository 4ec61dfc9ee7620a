// Compare pages' data: each figure as its disclosure page shows it (printed decimals, the anchor
// where it stands), rows ordered and grouped by department type and year, per resident only where
// the year has a population, and a chart that draws the same values.
import { describe, expect, it } from 'vitest';
import { COMPARE_FIGURES, compareFigureOf, compareRows, departmentType, peerGroups, peersPath, shownFigures, yearsOf, type CompareSource, type FigureShown } from '../../src/lib/derive/compare.ts';
import { compareChart } from '../../src/lib/charts/specs.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { Decimal } from '../../src/lib/money.ts';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { correctedData } from '../../src/lib/validate/corrections.ts';

const result = checkPortal('data');
const shownOf = (region: string, year: number) => {
  const d = result.portal.disclosures.find((x) => x.source.region === region && x.source.year === year)!;
  return shownFigures(tableContextFor(result, correctedData(d)));
};
const text = (s: FigureShown | undefined) => (s ? `${formatFixed(s.value, s.scale)}${s.differs ? '†' : ''} #${s.anchor}` : undefined);

describe('the figures compared', () => {
  it('are the summary’s five headline figures and the four parts of 三公, each with its own page', () => {
    expect(COMPARE_FIGURES.map((f) => f.slug)).toEqual(['total', 'basic', 'project', 'three-public', 'three-public-outbound', 'three-public-reception', 'three-public-vehicle-purchase', 'three-public-vehicle-operation', 'admin-costs']);
    expect(COMPARE_FIGURES.map((f) => f.term.zh)).toEqual(['支出合计', '基本支出', '项目支出', '“三公”经费', '因公出国（境）费', '公务接待费', '公务用车购置费', '公务用车运行维护费', '机关运行经费']);
    expect(compareFigureOf('three_public')?.slug).toBe('three-public');
    expect(compareFigureOf('largest')).toBeUndefined();
  });
});

describe('a disclosure’s figures, as its page shows them', () => {
  it('临汾 2020: the summary’s printed figures, and the 三公 table’s rows (blank parts as 0.00, as the table prints them)', () => {
    const s = shownOf('linfen', 2020);
    // data/linfen/xingzheng-shenpi/2020.yaml: 支出总表 total 1138.19, basic 436.09, project 702.1;
    // 三公 table 3.9 (printed with one decimal); 机关运行经费 77.27; reception 1.5, vehicle operation 2.4.
    expect(text(s.get('total'))).toBe('1,138.19 #figure-total');
    expect(text(s.get('basic'))).toBe('436.09 #figure-basic');
    expect(text(s.get('project'))).toBe('702.1 #figure-project');
    expect(text(s.get('three_public'))).toBe('3.9 #figure-three_public');
    expect(text(s.get('admin_costs'))).toBe('77.27 #figure-admin_costs');
    expect(text(s.get('three_public.outbound'))).toBe('0.00 #table-three_public');
    expect(text(s.get('three_public.reception'))).toBe('1.50 #table-three_public');
    expect(text(s.get('three_public.vehicle_purchase'))).toBe('0.00 #table-three_public');
    expect(text(s.get('three_public.vehicle_operation'))).toBe('2.40 #table-three_public');
  });

  it('晋城 2024: 公务接待费 3.00 is the only part with money', () => {
    const s = shownOf('jincheng', 2024);
    expect(text(s.get('three_public.reception'))).toBe('3.00 #table-three_public');
    expect(text(s.get('three_public.vehicle_operation'))).toBe('0.00 #table-three_public');
  });
});

/** A disclosure with hand-picked figures. */
function source(region: string, year: number, figures: Record<string, string>, extra: Partial<CompareSource> = {}): CompareSource {
  return {
    region,
    regionName: `${region}-name`,
    department: 'dept',
    departmentName: `${region}-dept`,
    type: 'dept',
    year,
    path: `/${region}/dept/${year}/`,
    figures: new Map(Object.entries(figures).map(([ref, v]) => [ref, { value: new Decimal(v), scale: v.split('.')[1]?.length ?? 0, differs: false, anchor: `figure-${ref}` }])),
    ...extra,
  };
}

describe('compare rows', () => {
  const total = COMPARE_FIGURES[0]!;
  const sources = [
    source('b', 2021, { total: '100.5' }),
    source('a', 2020, { total: '2000' }, { population: 400 }),
    source('c', 2021, { total: '100.50' }, { type: 'other' }),
    source('d', 2020, { basic: '5' }),
  ];

  it('hold every disclosure that shows the figure, the largest first, ties by region', () => {
    const rows = compareRows(total, sources);
    expect(rows.map((r) => `${r.region} ${formatFixed(r.shown.value, r.shown.scale)}`)).toEqual(['a 2,000', 'b 100.5', 'c 100.50']);
    expect(yearsOf(rows)).toEqual([2020, 2021]);
  });

  it('give per resident only where the year has a population: 2000 万元 over 400 people is 50000 元', () => {
    const rows = compareRows(total, sources);
    expect(rows.map((r) => r.perResident?.toString())).toEqual(['50000', undefined, undefined]);
  });

  it('group peers by department type and year, the latest year first, each with its anchor', () => {
    const groups = peerGroups(compareRows(total, sources));
    expect(groups.map((g) => [g.anchor, g.rows.map((r) => r.region)])).toEqual([
      ['peers-dept-2021', ['b']],
      ['peers-other-2021', ['c']],
      ['peers-dept-2020', ['a']],
    ]);
    expect(peersPath('total', 'dept', 2021)).toBe('/compare/total/#peers-dept-2021');
  });

  it('take a department’s type from department.yaml, else from its folder', () => {
    expect(departmentType({}, 'xingzheng-shenpi')).toBe('xingzheng-shenpi');
    expect(departmentType({ type: 'shenpi' }, 'xingzheng-shenpi')).toBe('shenpi');
  });
});

describe('the compare chart', () => {
  it('draws a bar per row in the rows’ order, at two decimals, and names the years it mixes', () => {
    const rows = [
      { label: '忻州市行政审批服务管理局', year: 2022, value: new Decimal('6442.05') },
      { label: '临汾市行政审批服务管理局', year: 2020, value: new Decimal('702.1') },
    ];
    const spec = compareChart('compare-total', '支出合计', rows, 'zh');
    expect(spec.labels).toEqual(['忻州市行政审批服务管理局（2022年）', '临汾市行政审批服务管理局（2020年）']);
    expect(spec.series).toEqual([{ label: '支出合计', values: ['6442.05', '702.10'] }]);
    expect(spec.title).toBe('各部门支出合计（各部门年度不同：2020—2022年）');
    expect(compareChart('compare-total', 'Total expenditure', rows.slice(0, 1), 'en').title).toBe('Total expenditure by department (2022)');
  });

  it('draws the first 30 of more rows (the largest: rows come largest first), with the years of those', () => {
    // 1,234 rows of 1,234 down to 1 万元; only the smallest is from 2019.
    const rows = Array.from({ length: 1234 }, (_, i) => ({ label: `部门${i}`, year: i === 1233 ? 2019 : 2023, value: new Decimal(1234 - i) }));
    const spec = compareChart('compare-total', '支出合计', rows, 'zh');
    expect(spec.labels).toHaveLength(30);
    expect(spec.labels[29]).toBe('部门29（2023年）');
    expect(spec.series[0]!.values.slice(0, 2)).toEqual(['1234.00', '1233.00']);
    expect(spec.series[0]!.values[29]).toBe('1205.00');
    expect(spec.title).toBe('各部门支出合计（2023年）：最大的 30 个（共 1,234 个，全部见表格）');
  });
});
