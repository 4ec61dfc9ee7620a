// Charts draw the same figures as the tables: specs are built from the derived figures, and the
// numbers in them are the ones the tables and the summary show.
import { describe, expect, it } from 'vitest';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { correctedData } from '../../src/lib/validate/corrections.ts';
import { functionalRows, standardTables } from '../../src/lib/derive/tables.ts';
import { summarise } from '../../src/lib/derive/summary.ts';
import { departmentTimeline } from '../../src/lib/derive/timeline.ts';
import { basicProjectChart, chartTitle, comparisonChart, departmentCharts, disclosureCharts, economicChart, functionalChart, incomeChart, threePublicChart, type ChartSpec } from '../../src/lib/charts/specs.ts';
import { SPENDING, THREE_PUBLIC, THREE_PUBLIC_PARTS } from '../../src/lib/glossary.ts';
import { tf } from '../../src/lib/i18n.ts';
import { Decimal } from '../../src/lib/money.ts';
import { PALETTE } from '../../src/lib/charts/palette.ts';
import { shortenLabel } from '../../src/lib/charts/label.ts';

const result = checkPortal('data');
const { portal } = result;
const entries = portal.disclosures.map((d) => {
  const data = correctedData(d);
  return { file: d.source.file, ctx: tableContextFor(result, data) };
});
const sum = (values: string[]) => values.reduce((s, v) => s.plus(v), new Decimal(0));

describe.each(entries.map((e) => [e.file, e.ctx] as const))('%s', (_file, ctx) => {
  it('draws every functional item with the basic and project amounts of the expenditure table', () => {
    const spec = functionalChart(ctx);
    const rows = functionalRows(ctx).filter((r) => r.level === 'item');
    expect(spec.labels.length).toBe(rows.length);
    for (const r of rows) {
      const i = spec.labels.indexOf(`${r.name}（${r.code}）`);
      expect(i).toBeGreaterThanOrEqual(0);
      expect([spec.series[0]!.values[i], spec.series[1]!.values[i]]).toEqual([r.basic.toFixed(2), r.project.toFixed(2)]);
    }
  });

  it('splits basic and project exactly as the summary shows them', () => {
    const summary = summarise(ctx);
    expect(basicProjectChart(ctx.data, ctx.derived).series[0]!.values).toEqual([summary.basic.shown!.value.toFixed(2), summary.project.shown!.value.toFixed(2)]);
  });

  it('adds the economic chart up to the economic table', () => {
    const spec = economicChart(ctx.data);
    const table = standardTables(ctx).find((t) => t.id === 'basic_economic')!;
    const lines = table.rows.filter((r) => r.kind === 'line');
    expect(sum([...spec.series[0]!.values, ...spec.series[1]!.values]).toFixed(2)).toBe(lines.reduce((s, r) => s.plus(r.cells[0]!.value!), new Decimal(0)).toFixed(2));
  });

  it('shows the 三公 parts of the 三公 table', () => {
    const table = standardTables(ctx).find((t) => t.id === 'three_public')!;
    if (table.empty) return;
    const spec = threePublicChart(ctx.data);
    expect(sum(spec.series[0]!.values).toFixed(2)).toBe(ctx.derived.figure('three_public')!.value.toFixed(2));
  });

  it('keeps only charts with money, each with a title and its unit', () => {
    for (const spec of disclosureCharts(ctx)) {
      expect(spec.title).toMatch(/\d{4}年/);
      expect(spec.unit).toBe('万元');
      expect(spec.series.flatMap((s) => s.values).some((v) => v !== '0.00')).toBe(true);
      for (const s of spec.series) expect(s.values.length).toBe(spec.labels.length);
    }
  });
});

const HAN = /\p{Script=Han}/u;
/** Every word of a spec that is not a name from the data. */
const words = (spec: ChartSpec) => [spec.title, spec.labelHeading, spec.unitLabel, ...spec.series.map((s) => s.label), ...(spec.dataLabels ? [] : spec.labels)];

