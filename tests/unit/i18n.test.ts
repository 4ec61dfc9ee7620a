// Interface words: every string in both languages with the same placeholders, and the helpers that
// fill them and mark the values that come from the data. Rule words likewise.
import { describe, expect, it } from 'vitest';
import { chineseRuns, dataLang, phrase, searchFilter, STRING_KEYS, t, tf } from '../../src/lib/i18n.ts';
import { listOf, RULE_WORDS, ruleWord } from '../../src/lib/validate/catalogue.ts';

const HAN = /\p{Script=Han}/u;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** English strings that quote Chinese on purpose: search examples, and the language switch's own name. */
const CHINESE_IN_ENGLISH = new Set(['searchPlaceholder', 'otherLanguage']);

describe('interface strings', () => {
  it('has every string in Chinese and English with the same placeholders', () => {
    for (const key of STRING_KEYS) {
      expect(t(key, 'zh'), key).not.toBe('');
      expect(t(key, 'en'), key).not.toBe('');
      expect(placeholders(t(key, 'en')), key).toEqual(placeholders(t(key, 'zh')));
      if (!CHINESE_IN_ENGLISH.has(key)) expect(t(key, 'en'), key).not.toMatch(HAN);
    }
  });

  it('fills placeholders, leaving an unknown one visible', () => {
    expect(tf('changeOnLastYear', 'en', { direction: 'up', amount: '12.00', unit: '10k yuan', percent: ', 3.00%' })).toBe('up 12.00 10k yuan on last year, 3.00%');
    expect(tf('changeOnLastYear', 'zh', { direction: '增加', amount: '12.00', unit: '万元', percent: '' })).toBe('比上年增加 12.00 万元');
    expect(tf('withCode', 'en', { name: '行政运行' })).toBe('行政运行 ({code})');
  });

  it('cuts a string at its placeholders so a page can mark a value from the data', () => {
    expect(phrase('latestByDepartment', 'en', { region: '临汾市' })).toEqual([{ text: '临汾市', param: 'region' }, { text: ': latest budget of each department' }]);
    expect(phrase('sourceDetails', 'zh', { publisher: '某局', year: 2020 }).map((p) => p.text).join('')).toBe('（某局，2020年）');
    expect(dataLang('zh')).toBeUndefined();
    expect(dataLang('en')).toBe('zh-CN');
  });

  it('finds the Chinese runs of an English sentence, so a page can mark them', () => {
    const zh = (text: string) => chineseRuns(text).filter((r) => r.zh).map((r) => r.text);
    expect(zh('2130599 is printed as “其他扶贫支出”; the 2022 classification calls it “其他巩固脱贫衔接乡村振兴支出”.')).toEqual(['“其他扶贫支出”', '“其他巩固脱贫衔接乡村振兴支出”']);
    expect(zh('The published ≤295000元 is corrected to ≤29500元 by an erratum.')).toEqual(['元', '元']);
    expect(zh('Over 2 years, 150000 yuan a year')).toEqual([]);
    expect(zh('Total “x”')).toEqual([]);
    const text = 'The published 专项业务支出 is corrected to 专项业务活动 by an erratum.';
    expect(chineseRuns(text).map((r) => r.text).join('')).toBe(text);
  });

  it('names search filters in Chinese, as the index does', () => {
    expect(searchFilter('region', '临汾市')).toBe('地区:临汾市');
    expect(searchFilter('year', 2020)).toBe('年度:2020');
  });
});

describe('rule words', () => {
  it('has every word in Chinese and English with the same placeholders', () => {
    for (const [key, w] of Object.entries(RULE_WORDS)) {
      expect(w.zh, key).not.toBe('');
      expect(w.en, key).not.toBe('');
      expect(placeholders(w.en), key).toEqual(placeholders(w.zh));
    }
  });

  it('fills placeholders from bilingual params', () => {
    expect(ruleWord('subjectInTable', { table: { zh: '《支出总表》', en: 'Expenditure summary' }, what: { zh: '合计', en: 'total' } })).toEqual({ zh: '《支出总表》中“合计”', en: '“total” in Expenditure summary' });
    expect(ruleWord('detailRowTotal', { row: 3 })).toEqual({ zh: '预算明细第 3 行合计', en: 'total of budget detail row 3' });
    expect(listOf(['甲', { zh: '乙', en: 'B' }])).toEqual({ zh: '甲、乙', en: '甲, B' });
  });
});
