// The figure registry: names parse and print back, each kind computes from the leaves by hand-worked
// values, and descriptions come in both languages.
import { describe, expect, it } from 'vitest';
import { describeFigure, FIGURE_KINDS, FIGURE_REF_EXAMPLES, formatFigureRef, parseFigureRef } from '../../src/lib/figures/registry.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { derive } from '../../src/lib/derive/derive.ts';

describe('figure names', () => {
  it('parses every documented example and prints it back unchanged', () => {
    for (const name of FIGURE_REF_EXAMPLES) {
      const ref = parseFigureRef(name);
      expect(ref, name).not.toBeNull();
      expect(formatFigureRef(ref!)).toBe(name);
    }
  });

  it('has an example for every kind', () => {
    for (const kind of FIGURE_KINDS.keys()) expect(FIGURE_REF_EXAMPLES.some((e) => e.split('.')[0] === kind), kind).toBe(true);
  });

  it.each([
    'totals',
    'function.20103.basics',
    'function.2010.basic',
    'function.201.general.salaries',
    'function.201.project.salaries',
    'basic.general',
    'income.tax',
    'fund.general_budget.total',
    'economic.3011',
    'economic_all.basic.301',
    'three_public.training.x',
    'income_item.Tax',
    '',
  ])('rejects %s', (name) => {
    expect(parseFigureRef(name)).toBeNull();
  });

  it.each(['function.201.basic.salaries', 'function.2010302.project.special', 'economic_all.basic', 'economic_gov.50101.general_budget', 'fund.gov_fund.project', 'three_public.training', 'carried_over'])('accepts %s', (name) => {
    expect(parseFigureRef(name)).not.toBeNull();
  });
});

describe('figures of the Henan fixture, worked by hand', () => {
  const result = checkPortal('tests/fixtures/templates/henan');
  const data = result.portal.disclosures[0]!.data;
  const d = derive(data);
  const value = (name: string) => d.figure(name)?.value.toFixed(2);

  it('sums lines by column and by part', () => {
    // 300 + 30 + 40 + 20 basic; 120 + 10 + 5 project.
    expect(value('basic')).toBe('390.00');
    expect(value('project')).toBe('135.00');
    // salaries 200 + 30 + 40 + 20; general 70 + 10; special 50 + 5.
    expect(value('basic.salaries')).toBe('290.00');
    expect(value('project.general')).toBe('80.00');
    expect(value('project.special')).toBe('55.00');
    expect(value('function.201.basic.salaries')).toBe('230.00');
  });

  it('keeps carried-over money out of the fund columns and in its own', () => {
    // 2010302: 120 general budget this year, 10 carried over, 5 from the reserve fund.
    expect(value('function.2010302.general_budget')).toBe('120.00');
    expect(value('function.2010302.carried_over')).toBe('10.00');
    expect(value('function.2010302.business_fund')).toBe('5.00');
    expect(value('carried_over')).toBe('10.00');
    // 其中：财政拨款 of 201: 300 + 120 (not the carried-over 10, not 事业收入 30, not 事业基金 5).
    expect(value('function.201.fiscal')).toBe('420.00');
    expect(value('fiscal')).toBe('480.00');
  });

  it('reads all spending by economic class, by part and by fund', () => {
    expect(value('economic_all')).toBe('525.00');
    expect(value('economic_all.basic')).toBe('390.00');
    expect(value('economic_all.302.project')).toBe('110.00');
    expect(value('economic_all.301.business_income')).toBe('30.00');
    expect(value('economic_gov')).toBe('525.00');
    // 50201 70 + 50206 2 + 50208 8 + 50299 110.
    expect(value('economic_gov.502')).toBe('190.00');
    // Printed where the file has it; here derived as all − basic: 302 is 190 − 80.
    expect(value('economic_project.302')).toBe('110.00');
  });

  it('reads income items and the 三公 parts', () => {
    expect(value('income_item.non-tax')).toBe('10.00');
    expect(value('income')).toBe('515.00');
    expect(value('income_grand_total')).toBe('525.00');
    expect(value('three_public')).toBe('10.00');
    expect(value('three_public.vehicles')).toBe('8.00');
    expect(d.figure('three_public.training')).toBeUndefined();
  });

  it('describes figures in both languages', () => {
    expect(describeFigure('function.2010301.basic.salaries', data)).toEqual({ zh: '2010301 行政运行（工资福利支出）', en: '2010301 行政运行 (Salaries and benefits)' });
    expect(describeFigure('income_item.non-tax', data).zh).toContain('纳入预算管理的非税收入拨款');
    expect(describeFigure('economic_all.basic', data).en).toContain('Basic expenditure');
  });
});
