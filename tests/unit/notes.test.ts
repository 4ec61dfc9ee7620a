// Long pages made navigable (issue item 4): the data notes of a disclosure grouped by rule, each
// naming the table cell, project or narrative section it is about, with its amounts grouped and
// their unit; an erratum of a figure the narrative prints, marked where it is printed; the page's
// table of contents. Expectations are worked by hand from the demo's YAML files.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/lib/glossary.ts';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { appliedErrata, dataNotes, type NoteFinding, type NoteGroup } from '../../src/lib/derive/notes.ts';
import { narrativeMarks, paragraphsOf, projectCorrections, type TextMark } from '../../src/lib/derive/inline-errata.ts';
import { disclosureToc, sectionsOf } from '../../src/lib/derive/toc.ts';
import { standardTables } from '../../src/lib/derive/tables.ts';
import type { Disclosure } from '../../src/lib/schema/index.ts';

const result = checkPortal('data');

function disclosure(file: string) {
  const source = `data/${file}`;
  const data = result.corrected.get(source)!;
  const ctx = tableContextFor(result, data);
  const findings = result.findings.filter((f) => f.file === source && f.severity !== 'error');
  const tables = standardTables(ctx).map((t) => t.id);
  return { data, ctx, findings, tables };
}

function notesOf(file: string, lang: Lang = 'zh'): NoteGroup[] {
  const { ctx, findings, tables } = disclosure(file);
  return dataNotes({ ctx, findings, lang, tables, projectHref: (id) => `/projects/${id}/` });
}

/** A finding as one line: [place → href] message, with [linked text → href]. */
const line = (f: NoteFinding) =>
  `${f.place ? `[${f.place.text}${f.place.href ? ` → ${f.place.href}` : ''}] ` : ''}${f.message.map((p) => (p.href ? `[${p.text} → ${p.href}]` : p.text)).join('')}`;

const JINCHENG = 'jincheng/xingzheng-shenpi/2024.yaml';
const LINFEN = 'linfen/xingzheng-shenpi/2020.yaml';
const XINZHOU = 'xinzhou/xingzheng-shenpi/2022.yaml';
const FENYANG = 'fenyang/xingzheng-shenpi/2023.yaml';

describe('data notes of 晋城 2024: one erratum, six notes of one rule, five rounding differences', () => {
  const groups = notesOf(JINCHENG);

  it('groups by rule, errata first and rounding last, each with its rule’s title and a count', () => {
    // The file has 1 erratum and 6 notes, all rule: project/period-multiple.
    expect(groups.map((g) => [g.rule, g.title, g.count])).toEqual([
      ['errata/applied', '已按勘误改正', 1],
      ['project/period-multiple', '实施期资金不是年度资金的整数倍', 6],
      ['balance/rounding', '舍入差异', 5],
    ]);
    expect(groups.map((g) => g.id)).toEqual(['notes-errata-applied', 'notes-project-period-multiple', 'notes-balance-rounding']);
  });

  it('names the erratum’s narrative section and shows its percentages with their sign', () => {
    const [erratum] = groups[0]!.items;
    expect(erratum!.id).toBe('erratum-1');
    // narrative.claims[39] is in section admin-costs; published "0.03", corrected "3.23", a percent.
    expect(erratum!.findings.map(line)).toEqual(['[八、机关运行经费增减变动原因说明 → #n-admin-costs] 公开值 0.03% 已按勘误改为 3.23%。']);
    expect(erratum!.explanation?.source).toBe('第三部分 八、机关运行经费增减变动原因说明');
  });

  it('names each note’s project, linked to its page, with the form’s yuan grouped', () => {
    const items = groups[1]!.items;
    expect(items.map((i) => i.id)).toEqual(['note-1', 'note-2', 'note-3', 'note-4', 'note-5', 'note-6']);
    // Note 1: 年度资金总额150,000元 over 2 years, 实施期资金总额160,000元.
    expect(items[0]!.findings.map(line)).toEqual(['[社会组织法定代表人离任审计及注销审计服务 → /projects/shehui-zuzhi-shenji/] 项目期 2 年，年度资金 150,000 元 × 2 = 300,000 元，实施期资金为 160,000 元。']);
    expect(items[0]!.findings[0]!.place?.data).toBe(true);
  });

  it('links a rounding difference’s cell to its table, and gives its amounts in 万元', () => {
    const first = groups[2]!.items[0]!.findings[0]!;
    // The 合计 of 一般公共预算基本支出经济分类表 is printed 1115.70; its parts give 1115.72.
    expect(line(first)).toBe('[《一般公共预算基本支出经济分类表》合计 的“合计”栏 → #table-basic_economic]为 1,115.70 万元，按明细计算为 1,115.72 万元，相差 -0.02 万元，在 20 个数逐个舍入的容差 0.100 万元 之内。');
    expect(first.place).toBeUndefined();
  });

  it('reads in English on the English page', () => {
    const en = notesOf(JINCHENG, 'en');
    expect(en.map((g) => g.title)).toEqual(['Corrected by an erratum', 'Period funding is not annual × years', 'Rounding difference']);
    expect(en[0]!.items[0]!.findings.map(line)).toEqual(['[八、机关运行经费增减变动原因说明 → #n-admin-costs] The published 0.03% is corrected to 3.23% by an erratum.']);
    expect(line(en[1]!.items[0]!.findings[0]!)).toContain('Over 2 years, 150,000 yuan a year makes 300,000 yuan, but the period total is 160,000 yuan.');
    expect(line(en[2]!.items[0]!.findings[0]!)).toContain(' is 1,115.70 10k yuan; its parts give 1,115.72 10k yuan (difference -0.02 10k yuan');
  });
});

