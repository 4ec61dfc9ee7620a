// The importer's reading of the standard tables (src/lib/import/): lines and cells of each kind of
// extraction, titles in any template's words, split codes restored, and the amounts of the four
// seed documents placed where the hand-made files put them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { amountText, bareLabel, undouble } from '../../src/lib/import/cells.ts';
import { importLines } from '../../src/lib/import/source.ts';
import { tableSections, titleOf } from '../../src/lib/import/segment.ts';
import { readSections, restoreCode } from '../../src/lib/import/tables.ts';
import { accuracy } from '../../src/lib/import/accuracy.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { builtInTemplates } from '../../src/lib/source/load.ts';

const catalogue = checkPortal('data').catalogue;
const template = builtInTemplates().get('shanxi-municipal')!.data;
const seed = (name: string) => readFileSync(`tests/fixtures/import/seeds/${name}.txt`, 'utf8');

describe('lines and cells', () => {
  it('keeps blank cells between tabs, so columns stay in place', () => {
    const [line] = importLines('201\t一般公共服务支出\t\t1051.71\t\t');
    expect(line!.cells).toEqual(['201', '一般公共服务支出', '', '1051.71', '', '']);
  });

  it('reads pdftotext -layout text by runs of spaces, with where each cell ends', () => {
    const text = ['项目        合计   基本支出', '       201 一般公共服务支出                1051.71 349.61 702.1', 'x', 'y', 'z'].join('\n');
    const [, row] = importLines(text, 'layout');
    expect(row!.cells).toEqual(['201', '一般公共服务支出', '1051.71', '349.61', '702.1']);
    expect(row!.ends).toEqual([10, 19, 42, 49, 55]);
  });

  it('reads single-space text with each extra space a blank cell, and undoes doubled text', () => {
    const [line] = importLines('2010302 一般行政管理事务 23.02  23.02', 'space');
    expect(line!.cells).toEqual(['2010302', '一般行政管理事务', '23.02', '', '23.02']);
    expect(undouble('1,433.901,433.90')).toBe('1,433.90');
    expect(amountText('475.03475.03')).toBe('475.03');
    expect(amountText('232.61万元')).toBeNull();
    // Doubling is undone only where it cannot be real: 22 and 1111 are amounts.
    expect(amountText('22')).toBe('22');
    expect(amountText('1111')).toBe('1111');
    expect(amountText('3000.')).toBe('3000');
    expect(bareLabel('②公务用车运行维护费')).toBe('公务用车运行维护费');
    expect(bareLabel('一、一般公共预算')).toBe('一般公共预算');
  });
});

describe('tables by their titles', () => {
  it('finds a table under any printed variant of its title, not a table-of-contents entry', () => {
    const title = (text: string) => titleOf(importLines(text)[0]!);
    expect(title('临汾市行政审批服务管理局部门2020年一般公共预算安排基本支出分经济科目表')).toBe('basic_economic');
    expect(title('2024年一般公共预算支出预算表（不含上年结转）')).toBe('general_budget_expenditure');
    expect(title('2023年预算收入总表2023年预算收入总表')).toBe('income_summary');
    expect(title('表一2024年预算收支总表.....\t2')).toBeNull();
  });

  it('cuts the 临汾 2020 document into its eleven tables at their lines', () => {
    const { sections } = tableSections(importLines(seed('000_0c76099db0b90ef3')), () => false);
    expect(sections.map((s) => `${s.table}@${s.title.line}`)).toEqual([
      'budget_summary@5', 'income_summary@25', 'expenditure_summary@47', 'fiscal_summary@69', 'general_budget_expenditure@103',
      'basic_economic@127', 'gov_fund_income@163', 'gov_fund_expenditure@173', 'three_public@189', 'admin_costs@209', 'procurement@937',
    ]);
  });
});

describe('split codes', () => {
  it('restores 201 / 03 / 01 and 208 / 05 / 05 by row order and the catalogue', () => {
    const ctx: { klass?: string; kuan?: string } = { klass: '208' };
    const kuan = restoreCode('05', '行政事业单位养老支出', ctx, catalogue, 2020);
    expect(kuan).toBe('20805');
    expect(restoreCode('05', '机关事业单位基本养老保险缴费支出', { klass: '208', kuan }, catalogue, 2020)).toBe('2080505');
    expect(restoreCode('01', '行政运行', { klass: '201', kuan: '20103' }, catalogue, 2020)).toBe('2010301');
    expect(restoreCode('2210201', '住房公积金', {}, catalogue, 2020)).toBe('2210201');
  });
});