describe.each(entries.map((e) => [e.file, e.ctx] as const))('%s: chart words in both languages', (_file, ctx) => {
  it('titles, headings, legends and units in English on English pages; names from the data stay Chinese', () => {
    const en = disclosureCharts(ctx, 'en');
    expect(en.length).toBe(disclosureCharts(ctx).length);
    for (const spec of en) {
      expect(spec.lang).toBe('en');
      for (const w of words(spec)) expect(w, `${spec.id}: ${w}`).not.toMatch(HAN);
      expect(spec.title).toContain(String(ctx.data.year));
      expect(spec.unit).toBe('万元');
      expect(spec.unitLabel).toBe('10k yuan');
    }
    const fn = functionalChart(ctx, 'en');
    expect(fn.dataLabels).toBe(true);
    expect(fn.labels.every((l) => HAN.test(l))).toBe(true);
    expect(fn.labels.every((l) => /\(\d+\)$/.test(l))).toBe(true);
  });

  it('takes its legends and labels from the glossary in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(functionalChart(ctx, lang).series.map((s) => s.label)).toEqual([SPENDING.basic[lang], SPENDING.project[lang]]);
      expect(basicProjectChart(ctx.data, ctx.derived, lang).labels).toEqual([SPENDING.basic[lang], SPENDING.project[lang]]);
      expect(economicChart(ctx.data, lang).series.map((s) => s.label)).toEqual([SPENDING.personnel[lang], SPENDING.public_costs[lang]]);
      expect(threePublicChart(ctx.data, lang).labels).toEqual(THREE_PUBLIC_PARTS.map((p) => THREE_PUBLIC[p][lang]));
      expect(threePublicChart(ctx.data, lang).series[0]!.label).toBe(SPENDING.three_public[lang]);
    }
    expect(incomeChart(ctx.data, 'zh').title).toBe(`${ctx.data.year}年收入来源`);
    expect(incomeChart(ctx.data, 'en').title).toBe(`Sources of income, ${ctx.data.year}`);
  });

  it('draws the same numbers in both languages', () => {
    const strip = (s: ChartSpec) => s.series.map((x) => x.values);
    const zh = disclosureCharts(ctx, 'zh');
    disclosureCharts(ctx, 'en').forEach((spec, i) => expect(strip(spec)).toEqual(strip(zh[i]!)));
  });
});

describe('department and comparison charts', () => {
  const years = entries.map((e) => ({ year: e.ctx.data.year, data: e.ctx.data, derived: e.ctx.derived }));

  it('stacks basic and project per year to the total', () => {
    const timeline = departmentTimeline(years);
    const [spec] = departmentCharts('某局', timeline);
    const held = timeline.filter((y) => y.kind === 'disclosure');
    held.forEach((y) => {
      const i = spec!.labels.indexOf(`${y.year}年`);
      const data = years.find((d) => d.year === y.year)!;
      expect(new Decimal(spec!.series[0]!.values[i]!).plus(spec!.series[1]!.values[i]!).minus(summarise(tableContextFor(result, data.data, data.derived)).total.shown!.value).abs().lte('0.02')).toBe(true);
    });
  });

  it('draws a year printed only as last year\'s figures, labelled so, and only in the charts whose figures it has', () => {
    // 忻州 2022 prints 2021's 基本支出 1,218.09 and 项目支出 1,375.73 (prior_year); 晋城 2024 prints 2023's 三公 and 机关运行经费 but not 基本/项目.
    const xinzhou = years.filter((y) => y.data.region === 'xinzhou');
    const [total, running] = departmentCharts('某局', departmentTimeline(xinzhou));
    expect(total!.labels).toEqual(['2021年（上年数）', '2022年']);
    expect(total!.series.map((s) => s.values[0])).toEqual(['1218.09', '1375.73']);
    expect(running!.labels).toEqual(['2021年（上年数）', '2022年']);
    const jincheng = departmentTimeline(years.filter((y) => y.data.region === 'jincheng'));
    const [jTotal, jRunning] = departmentCharts('某局', jincheng, 'en');
    expect(jTotal!.labels).toEqual(['2024']);
    expect(jRunning!.labels).toEqual(['2023 (as printed)', '2024']);
    expect(jRunning!.series.map((s) => s.values[0])).toEqual(['8.10', '156.53']);
  });

  it('orders departments by total, largest first', () => {
    const spec = comparisonChart('比较', years.map((y, i) => ({ label: `部门${i}`, figures: y })));
    const totals = spec.labels.map((_, i) => new Decimal(spec.series[0]!.values[i]!).plus(spec.series[1]!.values[i]!));
    for (let i = 1; i < totals.length; i++) expect(totals[i - 1]!.gte(totals[i]!)).toBe(true);
  });

  it('draws the 30 largest of many departments, names the years of those it draws, and says how many there are', () => {
    // Ten copies of each demo year: 临汾 2020 has the smallest total (1,138.19 万元), so its ten
    // are left out, and the bars' years run 2022–2024.
    const many = Array.from({ length: 10 }, (_, copy) => years.map((y) => ({ label: `${y.data.region}${copy}`, figures: y }))).flat();
    const zh = comparisonChart('比较', many);
    expect(zh.labels).toHaveLength(30);
    expect(zh.labels.filter((l) => l.startsWith('linfen'))).toEqual([]);
    expect(zh.title).toBe('比较（各部门年度不同：2022—2024年）：最大的 30 个（共 40 个，全部见表格）');
    expect(comparisonChart('Departments', many, 'en').title).toBe('Departments (the years differ: 2022–2024): the 30 largest of 40 (the table has them all)');
    // Thirty or fewer: every one, and the title says nothing of a cut.
    expect(comparisonChart('比较', many.slice(0, 30)).title).toBe('比较（各部门年度不同：2020—2024年）');
  });

  it('puts the department or region before the title, in either language', () => {
    const held = years.filter((y) => y.data.region !== 'xinzhou');
    const [zh] = departmentCharts('某局', departmentTimeline(held));
    const [en] = departmentCharts('某局', departmentTimeline(held), 'en');
    expect(chartTitle(zh!)).toBe('某局各年度支出（基本支出与项目支出）');
    expect(chartTitle(en!)).toBe('某局: spending by year (basic and project expenditure)');
    expect(en!.labels).toEqual(held.map((y) => String(y.year)).sort());
    for (const w of words(en!)) expect(w).not.toMatch(HAN);
    const region = comparisonChart('departments, latest year', years.map((y, i) => ({ label: `部门${i}`, figures: y })), 'en', '临汾市');
    expect(chartTitle(region)).toBe('临汾市: departments, latest year (the years differ: 2020–2024)');
    expect(region.labelHeading).toBe('Department (year)');
    expect(region.labels[0]).toMatch(/^部门\d \(\d{4}\)$/);
  });

  it('says which year the compared figures are from: the year, or the range when they differ', () => {
    const items = years.map((y, i) => ({ label: `部门${i}`, figures: y }));
    expect(years.map((y) => y.year).sort()).toEqual([2020, 2022, 2023, 2024]);
    expect(comparisonChart('各部门最新年度支出', items).title).toBe('各部门最新年度支出（各部门年度不同：2020—2024年）');
    expect(comparisonChart('Departments, latest year', items, 'en').title).toBe('Departments, latest year (the years differ: 2020–2024)');
    const in2024 = items.filter((i) => i.figures.year === 2024);
    expect(comparisonChart('各部门最新年度支出', in2024).title).toBe('各部门最新年度支出（2024年）');
    expect(comparisonChart('Departments, latest year', in2024, 'en').title).toBe('Departments, latest year (2024)');
    // Each row names its year too.
    expect(comparisonChart('比较', items).labels.map((l) => l.replace(/^部门\d/, '')).sort()).toEqual(['（2020年）', '（2022年）', '（2023年）', '（2024年）']);
  });

  it('cuts a long label on the drawn axis but keeps its year or code', () => {
    expect(shortenLabel('忻州市行政审批服务管理局（2022年）', 12)).toBe('忻州市行…（2022年）');
    expect(shortenLabel('忻州市行政审批服务管理局 (2022)', 12)).toBe('忻州市行… (2022)');
    expect(shortenLabel('一般行政管理事务（2010301）', 12)).toBe('一般…（2010301）');
    expect(shortenLabel('机关服务（2010302）', 13)).toBe('机关服务（2010302）');
    expect(shortenLabel('机关事业单位基本养老保险缴费', 8)).toBe('机关事业单位基…');
  });

  it('uses a colour-blind-safe palette with distinct colours', () => {
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    expect(PALETTE.slice(0, 2)).toEqual(['#0072B2', '#E69F00']);
  });
});