describe('data notes of 临汾 2020: errata of printed codes and of a project’s detail, notes of three rules', () => {
  const groups = notesOf(LINFEN);

  it('names the table row a misprinted code is in, linked to the table', () => {
    const errata = groups.find((g) => g.rule === 'errata/applied')!;
    expect(errata.count).toBe(4);
    // expenditure[code=2010305].printed: income_summary and expenditure_summary print 2010303, general_budget_expenditure 专项业务支出.
    expect(errata.items.map((i) => line(i.findings[0]!))).toEqual([
      '[《收入总表》“2010305 专项业务活动”行 → #table-income_summary] 公开值 2010303 已按勘误改为 2010305。',
      '[《支出总表》“2010305 专项业务活动”行 → #table-expenditure_summary] 公开值 2010303 已按勘误改为 2010305。',
      '[《一般公共预算支出表》“2010305 专项业务活动”行 → #table-general_budget_expenditure] 公开值 专项业务支出 已按勘误改为 专项业务活动。',
      // The 11th form's 外聘专家评审经费 row: 本级 printed 4100000 for 400000 (元, the form's unit).
      '[政府采购业务外聘专家评审经费，预算明细“外聘专家评审经费” → /projects/zhuanjia-pingshen/] 公开值 4,100,000 元 已按勘误改为 400,000 元。',
    ]);
    expect(errata.items.map((i) => i.id)).toEqual(['erratum-1', 'erratum-2', 'erratum-3', 'erratum-4']);
  });

  it('keeps each note’s own anchor, in the file’s order of notes', () => {
    const byRule = Object.fromEntries(groups.map((g) => [g.rule, g.items.map((i) => i.id)]));
    // notes: 1 balance/projects, 2 project/detail-sum, 3 cross-table/three-public-economic.
    expect(byRule).toEqual({
      'errata/applied': ['erratum-1', 'erratum-2', 'erratum-3', 'erratum-4'],
      'balance/projects': ['note-1'],
      'cross-table/three-public-economic': ['note-3'],
      'project/detail-sum': ['note-2'],
    });
  });

  it('gives 万元 where the message prints no unit, and the form’s 元 for a project’s detail', () => {
    const projects = groups.find((g) => g.rule === 'balance/projects')!.items[0]!;
    // 11 forms total 632.10 万元 against 702.10 万元 of project expenditure: -70.00 (the note's difference).
    expect(projects.findings.map(line)).toEqual(['全部项目：项目金额合计 632.10 万元，项目支出为 702.10 万元，相差 -70.00 万元。']);
    const detail = groups.find((g) => g.rule === 'project/detail-sum')!.items[0]!;
    expect(detail.findings.map(line)).toEqual(['[“一枚印章管审批”相对集中行政许可工作经费 → /projects/yimei-yinzhang/] 预算明细合计 480,000 元，项目当年金额 500,000 元，相差 +20,000 元。']);
  });
});

