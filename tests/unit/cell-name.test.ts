// A printed figure is named as a clerk finds it in the document: the table, the row and the
// column, read from the file's template (issue 12, item 3).
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../src/lib/source/load.ts';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { cellName } from '../../src/lib/derive/cell-name.ts';
import { cellWhere, placeOf } from '../../src/lib/validate/rules/context.ts';
import { messageOf } from '../../src/lib/validate/finding.ts';
import { ruleFixtureDir } from '../support/fixtures.ts';

const template = (id: string) => builtInTemplates().get(id)!.data;

function disclosureOf(root: string) {
  const result = checkPortal(root);
  const file = result.portal.disclosures[0]!;
  return { data: file.data, catalogue: tableContextFor(result, file.data).catalogue };
}

describe('the Shanxi template', () => {
  const shanxi = template('shanxi-municipal');
  const { data, catalogue } = disclosureOf('tests/fixtures/base');
  const where = (table: string, figure: string) => cellWhere({ template: shanxi, data, catalogue }, table, figure);

  it('names a functional row by the file’s expenditure line and the column by what its select shows', () => {
    expect(cellName(shanxi, data, 'expenditure_summary', 'function.2010301.basic', catalogue)).toEqual({
      table: { zh: '支出总表', en: 'Expenditure summary' },
      row: { zh: '2010301 行政运行', en: '2010301 行政运行' },
      column: { zh: '基本支出', en: 'Basic expenditure' },
    });
    expect(where('expenditure_summary', 'function.2010301.basic')).toEqual({ zh: '《支出总表》2010301 行政运行 的“基本支出”栏', en: 'Expenditure summary, row 2010301 行政运行, column “Basic expenditure”' });
  });

  it('names a 类 or 款 row the file has no line of from the classification, or by its code alone without it', () => {
    expect(where('expenditure_summary', 'function.20103')?.zh).toBe('《支出总表》20103 政府办公厅（室）及相关机构事务 的“合计”栏');
    expect(cellName(shanxi, data, 'expenditure_summary', 'function.201')?.row.zh).toBe('201');
  });

  it('names the 合计 row of a tree and the fixed rows by their labels', () => {
    expect(where('expenditure_summary', 'total')?.zh).toBe('《支出总表》合计 的“合计”栏');
    expect(where('general_budget_expenditure', 'fund.general_budget.project')?.zh).toBe('《一般公共预算支出表》合计 的“项目支出”栏');
    expect(where('basic_economic', 'economic.301')?.zh).toBe('《一般公共预算基本支出经济分类表》301 工资福利支出 的“合计”栏');
    expect(where('fiscal_summary', 'function.201.general_budget')?.zh).toBe('《财政拨款收支总表》201 一般公共服务支出 的“一般公共预算”栏');
  });

  it('names the row alone in a table of one amount column', () => {
    expect(where('budget_summary', 'total')).toEqual({ zh: '《收支总表》“本年支出合计”行', en: 'Income and expenditure summary, row “Total expenditure this year”' });
    expect(where('budget_summary', 'function.201')?.zh).toBe('《收支总表》“201 一般公共服务支出”行');
  });

  it('names nothing for a table or a cell the template does not have', () => {
    expect(cellName(shanxi, data, 'nowhere', 'total')).toBeUndefined();
    expect(cellName(shanxi, data, 'expenditure_summary', 'function.2010301.basic.salaries')).toBeUndefined();
    expect(cellName(shanxi, data, 'budget_summary', 'not a figure')).toBeUndefined();
  });
});

describe('an amount of the file, by its place in the document (placeOf)', () => {
  const shanxi = template('shanxi-municipal');
  const result = checkPortal('tests/fixtures/base');
  const data = result.portal.disclosures.find((d) => d.data.year === 2021)!.data;
  const catalogue = tableContextFor(result, data).catalogue;
  const place = (segments: (string | number)[]) => placeOf({ template: shanxi, data, catalogue }, segments, 42).zh;

  it('names a printed cell, a functional line and an economic line by the cell that prints them', () => {
    expect(place(['published', 'expenditure_summary', 'function.201.basic'])).toBe('《支出总表》201 一般公共服务支出 的“基本支出”栏');
    expect(place(['expenditure', 0, 'basic'])).toBe(`《支出总表》${data.expenditure[0]!.code} ${data.expenditure[0]!.name} 的“基本支出”栏`);
    expect(place(['economic', 'basic', 0, 'amount'])).toBe('《一般公共预算基本支出经济分类表》30101 基本工资 的“合计”栏');
  });

  it('names any other amount, or one without a template, by its line', () => {
    expect(place(['three_public', 'reception'])).toBe('第 42 行');
    expect(placeOf({ template: undefined, data, catalogue }, ['expenditure', 0, 'basic'], 7)).toEqual({ zh: '第 7 行', en: 'line 7' });
  });
});

describe('the Henan template', () => {
  const henan = template('henan-provincial');
  const { data, catalogue } = disclosureOf('tests/fixtures/templates/henan');
  const where = (table: string, figure: string) => cellWhere({ template: henan, data, catalogue }, table, figure);

  it('names the parts of basic and project spending by their own columns', () => {
    expect(where('expenditure_summary', 'function.2010301.basic')?.zh).toBe('《支出总表》2010301 行政运行 的“基本支出”栏');
    expect(where('expenditure_summary', 'function.201.basic.salaries')).toEqual({ zh: '《支出总表》201 一般公共服务支出 的“工资福利支出”栏', en: 'Expenditure summary, row 201 一般公共服务支出, column “Salaries and benefits”' });
    expect(where('expenditure_summary', 'basic.operating')?.zh).toBe('《支出总表》合计 的“公用经费”栏');
  });

  it('names the economic rows of both classifications and the rows of the sources of income', () => {
    expect(where('economic_summary', 'economic_all.301.general_budget')?.zh).toBe('《支出经济分类汇总表》301 工资福利支出 的“一般公共预算”栏');
    expect(where('economic_summary', 'economic_gov.501')?.zh).toBe('《支出经济分类汇总表》501 机关工资福利支出 的“合计”栏');
    expect(where('budget_summary', 'income.general_budget')?.zh).toBe('《收支总表》一般公共预算 的“预算数”栏');
    expect(where('basic_economic', 'personnel')?.zh).toBe('《一般公共预算基本支出经济分类表》合计 的“人员经费”栏');
  });
});

describe('findings about printed figures', () => {
  it('say where the figure is printed: table, row and column', () => {
    const root = ruleFixtureDir('balance/control-total', 'fail');
    const found = checkPortal(root).findings.filter((f) => f.rule === 'balance/control-total' || f.rule === 'balance/row-total');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(messageOf(f, 'zh')).toMatch(/^《支出总表》201 一般公共服务支出 的“合计”栏印作 501\.00/);
    expect(messageOf(found[0]!, 'en')).toMatch(/^Expenditure summary, row 201 一般公共服务支出, column “Total”: printed as 501\.00/);
  });
});
