// The project performance forms of the four seed documents, read by the importer and compared with
// the hand-made YAML files of the same documents: every project found, the share of the hand
// files' amounts found at the same place with the same value, and the share of their indicators
// found with the same name and value. Then small hand-written forms for the defects one at a time.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { htmlToText, importProjectForms, simplifiedForm } from '../../src/lib/import/projects.ts';
import { importLines } from '../../src/lib/import/source.ts';
import { disclosureSchema } from '../../src/lib/schema/disclosure.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SEEDS = join(ROOT, 'tests/fixtures/import/seeds');

/**
 * The seeds, their hand-made files and what the importer reaches on them (rates in percent, rounded
 * down: a change that loses an amount or an indicator fails here). `projects` is counted by hand
 * in the data file.
 */
const DOCUMENTS = [
  { seed: '000', file: 'data/linfen/xingzheng-shenpi/2020.yaml', projects: 11, amounts: 100, indicators: 100 },
  { seed: '001', file: 'data/jincheng/xingzheng-shenpi/2024.yaml', projects: 15, amounts: 100, indicators: 100 },
  { seed: '003', file: 'data/xinzhou/xingzheng-shenpi/2022.yaml', projects: 27, amounts: 100, indicators: 100 },
  // One indicator of 2023年评审专家劳务费 is a fee schedule wrapped over 30 lines; where a line break
  // fell on a space the extraction lost it, and the draft has "标准定性" where the hand file has "标准 定性".
  { seed: '004', file: 'data/fenyang/xingzheng-shenpi/2023.yaml', projects: 26, amounts: 100, indicators: 99 },
] as const;

type Hand = {
  name: string;
  funding?: Record<string, Record<string, unknown>>;
  budget_detail?: Record<string, unknown>[];
  previous?: Record<string, unknown>;
  indicators?: { name: string; value: string }[];
};
type Draft = Hand & { id: string };

