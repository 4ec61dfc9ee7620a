// A project's amount from a form in 元 or in 万元: exact conversions, rounding only for display.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annualFunding, annualYuan, formUnit, projectAmount, projectWan } from '../../src/lib/derive/project-amount.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { disclosureSchema, type Project } from '../../src/lib/schema/index.ts';
import { FIXTURES } from '../support/fixtures.ts';

function project(input: Record<string, unknown>): Project {
  const parsed = disclosureSchema.shape.projects.unwrap().element.safeParse({ id: 'p', name: '项目', ...input });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

describe('project amounts', () => {
  it('reads a 元 form as before: 元 ÷ 10000 unrounded for sums, rounded for the table', () => {
    const p = project({ funding: { annual: { local: '636070.75', total: '636070.75' } } });
    expect(formUnit(p)).toBe('元');
    expect(annualYuan(p)!.value.toFixed()).toBe('636070.75');
    expect(projectAmount(p, 3)).toMatchObject({ rounded: false, path: ['projects', 3, 'funding', 'annual', 'total'] });
    expect(projectAmount(p, 3)!.wan.toFixed()).toBe('63.607075');
    expect(projectWan(p)!.toFixed(2)).toBe('63.61');
  });

  it('reads a 万元 form in 万元: its figures are rounded ones, its 元 are × 10000 exactly', () => {
    const p = project({ form_unit: '万元', funding: { annual: { central: '23.33', local: '46.66' } } });
    expect(annualFunding(p)).toMatchObject({ unit: '万元', addends: 2, scale: 2, path: ['funding', 'annual'] });
    expect(annualFunding(p)!.value.toFixed()).toBe('69.99');
    expect(annualYuan(p)!.value.toFixed()).toBe('699900');
    expect(projectAmount(p, 0)).toMatchObject({ rounded: true });
    expect(projectAmount(p, 0)!.wan.toFixed()).toBe('69.99');
    expect(projectWan(p)!.toFixed(2)).toBe('69.99');
    const precise = project({ form_unit: '万元', funding: { annual: { total: '12.345678' } } });
    expect(projectWan(precise)!.toFixed()).toBe('12.35');
    expect(annualYuan(precise)!.value.toFixed()).toBe('123456.78');
  });

  it('prefers the project table’s 万元 where it is printed', () => {
    const p = project({ amount: '70.00', form_unit: '万元', funding: { annual: { total: '70.01' } } });
    expect(projectWan(p)!.toFixed(2)).toBe('70.00');
    expect(projectAmount(p, 0)).toMatchObject({ rounded: true, path: ['projects', 0, 'amount'] });
  });

  it('holds a 元 form to fen and lets a 万元 form print six decimals', () => {
    const schema = disclosureSchema.shape.projects.unwrap().element;
    expect(schema.safeParse({ id: 'p', name: '项目', funding: { annual: { total: '700000.005' } } }).success).toBe(false);
    expect(schema.safeParse({ id: 'p', name: '项目', form_unit: '万元', funding: { annual: { total: '70.000005' } } }).success).toBe(true);
    expect(schema.safeParse({ id: 'p', name: '项目', form_unit: '万元', funding: { annual: { total: '70.0000005' } } }).success).toBe(false);
  });

  it('checks the demo fixture of a 万元 form without findings', () => {
    const { findings } = checkPortal(join(FIXTURES, 'rules', 'project--yuan-wan', 'pass'));
    expect(findings).toEqual([]);
  });
});
