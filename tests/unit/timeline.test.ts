// A department's years side by side: held years, last year's figures as each file prints them,
// the change on the year before, and the reason the document gives, from the four real files.
import { describe, expect, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { correctedData } from '../../src/lib/validate/corrections.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { departmentTimeline, statedReason } from '../../src/lib/derive/timeline.ts';
import { changeWords } from '../../src/lib/derive/change-words.ts';
import type { Claim, Disclosure } from '../../src/lib/schema/index.ts';

const { portal } = checkPortal('data');
const yearsOf = (region: string) =>
  portal.disclosures
    .filter((d) => d.data.region === region)
    .map((d) => {
      const data = correctedData(d);
      return { year: data.year, data, derived: derive(data) };
    });

describe('a year printed only in the next year’s file', () => {
  const timeline = departmentTimeline(yearsOf('jincheng'));

  it('comes before the held year, marked as printed, with the figures the 2024 document prints for 2023', () => {
    expect(timeline.map((y) => [y.year, y.kind, y.printedIn])).toEqual([
      [2023, 'prior-year', 2024],
      [2024, 'disclosure', undefined],
    ]);
    const [prior] = timeline;
    expect(Object.keys(prior!.cells)).toEqual(['total', 'three_public', 'admin_costs']);
    expect([prior!.cells.total!.value.toFixed(2), prior!.cells.three_public!.value.toFixed(2), prior!.cells.admin_costs!.value.toFixed(2)]).toEqual(['3826.55', '8.10', '156.53']);
    expect(prior!.basis).toMatch(/^2023年预算数/);
  });

  it('gives the held year its change on that figure, in the document’s own terms', () => {
    const total = timeline[1]!.cells.total!;
    // Printed: 比上年减少860.60万元，下降22.49%.
    expect(total.change!.difference.toFixed(2)).toBe('-860.60');
    expect(changeWords(total.change!, 'zh')).toBe('比上年减少 860.60 万元，22.49%');
    expect(changeWords(total.change!, 'en')).toBe('down 860.60 10k yuan on last year, 22.49%');
  });

  it('quotes the reason the document gives beside the change', () => {
    expect(timeline[1]!.cells.total!.reason!.text).toBe('主要原因是2024年人员工资调整以及项目资金的减少');
    expect(timeline[1]!.cells.three_public!.reason!.text).toBe('主要原因是2024年公务用车没有了,故本单位该项预算减少。');
    expect(timeline[1]!.cells.admin_costs!.reason!.text).toBe('原因是人员的调整，公用经费增加。');
    // 基本支出 has no prior-year figure in the file, so no change and no reason.
    expect(timeline[1]!.cells.basic!.change).toBeUndefined();
    expect(timeline[1]!.cells.basic!.reason).toBeUndefined();
  });
});

describe('last year’s figure from a printed change', () => {
  const timeline = departmentTimeline(yearsOf('fenyang'));

  it('is this year’s figure less the printed increase: 1,433.90 − 446.13 = 987.77', () => {
    expect(timeline[0]!.year).toBe(2022);
    expect(timeline[0]!.cells.total!.value.toFixed(2)).toBe('987.77');
    expect(timeline[1]!.cells.total!.change!.difference.toFixed(2)).toBe('446.13');
  });

  it('finds the reason in the rest of the sentence, and in the next sentence when it opens with it', () => {
    expect(timeline[1]!.cells.total!.reason!.text).toMatch(/^主要原因是1\.由于人员工资调资及养老公积金基数调增，基本支出增加40\.23万元；2\.项目经费增加405\.91万元/);
    expect(timeline[1]!.cells.admin_costs!.change!.difference.toFixed(2)).toBe('-3.06');
    expect(timeline[1]!.cells.admin_costs!.reason!.text).toBe('原因人员调出公用经费减少。');
    // 三公 unchanged (与2022年预算数相同): a change of zero, with no reason to give.
    expect(timeline[1]!.cells.three_public!.change!.difference.isZero()).toBe(true);
    expect(changeWords(timeline[1]!.cells.three_public!.change!, 'zh')).toBe('与上年持平');
  });
});

describe('reasons printed outside the narrative, and a year with nothing to compare', () => {
  it('reads the 机关运行经费 explanation and a claim whose text closes its sentence early', () => {
    const [prior, held] = departmentTimeline(yearsOf('xinzhou'));
    expect([prior!.year, prior!.cells.basic!.value.toFixed(2), prior!.cells.project!.value.toFixed(2)]).toEqual([2021, '1218.09', '1375.73']);
    expect(held!.cells.basic!.reason!.text).toMatch(/^主要原因一是人员变动引起，2021年新增4名退役军人/);
    expect(held!.cells.admin_costs!.reason!.text).toBe('增加的主要原因是机关人员增加。');
  });

  it('shows a single year with no prior-year figures as one row without changes', () => {
    const timeline = departmentTimeline(yearsOf('linfen'));
    expect(timeline.map((y) => y.year)).toEqual([2020]);
    expect(Object.values(timeline[0]!.cells).some((c) => c!.change)).toBe(false);
  });
});

describe('statedReason', () => {
  const doc = (text: string) => ({ narrative: { sections: [{ id: 's', title: 't', text }] } }) as unknown as Disclosure;
  const claim = (text: string) => ({ subject: 'total', section: 's', text }) as unknown as Claim;

  it('matches an elided claim piece by piece, across line breaks', () => {
    const d = doc('本年支出总计100万元，其中：本年安排100万元，\n比上年增加10万元，主要原因是新增项目。下一句。');
    expect(statedReason(d, claim('本年支出总计100万元……比上年增加10万元'))?.text).toBe('主要原因是新增项目。');
  });

  it('gives nothing when the sentence and the next say no reason, or the claim is not in the text', () => {
    expect(statedReason(doc('比上年增加10万元。下一年继续。'), claim('比上年增加10万元'))).toBeUndefined();
    expect(statedReason(doc('比上年增加10万元，主要原因是新增项目。'), claim('比上年减少10万元'))).toBeUndefined();
  });
});