describe('a chart that would say nothing is a sentence', () => {
  const linfen = entries.find((e) => e.file.includes('linfen'))!.ctx;
  const fenyang = entries.find((e) => e.file.includes('fenyang'))!.ctx;
  const said = (spec: ChartSpec) => (spec.sentence ? tf(spec.sentence.key, spec.lang, spec.sentence.params) : undefined);

  it('says the single income source at 100% instead of drawing one bar', () => {
    const income = disclosureCharts(linfen).find((c) => c.id === 'income')!;
    expect(said(income)).toBe('2020年收入来源：全部为一般公共预算，1,138.19 万元。');
    expect(said(disclosureCharts(linfen, 'en').find((c) => c.id === 'income')!)).toBe('Sources of income, 2020: General public budget only, 1,138.19 10k yuan.');
  });

  it('says the one part of 三公 that has money, and draws 三公 where several parts have', () => {
    // 汾阳 2023: 公务用车运行维护费 5.00, the other three parts 0.
    expect(said(disclosureCharts(fenyang).find((c) => c.id === 'three-public')!)).toBe('2023年“三公”经费构成：全部为公务用车运行维护费，5.00 万元。');
    // 临汾 2020 prints 公务接待费 and 公务用车运行维护费.
    expect(disclosureCharts(linfen).find((c) => c.id === 'three-public')!.sentence).toBeUndefined();
  });

  it('says the basic/project doughnut the cards already show, with shares worked by hand', () => {
    // 436.09 / 1,138.19 = 38.31…% and 702.10 / 1,138.19 = 61.68…%.
    expect(said(disclosureCharts(linfen).find((c) => c.id === 'basic-project')!)).toBe('2020年基本支出与项目支出：基本支出 436.09 万元（38.3%）、项目支出 702.10 万元（61.7%）。');
  });

  it('keeps drawing charts with many amounts', () => {
    for (const id of ['by-function', 'basic-economic']) expect(disclosureCharts(linfen).find((c) => c.id === id)!.sentence, id).toBeUndefined();
  });
});