/** The seed documents and their hand-made files; the floors are the rates reached (issue 13, item 5). */
const SEEDS = [
  { seed: '000_0c76099db0b90ef3', file: 'data/linfen/xingzheng-shenpi/2020.yaml', year: 2020, floor: 0.95 },
  { seed: '001_0f349ee230123982', file: 'data/jincheng/xingzheng-shenpi/2024.yaml', year: 2024, floor: 0.95 },
  { seed: '003_d8c48317b61f5f39', file: 'data/xinzhou/xingzheng-shenpi/2022.yaml', year: 2022, floor: 0.8 },
  { seed: '004_c032330014219076', file: 'data/fenyang/xingzheng-shenpi/2023.yaml', year: 2023, floor: 0.74 },
];

describe('the standard tables of the four seeds, against the hand-made files', () => {
  const read = (s: (typeof SEEDS)[number]) => {
    const { sections } = tableSections(importLines(seed(s.seed)), (l) => /绩效目标申报表|项目支出绩效目标表/.test(l.text));
    return readSections(sections, { template, catalogue, year: s.year });
  };

  it('places amounts at the figures the hand-made files give, at or above each floor', () => {
    for (const s of SEEDS) {
      const d = read(s);
      const hand = parse(readFileSync(s.file, 'utf8'));
      // Projects and procurement are measured with the whole import (tests/import/document.test.ts).
      delete hand.projects;
      delete hand.procurement;
      const a = accuracy(hand, { income: d.income, expenditure: d.expenditure, economic: d.economic, three_public: d.three_public, admin_costs: { units: d.admin_costs }, published: d.published });
      expect(a.placed / a.total, `${s.file}: ${a.placed}/${a.total}, missed ${a.missed.join(' ')}`).toBeGreaterThanOrEqual(s.floor);
    }
  });

  it('reads 临汾 2020 as printed: hand-checked amounts', () => {
    const d = read(SEEDS[0]!);
    expect(d.income).toEqual({ general_budget: '1,138.19' });
    expect(d.expenditure.find((e) => e.code === '2010301')).toMatchObject({ name: '行政运行（政府办公厅（室）及相关机构事务）', basic: '232.61' });
    // The document prints 专项业务活动 under 03 (2010303): the draft keeps what is printed.
    expect(d.expenditure.find((e) => e.code === '2010303')).toMatchObject({ name: '专项业务活动', project: '462.1' });
    expect(d.economic.basic.find((e) => e.code === '30231')?.amount).toBe('2.80');
    expect(d.economic.project.map((e) => `${e.code} ${e.amount}`)).toEqual(['302 503.36', '309 17.85', '310 180.89']);
    expect(d.three_public).toEqual({ reception: '1.5', vehicle_operation: '2.4', meetings: { class1: '10', class4: '9' }, training: '22' });
    expect(d.published.three_public).toEqual({ 'three_public.vehicles': '2.4', 'three_public.meetings': '19', three_public: '3.9' });
    expect(d.admin_costs.map((a) => a.amount)).toEqual(['26.52', '27.02', '23.73']);
    expect(d.published.fiscal_summary).toMatchObject({ 'income.general_budget': '1138.19', 'function.201.general_budget': '1051.71', 'fund.general_budget': '1138.19' });
  });

  it('leaves every amount of a table it cannot read as a leftover at its line, never dropped', () => {
    // 国有资本经营预算表 with rows is not read yet.
    const lines = importLines(['2020年国有资本经营预算表', '单位：万元', '项目\t金额', '利润收入\t12.5', '股利、股息收入\t3'].join('\n'));
    const d = readSections(tableSections(lines, () => false).sections, { template, catalogue, year: 2020 });
    expect(d.leftovers.map((l) => `${l.line} ${l.text}`)).toEqual(['4 利润收入\t12.5', '5 股利、股息收入\t3']);
    expect(d.found).toEqual([{ table: 'state_capital', line: 1, rows: 0, amounts: 0 }]);
  });

  it('reads 政府采购支出表 down to its finest items, with the kind totals it prints', () => {
    const d = read(SEEDS[0]!);
    expect(d.procurement?.items).toHaveLength(13);
    expect(d.procurement?.items[0]).toEqual({ kind: 'goods', project: '“一枚印章管审批”相对集中行政许可工作经费', economic: '商品和服务支出', category: '通用设备', item: '计算机设备及软件', method: '集中采购', amount: '6.9' });
    expect(d.procurement?.totals).toEqual({ works: '49', services: '0.8' });
    expect(d.published.procurement).toEqual({ procurement: '182.27', 'procurement.works': '49', 'procurement.services': '0.8' });
  });
});