/** Names as the hand files and the forms print them can differ in spaces, quotes, bracket width and (one form) traditional characters. */
const sameName = (a: string, b: string) => {
  const key = (s: string) =>
    simplifiedForm(s)
      .replace(/\s+/g, '')
      .replace(/[“”"'‘’]/g, '')
      .replace(/（/g, '(')
      .replace(/）/g, ')');
  return key(a) === key(b);
};

function readSeed(seed: string) {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${seed}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed ${seed}`);
  return readFileSync(join(SEEDS, file), 'utf8');
}

/** Unit names to slugs, as the importer's caller does. */
function slugger() {
  const ids = new Map<string, string>();
  return (name: string) => {
    if (!ids.has(name)) ids.set(name, `unit-${ids.size + 1}`);
    return ids.get(name)!;
  };
}

/** The draft as the YAML loader hands it to the schema: numbers as their text. */
const asLoaded = (value: unknown): unknown =>
  typeof value === 'number' ? String(value) : Array.isArray(value) ? value.map(asLoaded) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asLoaded(v)])) : value;

const AMOUNT_KEYS = ['own', 'higher', 'self_raised', 'other', 'total'] as const;

function compare(hand: Hand[], drafts: Draft[]) {
  let amounts = 0;
  let amountsFound = 0;
  let indicators = 0;
  let indicatorsFound = 0;
  const missing: string[] = [];
  const sameAmount = (h: unknown, d: unknown) => typeof d === 'string' && d !== '' && new Decimal(String(h)).eq(new Decimal(d));
  for (const h of hand) {
    const d = drafts.find((x) => sameName(x.name, h.name));
    if (!d) missing.push(h.name);
    const check = (handValue: unknown, draftValue: unknown) => {
      amounts++;
      if (d && sameAmount(handValue, draftValue)) amountsFound++;
    };
    for (const scope of ['annual', 'period']) for (const [k, v] of Object.entries(h.funding?.[scope] ?? {})) check(v, d?.funding?.[scope]?.[k]);
    (h.budget_detail ?? []).forEach((line, i) => {
      for (const k of AMOUNT_KEYS) if (line[k] !== undefined) check(line[k], d?.budget_detail?.[i]?.[k]);
    });
    for (const [k, v] of Object.entries(h.previous ?? {})) check(v, d?.previous?.[k]);
    // Indicators: the same name and value, each draft indicator used once.
    const pool = [...(d?.indicators ?? [])];
    for (const hi of h.indicators ?? []) {
      indicators++;
      const j = pool.findIndex((x) => x.name === hi.name && x.value === String(hi.value));
      if (j >= 0) {
        indicatorsFound++;
        pool.splice(j, 1);
      }
    }
  }
  const rate = (found: number, total: number) => (total === 0 ? 100 : (100 * found) / total);
  return { missing, amounts, amountsFound, amountRate: rate(amountsFound, amounts), indicators, indicatorsFound, indicatorRate: rate(indicatorsFound, indicators) };
}

describe('the project forms of the seed documents', () => {
  const rows: Record<string, string | number>[] = [];
  for (const doc of DOCUMENTS) {
    it(`${doc.seed}: every hand-made project, its amounts and indicators`, () => {
      const hand = (parse(readFileSync(join(ROOT, doc.file), 'utf8')) as { projects: Hand[] }).projects;
      expect(hand).toHaveLength(doc.projects);
      const result = importProjectForms(importLines(readSeed(doc.seed)), { unitId: slugger() });
      const drafts = result.projects as unknown as Draft[];
      expect(drafts).toHaveLength(doc.projects);
      const r = compare(hand, drafts);
      rows.push({
        seed: doc.seed,
        projects: `${hand.length - r.missing.length}/${hand.length}`,
        amounts: `${r.amountsFound}/${r.amounts}`,
        'amounts %': Math.floor(r.amountRate * 10) / 10,
        indicators: `${r.indicatorsFound}/${r.indicators}`,
        'indicators %': Math.floor(r.indicatorRate * 10) / 10,
        leftovers: result.leftovers.length,
      });
      expect(r.missing).toEqual([]);
      expect(r.amountRate).toBeGreaterThanOrEqual(doc.amounts);
      expect(r.indicatorRate).toBeGreaterThanOrEqual(doc.indicators);
      // Ids in document order; forms occupy increasing, disjoint line ranges.
      expect(drafts.map((d) => d.id)).toEqual(drafts.map((_, i) => `p${String(i + 1).padStart(2, '0')}`));
      result.consumed.forEach(([first, last], i) => {
        expect(first).toBeLessThanOrEqual(last);
        if (i > 0) expect(first).toBeGreaterThan(result.consumed[i - 1]![1]);
      });
      for (const l of result.leftovers) expect(result.consumed.some(([a, b]) => l.line >= a && l.line <= b)).toBe(true);
    });

    it(`${doc.seed}: every draft project passes the project schema`, () => {
      const result = importProjectForms(importLines(readSeed(doc.seed)), { unitId: slugger() });
      const parsed = disclosureSchema.shape.projects.safeParse(asLoaded(result.projects));
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });
  }

  it('prints the rates', () => {
    console.log('project forms against the hand-made files:');
    console.table(rows);
    expect(rows).toHaveLength(DOCUMENTS.length);
  });
});

describe('where the forms are', () => {
  it('the 临汾 seed: eleven forms, one without a title and one with neither title nor year, up to the procurement table', () => {
    const text = readSeed('000');
    const result = importProjectForms(importLines(text), { unitId: slugger() });
    expect(result.consumed[0]).toEqual([221, 293]);
    // Form 7 has no title line: it starts at its year line; form 10 at its 填报单位(盖章) line.
    expect(result.consumed.map(([a]) => a)).toEqual([221, 295, 366, 423, 481, 542, 600, 669, 730, 793, 881]);
    // The last form ends before the procurement table's title.
    expect(result.consumed.at(-1)).toEqual([881, 935]);
    expect(text.split('\n')[936]).toContain('政府采购支出预算表');
  });

  it('the 忻州 seed: forms without titles, from the first 项目名称 to the next section', () => {
    const result = importProjectForms(importLines(readSeed('003')), { unitId: slugger() });
    expect(result.consumed[0]![0]).toBe(428);
    expect(result.consumed.at(-1)![1]).toBe(1294);
  });

  it('keeps what the project entry has no place for, with why', () => {
    const result = importProjectForms(importLines(readSeed('000')), { unitId: slugger() });
    // 单位职能 describes the unit: kept as a leftover (as plain text), not lost.
    const duties = result.leftovers.find((l) => l.line === 236);
    expect(duties?.text.startsWith('临汾市行政审批服务管理局是本次机构改革中新组建的单位')).toBe(true);
    expect(duties?.reason.en).toMatch(/not the project/);
    // The 10th form's budget detail prints an unheaded column of 0.00 in each row.
    expect(result.leftovers.filter((l) => [839, 840, 841].includes(l.line)).map((l) => l.text)).toEqual(['0.00', '0.00', '0.00']);
  });
});

/** A small form of the 忻州/晋城 kind, tab-separated. */
const tabbed = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

describe('small forms', () => {
  const read = (text: string) => importProjectForms(importLines(text), { unitId: (name) => (name.includes('中心') ? 'centre' : 'bureau') });

  it('converts HTML texts to paragraphs and records their lines', () => {
    expect(htmlToText('<p>a</p> <p>b</p>')).toBe('a\n\nb');
    expect(htmlToText('<ol style="list-style-type: none"> 加强组织领导; 强化实施管理; ')).toBe('加强组织领导;\n\n强化实施管理;');
    expect(htmlToText('<p>一&amp;二</p><ol><li>甲</li><li>乙</li></ol>')).toBe('一&二\n\n甲\n\n乙');
    const text = tabbed([
      ['项目名称', '', '宣传经费'],
      ['主管部门及代码', '', '062-某市行政审批服务管理局', '', '实施单位', '某市行政审批服务管理局'],
      ['项目概况', '', '<p>第一段。</p> <p>第二段。</p>'],
      ['项目实施计划', '', '按月支付。'],
      ['年度目标'],
      ['总体目标', '<p>完成宣传。</p>'],
    ]);
    const result = read(text);
    const p = result.projects[0] as { texts: Record<string, string>; goals: Record<string, string>; unit: string };
    expect(p.texts).toEqual({ overview: '第一段。\n\n第二段。', plan: '按月支付。' });
    expect(p.goals).toEqual({ annual: '完成宣传。' });
    expect(p.unit).toBe('bureau');
    expect(result.htmlConverted).toEqual([3, 6]);
  });

  it('reads a form split by a page footer and header', () => {
    // Flat text (single spaces, no tabs), as 汾阳's PDF extracts; the page break falls inside the
    // overview and again inside the indicators.
    const text = [
      '某市县(区)级预算部门（单位）项目支出绩效目标申报表',
      '（2023年度）',
      '项目名称 网络维护费',
      '主管部门及代码 019-某市行政审批服务管理局 实施单位 某市政务服务中心',
      '项目属性 一次性项目（1年结束） 项目期 1年',
      '项目资金',
      '（元）',
      '实施期资金总额： 58,500 年度资金总额： 58,500',
      '其中：中央财政资金 0 其中：中央财政资金 0',
      '省级财政资金 0 省级财政资金 0',
      '市县（区）财政资',
      '金',
      '58,500 市县（区）财政资金 58,500',
      '单位自筹 0 单位自筹 0',
      '其他资金 其他资金',
      '项目概况',
      '网络运行维护费，保证大厅各窗口单位的业务',
      '-12-',
      '某市行政审批服务管理局2023年部门预算公开报告',
      '顺利进行。',
      '立项依据 2023年年初预算',
      '实施期目标 年度目标',
      '总体目标 完善网络系统 完善网络系统',
      '一级指标 二级指标 三级指标 指标值 二级指标 三级指标 指标值',
      '产出指标',
      '数量指标 网络运行维护 100% 数量指标 网络运行维护 100%',
      '-13-',
      '某市行政审批服务管理局2023年部门预算公开报告',
      '质量指标 质量达标率 ≥90% 质量指标 质量达标率 ≥90%',
      '满意度指标 服务对象满意度指满意度 ≥95% 服务对象满意度指标满意度 ≥95%',
      '负责人： 经办人： 张三 联系电话： 03580000000 填报日期： 20230111094350',
      '十一、国有资产占有使用情况',
    ].join('\n');
    const result = read(text);
    expect(result.projects).toHaveLength(1);
    const p = result.projects[0] as Record<string, any>;
    expect(p.unit).toBe('centre');
    expect(p.funding).toEqual({
      annual: { central: '0', provincial: '0', local: '58500', self_raised: '0', total: '58500' },
      period: { central: '0', provincial: '0', local: '58500', self_raised: '0', total: '58500' },
    });
    expect(p.texts).toEqual({ overview: '网络运行维护费，保证大厅各窗口单位的业务顺利进行。', basis: '2023年年初预算' });
    expect(p.goals).toEqual({ period: '完善网络系统', annual: '完善网络系统' });
    expect(p.indicators).toEqual([
      { level1: '产出指标', level2: '数量指标', name: '网络运行维护', value: '100%' },
      { level1: '产出指标', level2: '质量指标', name: '质量达标率', value: '≥90%' },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', value: '≥95%' },
    ]);
    expect(p.contacts).toEqual({ handler: '张三', phone: '03580000000', filled_at: '20230111094350' });
    expect(result.leftovers.filter((l) => !/department or unit/.test(l.reason.en))).toEqual([]);
    // The form ends before the next section.
    expect(result.consumed).toEqual([[1, 31]]);
  });

  it('keeps an indicator whose value is not printed, with an empty value (as the hand files do)', () => {
    const text = tabbed([
      ['临汾市市级财政项目支出绩效目标申报表'],
      ['(2020年)'],
      ['金额单位:元'],
      ['项目名称', '市长热线政府购买服务'],
      ['申报单位', '临汾市行政审批服务管理局', '', '单位编码', '136001011'],
      ['项目属性', '经常性项目', '', '项目类别', '业务类'],
      ['项目总金额', '2,601,000.00', '', '项目当年金额', '2,601,000.00'],
      ['起始日期', '2020/1/1', '', '结束日期', '2020/12/31'],
      ['绩效目标'],
      ['一级目标', '二级目标', '三级目标', '目标值', '二级目标', '三级目标', '目标值'],
      ['产出目标', '质量', '', '', '质量', '接通率', '=90%'],
      ['', '时效', '', '', '', '时效', '处理咨询、投诉及时性'],
      ['', '成本', '', '', '成本', '人员劳务成本 ≤30600元'],
      ['填报人: 许向黎'],
    ]);
    const p = read(text).projects[0] as Record<string, any>;
    expect(p).toMatchObject({ category: '业务类', attribute: '经常性项目', start: '2020-01-01', end: '2020-12-31', form_unit: '元' });
    expect(p.indicators).toEqual([
      { level1: '产出目标', level2: '质量', name: '接通率', value: '=90%' },
      { level1: '产出目标', level2: '时效', name: '处理咨询、投诉及时性', value: '' },
      { level1: '产出目标', level2: '成本', name: '人员劳务成本', value: '≤30600元' },
    ]);
    expect(p.contacts).toEqual({ filler: '许向黎' });
  });

  it('drops thousands commas and nothing else from amounts', () => {
    const text = tabbed([
      ['项目名称', '', '购买服务经费'],
      ['项目属性', '', '延续性项目（阶段开展）', '', '项目期', '', '2年'],
      ['项目资金（元）', '', '实施期资金总额：', '', '1,272,141.50', '', '年度资金总额：', '', '636,070.75'],
      ['', '', '其中：中央财政资金', '', '0', '', '其中：中央财政资金', '', '0'],
      ['', '', '市县（区）财政资金', '', '1,272,141.50', '', '市县（区）财政资金', '', '636,070.75'],
      ['', '', '其他资金', '', '', '', '其他资金', '', ''],
      ['预算明细'],
      ['二级预算名称', '三级预算名称', '预算年份', '本级', '上级', '自筹', '合计'],
      ['购买服务', '服务费', '2023', '10,000.00', '0.00', '', '10000.00'],
    ]);
    const p = read(text).projects[0] as Record<string, any>;
    expect(p.period_years).toBe(2);
    expect(p.funding).toEqual({
      annual: { central: '0', local: '636070.75', total: '636070.75' },
      period: { central: '0', local: '1272141.50', total: '1272141.50' },
    });
    // A blank cell is no amount; "0.00" and "10000.00" stay as printed.
    expect(p.budget_detail).toEqual([{ group: '购买服务', item: '服务费', year: 2023, own: '10000.00', higher: '0.00', total: '10000.00' }]);
  });

  it('starts a form at its title when the 项目名称 row is lost, and says so', () => {
    const form = (name: string | null) => [
      ['晋城市市级预算部门（单位）项目支出绩效目标表'],
      ['(2024年度)'],
      ...(name ? [['项目名称', '', name]] : []),
      ['主管部门及代码', '', '062-晋城市行政审批服务管理局', '', '实施单位', '', '晋城市行政审批服务管理局'],
      ['项目属性', '', '经常性项目（长期开展）', '', '项目期', '', '99年'],
    ];
    const result = read(tabbed([...form('编外人员管理经费'), ...form(null)]));
    expect(result.projects.map((p) => [p.id, p.name, p.period_years])).toEqual([
      ['p01', '编外人员管理经费', 99],
      ['p02', '', 99],
    ]);
    expect(result.consumed).toEqual([
      [1, 5],
      [6, 9],
    ]);
    expect(result.leftovers.filter((l) => /no project name/.test(l.reason.en)).map((l) => l.line)).toEqual([6]);
  });

  it('pairs funding labels and amounts printed on separate lines, and reads traditional labels', () => {
    const text = tabbed([
      ['項目名稱', '', '綜合窗口改革經費'],
      ['項目屬性', '', '延續性項目(階段開展)', '', '項目期', ''],
      ['項目資金(元)', '', '實施期資金總額:', '', '年度資金總額:'],
      ['', '', '1,000,000', '', '700,000'],
      ['', '', '市縣(區)財政資金', '', '市縣(區)財政資金'],
      ['', '', '1,000,000', '', '700,000'],
      ['項目概況', '<p>试点。</p>'],
    ]);
    const result = read(text);
    const p = result.projects[0] as Record<string, any>;
    expect(p.name).toBe('綜合窗口改革經費');
    expect(simplifiedForm(p.name)).toBe('综合窗口改革经费');
    expect(p.attribute).toBe('延續性項目(階段開展)');
    expect(p.funding).toEqual({ annual: { local: '700000', total: '700000' }, period: { local: '1000000', total: '1000000' } });
    expect(p.texts).toEqual({ overview: '试点。' });
  });
});
