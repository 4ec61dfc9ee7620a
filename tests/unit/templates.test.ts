// Templates as data: the built-in templates load and are sound, the Henan fixture fits its
// template whole, the one builder lays out any template's tables, and a printed figure is accepted
// only under a table that prints it.
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../src/lib/source/load.ts';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { standardTables, type StandardTable } from '../../src/lib/derive/tables.ts';
import { tableAccepts } from '../../src/lib/derive/template-cells.ts';
import { parseFigureRef } from '../../src/lib/figures/registry.ts';
import { checkTemplate } from '../../src/lib/validate/rules/template.ts';

const HENAN = 'tests/fixtures/templates/henan';

describe('built-in templates', () => {
  const templates = builtInTemplates();

  it('are the Shanxi and the Henan one', () => {
    expect([...templates.keys()].sort()).toEqual(['henan-provincial', 'shanxi-municipal']);
  });

  it.each([...builtInTemplates().keys()])('%s has no finding of its own', (id) => {
    expect(checkTemplate(templates.get(id)!)).toEqual([]);
  });
});

describe('the Henan fixture', () => {
  const result = checkPortal(HENAN);
  const file = result.portal.disclosures[0]!;
  const tables = standardTables(tableContextFor(result, result.corrected.get(file.source.file)!), '/p/');
  const table = (id: string) => tables.find((t) => t.id === id)!;
  const row = (t: StandardTable, label: string) => t.rows.find((r) => r.label.zh === label || r.code === label)!;
  const cells = (t: StandardTable, label: string) => row(t, label).cells.map((c) => (c.value === null ? null : c.value.toFixed(c.scale)));

  it('checks clean: every printed total in place, every table known', () => {
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('lays out its template’s tables in order', () => {
    expect(tables.map((t) => t.id)).toEqual([
      'budget_summary', 'income_summary', 'expenditure_summary', 'expenditure_by_source', 'fiscal_summary', 'general_budget_expenditure',
      'basic_economic', 'economic_summary', 'gov_fund_expenditure', 'state_capital', 'three_public', 'project_expenditure', 'procurement',
    ]);
  });

  it('has the wider 收支总表: 其中：财政拨款, the items under 一般公共预算, 用事业基金 and 上年结转', () => {
    const t = table('budget_summary');
    expect(t.columns.map((c) => c.zh)).toEqual(['预算数', '其中：财政拨款']);
    expect(cells(t, '一般公共预算')).toEqual(['480.00', '480.00']);
    expect(cells(t, '纳入预算管理的非税收入拨款')).toEqual(['10.00', '10.00']);
    expect(row(t, '纳入预算管理的非税收入拨款').depth).toBe(2);
    expect(cells(t, '事业收入')).toEqual(['30.00', null]);
    expect(cells(t, '用事业基金弥补收支差额')).toEqual(['5.00', null]);
    expect(cells(t, '本年收入合计')).toEqual(['515.00', '480.00']);
    expect(cells(t, '201')).toEqual(['465.00', '420.00']);
  });

  it('splits basic and project spending on every line', () => {
    const t = table('expenditure_summary');
    expect(t.columns.map((c) => c.en)).toEqual(['Total', 'Basic expenditure', 'Salaries and benefits', 'Operating costs', 'Transfers to individuals and households', 'Project expenditure', 'General projects', 'Special funds']);
    expect(cells(t, '2010301')).toEqual(['300.00', '300.00', '200.00', '80.00', '20.00', '0.00', '0.00', '0.00']);
    expect(cells(t, '2010302')).toEqual(['135.00', '0.00', '0.00', '0.00', '0.00', '135.00', '80.00', '55.00']);
  });

  it('shows income by every source, carried-over money in its own column', () => {
    const t = table('income_summary');
    // 合计, 上年结转, 一般公共预算, 政府性基金, 国有资本, 财政专户, 事业收入, 经营收入, 其他, 用事业基金
    expect(cells(t, '2010302')).toEqual(['135.00', '10.00', '120.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '5.00']);
    expect(cells(t, '合计')).toEqual(['525.00', '10.00', '480.00', '0.00', '0.00', '0.00', '30.00', '0.00', '0.00', '5.00']);
  });

  it('summarises all spending by both economic classifications with fund columns', () => {
    const t = table('economic_summary');
    expect(t.rows.filter((r) => r.kind === 'group' && !r.code).map((r) => r.label.zh)).toEqual(['部门预算支出经济分类', '政府预算支出经济分类']);
    expect(cells(t, '302')).toEqual(['190.00', '80.00', '110.00', '185.00', '0.00', '0.00', '0.00']);
    expect(row(t, '502').label.zh).toBe('机关商品和服务支出');
    expect(cells(t, '50299')[0]).toBe('110.00');
  });

  it('prints the 三公 table as one row of columns, zero parts kept', () => {
    const t = table('three_public');
    expect(t.rows).toHaveLength(1);
    expect(cells(t, '预算数')).toEqual(['10.00', '0.00', '8.00', '0.00', '8.00', '2.00']);
    expect(row(t, '预算数').keep).toBe(true);
  });

  it('tells a table printed empty from one not published', () => {
    expect([table('state_capital').status, table('state_capital').empty]).toEqual(['empty', true]);
    expect([table('gov_fund_expenditure').status, table('gov_fund_expenditure').empty]).toEqual(['not_published', true]);
    expect([table('procurement').status, table('procurement').empty]).toEqual(['published', true]);
  });

  it('labels every table in English', () => {
    for (const t of tables) {
      expect(t.title.en, t.id).not.toMatch(/\p{Script=Han}/u);
      for (const c of [...t.heading, ...t.columns]) expect(c.en, t.id).not.toMatch(/\p{Script=Han}/u);
      for (const r of t.rows.filter((r) => !r.dataLabel)) expect(r.label.en, `${t.id}: ${r.label.zh}`).not.toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('which figures a table prints', () => {
  const shanxi = builtInTemplates().get('shanxi-municipal')!.data;
  const table = (id: string) => shanxi.tables.find((t) => t.id === id)!;
  const accepts = (id: string, name: string) => tableAccepts(table(id), parseFigureRef(name)!);

  it('accepts the cells of functional trees by their columns', () => {
    expect(accepts('expenditure_summary', 'function.2010301.basic')).toBe(true);
    expect(accepts('expenditure_summary', 'function.201')).toBe(true);
    expect(accepts('expenditure_summary', 'function.201.general_budget')).toBe(false);
    expect(accepts('income_summary', 'function.201.general_budget')).toBe(true);
  });

  it('accepts class rows only where the table prints classes only', () => {
    expect(accepts('budget_summary', 'function.201')).toBe(true);
    expect(accepts('budget_summary', 'function.20103')).toBe(false);
  });

  it('accepts fixed rows’ figures and nothing else of their kind', () => {
    expect(accepts('general_budget_expenditure', 'fund.general_budget.basic')).toBe(true);
    expect(accepts('general_budget_expenditure', 'basic')).toBe(false);
    expect(accepts('three_public', 'three_public.meetings')).toBe(true);
    expect(accepts('three_public', 'admin_costs')).toBe(false);
  });

  it('accepts the rows of lists and of the fallback layout', () => {
    expect(accepts('admin_costs', 'admin_costs.bureau')).toBe(true);
    expect(accepts('project_expenditure', 'projects.general_budget')).toBe(true);
    expect(accepts('basic_economic', 'economic.30201')).toBe(true);
    expect(accepts('basic_economic', 'economic_all.302')).toBe(false);
  });
});
