// Charts draw the same figures as the tables: specs are built from the derived figures, and the
// numbers in them are the ones the tables and the summary show.
import { describe, expect, it } from 'vitest';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { correctedData } from '../../src/lib/validate/corrections.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { functionalRows, standardTables } from '../../src/lib/derive/tables.ts';
import { summarise } from '../../src/lib/derive/summary.ts';
import { basicProjectChart, comparisonChart, departmentCharts, disclosureCharts, economicChart, functionalChart, threePublicChart } from '../../src/lib/charts/specs.ts';
import { Decimal } from '../../src/lib/money.ts';
import { PALETTE } from '../../src/lib/charts/palette.ts';

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

describe('department and comparison charts', () => {
  const years = entries.map((e) => ({ year: e.ctx.data.year, data: e.ctx.data, derived: e.ctx.derived }));

  it('stacks basic and project per year to the total', () => {
    const [spec] = departmentCharts('某局', years);
    years.forEach((y, i) => {
      expect(new Decimal(spec!.series[0]!.values[i]!).plus(spec!.series[1]!.values[i]!).minus(summarise(tableContextFor(result, y.data, y.derived)).total.shown!.value).abs().lte('0.02')).toBe(true);
    });
  });

  it('orders departments by total, largest first', () => {
    const spec = comparisonChart('比较', years.map((y, i) => ({ label: `部门${i}`, figures: y })));
    const totals = spec.labels.map((_, i) => new Decimal(spec.series[0]!.values[i]!).plus(spec.series[1]!.values[i]!));
    for (let i = 1; i < totals.length; i++) expect(totals[i - 1]!.gte(totals[i]!)).toBe(true);
  });

  it('uses a colour-blind-safe palette with distinct colours', () => {
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    expect(PALETTE.slice(0, 2)).toEqual(['#0072B2', '#E69F00']);
  });
});