describe('data notes of 忻州 2022: one note explaining fourteen findings', () => {
  const groups = notesOf(XINZHOU);

  it('is one item listing each placeholder by its project and indicator', () => {
    const g = groups.find((x) => x.rule === 'project/placeholder')!;
    // 14 indicator values of the YAML keep the template's XX月XX日 or (万元/辆等).
    expect(g.count).toBe(14);
    expect(g.items.length).toBe(1);
    expect(g.items[0]!.id).toBe('note-2');
    expect(g.items[0]!.findings.length).toBe(14);
    expect(line(g.items[0]!.findings[13]!)).toBe('[智能防疫测温门，绩效指标“单位购置成本” → /projects/zhineng-cewen-men/] “≤15 万元/台 (万元/辆等)”中含模板占位文字“(万元/辆等)”。');
  });

  it('names the cell of an erratum in a table and gives 万元 to its amounts, but not to a code', () => {
    const errata = groups.find((x) => x.rule === 'errata/applied')!.items;
    expect(errata.length).toBe(17);
    // published.expenditure_summary.function.229.basic: 3000.00 → 0.
    expect(line(errata[2]!.findings[0]!)).toBe('[《支出总表》229 其他支出 的“基本支出”栏 → #table-expenditure_summary] 公开值 3,000.00 万元 已按勘误改为 0 万元。');
    // A code stays a code: 21011 → 2080505, not 21,011.
    expect(line(errata[8]!.findings[0]!)).toBe('[《一般公共预算支出表》“2080505 机关事业单位基本养老保险缴费支出”行 → #table-general_budget_expenditure] 公开值 21011 已按勘误改为 2080505。');
  });
});

describe('data notes of 汾阳 2023', () => {
  it('links a rounding difference the narrative states to its section', () => {
    const rounding = notesOf(FENYANG).find((g) => g.rule === 'balance/rounding')!;
    expect(rounding.count).toBe(29);
    const lines = rounding.items.map((i) => line(i.findings[0]!));
    expect(lines).toContain('[《支出总表》合计 的“项目支出”栏 → #table-expenditure_summary]为 958.88 万元，按明细计算为 958.87 万元，相差 +0.01 万元，在 2 个数逐个舍入的容差 0.010 万元 之内。');
    expect(lines).toContain('[三、支出预算情况说明 → #n-expenditure] “项目支出”为 958.88 万元，按明细计算为 958.87 万元，相差 +0.01 万元，在 2 个数逐个舍入的容差 0.010 万元 之内。');
  });
});

describe('an erratum of a figure the narrative prints', () => {
  it('is marked in 晋城 2024’s section 八 where the sentence prints 0.03%', () => {
    const { data, findings } = disclosure(JINCHENG);
    const marks = narrativeMarks(data, appliedErrata(findings, data));
    expect([...marks.keys()]).toEqual(['admin-costs']);
    const text = data.narrative!.sections!.find((s) => s.id === 'admin-costs')!.text;
    const [mark] = marks.get('admin-costs')!;
    expect(text.slice(mark!.start, mark!.end)).toBe('0.03%');
    expect(mark!.start).toBe(text.indexOf('增长0.03%') + 2);
    expect(mark).toMatchObject({ printed: '0.03%', corrected: '3.23%', href: '#erratum-1' });
  });

  it('is not marked where no narrative figure is corrected (临汾 2020, 忻州 2022, 汾阳 2023)', () => {
    for (const file of [LINFEN, XINZHOU, FENYANG]) {
      const { data, findings } = disclosure(file);
      expect(narrativeMarks(data, appliedErrata(findings, data)).size, file).toBe(0);
    }
  });

  const claimData = (text: string, claim: Record<string, unknown>) =>
    ({ narrative: { sections: [{ id: 's', title: 'S', text }], claims: [{ subject: 'total', ...claim }] } }) as unknown as Disclosure;
  const erratum = (field: string, published: string, corrected: string) => ({ index: 0, anchor: 'erratum-1', segments: ['narrative', 'claims', 0, field], published, corrected });
  const marked = (text: string, claim: Record<string, unknown>, field: string, published: string, corrected: string): (TextMark & { at: string }) | undefined => {
    const m = narrativeMarks(claimData(text, claim), [erratum(field, published, corrected)]).get('s')?.[0];
    return m && { ...m, at: text.slice(m.start, m.end) };
  };

  it('finds an amount printed with grouping commas, and writes the correction the same way', () => {
    const text = '支出合计1,234.56万元，比上年增加100.00万元。';
    expect(marked(text, { section: 's', text: '支出合计1,234.56万元' }, 'current', '1234.56', '1243.56')).toMatchObject({ at: '1,234.56', corrected: '1,243.56' });
  });

  it('looks only inside the claim’s sentence, where the section prints it', () => {
    // 5.05 stands twice in the section, once in the claim's sentence.
    const text = '上年5.05万元。本年增加5.05万元，增长3.33%。';
    const m = marked(text, { section: 's', text: '本年增加5.05万元' }, 'change', '5.05', '5.50');
    expect(m?.start).toBe(text.indexOf('本年增加') + 4);
  });

  it('marks nothing where the figure is printed twice in the sentence, or not at all', () => {
    expect(marked('增加5.05万元，即5.05万元。', { section: 's', text: '增加5.05万元，即5.05万元' }, 'change', '5.05', '5.50')).toBeUndefined();
    expect(marked('增加5.50万元。', { section: 's', text: '增加5.50万元' }, 'change', '5.05', '5.50')).toBeUndefined();
  });

  it('takes a percent only where a % sign follows, and never part of a longer number', () => {
    // 0.03 in 10.03% and in 0.035% is not the printed 0.03%; the one standing alone is.
    const text = '增长10.03%、0.035%和0.03%。';
    expect(marked(text, { section: 's' }, 'percent', '0.03', '3.23')).toMatchObject({ at: '0.03%', corrected: '3.23%' });
    expect(marked('增加0.03万元。', { section: 's' }, 'percent', '0.03', '3.23')).toBeUndefined();
  });
});

describe('the values of a project its errata correct', () => {
  it('are found under the project by their path, amounts grouped, other text as printed', () => {
    const { data, findings } = disclosure(LINFEN);
    const errata = appliedErrata(findings, data);
    const index = data.projects!.findIndex((p) => p.id === 'zhuanjia-pingshen');
    const corrections = projectCorrections(errata, index);
    // Erratum 4: projects[id=zhuanjia-pingshen].budget_detail[…].own, 4100000 → 400000.
    const detail = data.projects![index]!.budget_detail!.findIndex((d) => d.item === '外聘专家评审经费');
    expect([...corrections]).toEqual([[`budget_detail.${detail}.own`, { printed: '4,100,000', corrected: '400,000', href: '#erratum-4' }]]);
    expect(projectCorrections(errata, index + 1).size).toBe(0);
    const x = disclosure(XINZHOU);
    const qz = x.data.projects!.findIndex((p) => p.id === 'dianzi-qianzhang-yunwei');
    expect([...projectCorrections(appliedErrata(x.findings, x.data), qz).values()]).toEqual([{ printed: '≤300000万/年', corrected: '≤300000元/年', href: '#erratum-17' }]);
  });
});

describe('a text cut into paragraphs, lines and runs', () => {
  it('splits and trims as the page always has: paragraphs at blank lines, lines kept', () => {
    const text = '  第一段\n第二行\n\n \n第二段  \n\n';
    expect(paragraphsOf(text).map((p) => p.map((l) => l.map((r) => r.text).join('')))).toEqual([['第一段', '第二行'], ['第二段']]);
  });

  it('puts a mark in its line, between the text around it', () => {
    const text = '一段\n增长0.03%，原因';
    const start = text.indexOf('0.03%');
    const mark: TextMark = { start, end: start + 5, printed: '0.03%', corrected: '3.23%', href: '#erratum-1' };
    const [paragraph] = paragraphsOf(text, [mark]);
    expect(paragraph!.map((l) => l.map((r) => (r.mark ? `[${r.text}]` : r.text)).join(''))).toEqual(['一段', '增长[0.03%]，原因']);
  });
});

describe('the table of contents', () => {
  it('lists 晋城 2024’s sections in the page’s order, its tables and narrative sections under their own', () => {
    const { data, ctx } = disclosure(JINCHENG);
    const tables = standardTables(ctx);
    const toc = disclosureToc(sectionsOf(data, '晋城市行政审批服务管理局', tables, true), 'en');
    expect(toc.map((e) => e.id)).toEqual([
      'summary-title', 'charts-title', 'tables-title', 'narrative-title', 'organisation-title', 'procurement-title', 'assets-title',
      'purchase-services-title', 'performance-title', 'other-notes-title', 'projects-title', 'notes-title', 'downloads-title', 'source-title',
    ]);
    expect(toc.map((e) => e.label).slice(0, 4)).toEqual(['Summary', 'Charts', 'Budget tables', 'Explanations']);
    // 13 tables of the template, each by its anchor and English title.
    expect(toc[2]!.children!.length).toBe(13);
    expect(toc[2]!.children![0]).toEqual({ id: 'table-budget_summary', label: 'Income and expenditure summary' });
    // 8 numbered narrative sections, their Chinese titles marked as data.
    expect(toc[3]!.children!.map((c) => c.id)).toEqual(['n-changes', 'n-income', 'n-expenditure', 'n-fiscal', 'n-general-budget', 'n-basic', 'n-three-public', 'n-admin-costs']);
    expect(toc[3]!.children![7]).toEqual({ id: 'n-admin-costs', label: '八、机关运行经费增减变动原因说明', data: true });
  });

  it('leaves out what a page does not show', () => {
    const toc = disclosureToc({ charts: false, tables: [], narrative: [], organisation: false, procurement: false, assets: false, purchaseServices: false, performance: false, otherNotes: false, projects: false, performanceTargets: false }, 'zh');
    expect(toc.map((e) => e.label)).toEqual(['概要', '预算报表', '数据说明', '下载', '来源']);
  });
});
