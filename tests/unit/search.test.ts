// The search page's pieces that need no index: where a hit lands and its excerpt, the sentences the
// index reads in place of tables, the department's name beside its region's, and the English
// page's suggestions. The real index is queried in tests/search/queries.test.ts.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { excerptOf, landings, type PagefindAnchor, type PagefindWord } from '../../src/lib/search/landing.ts';
import { englishWords, hasEnglish, suggestFor, type Suggestion } from '../../src/lib/search/english.ts';
import { commonSuggestions, suggestionList } from '../../src/lib/search/suggestions.ts';
import { rowSentence, tableRowSentence, tableSentences } from '../../src/lib/search/sentences.ts';
import { nameBesideRegion } from '../../src/lib/format.ts';
import type { Cell, Row, StandardTable } from '../../src/lib/derive/tables.ts';
import { SEARCH_WORDS } from '../../src/lib/glossary.ts';

const word = (location: number, balanced_score = 100): PagefindWord => ({ weight: 1, balanced_score, location });

// A page: a title, a summary (h2), two tables (sections with their titles in spans), a narrative heading.
const ANCHORS: PagefindAnchor[] = [
  { element: 'h2', id: 'summary-title', text: '概要', location: 10 },
  { element: 'section', id: 'table-a', text: '', location: 20 },
  { element: 'span', id: 'table-a-title', text: '2020年甲表', location: 20 },
  { element: 'tr', id: 'project-x', text: '', location: 30 },
  { element: 'h3', id: 'n-b', text: '二、说明', location: 50 },
  { element: 'section', id: 'table-c', text: '', location: 200 },
  { element: 'span', id: 'table-c-title', text: '2020年丙表', location: 200 },
  { element: 'div', id: 'empty-heading', text: '', location: 300 },
];

describe('where a hit lands', () => {
  it('belongs to the nearest section or heading with an id before it, a section titled by its <id>-title', () => {
    const parts = landings(ANCHORS, [word(5), word(12), word(35), word(60)], 400);
    const byId = Object.fromEntries(parts.map((p) => [p.id ?? 'top', p]));
    expect(Object.keys(byId).sort()).toEqual(['n-b', 'summary-title', 'table-a', 'top']);
    expect(byId['table-a']).toMatchObject({ title: '2020年甲表', start: 20, end: 50, words: [35] });
    expect(byId['n-b']).toMatchObject({ title: '二、说明', start: 50, end: 200 });
    expect(byId.top).toMatchObject({ start: 0, end: 10 });
    expect(byId.top!.title).toBeUndefined();
  });

  it('prefers the part where the query stands together, then the densest, then the first', () => {
    // 公 务 接 待 费 whole in table-c (a run of three), its words apart in the long narrative.
    const together = landings(ANCHORS, [word(55, 900), word(70, 900), word(90, 900), word(120, 900), word(201), word(202), word(203)], 400);
    expect(together.map((p) => p.id)).toEqual(['table-c', 'n-b']);
    // One hit each: table-a (30 words) is denser than n-b (150 words) at the same score.
    expect(landings(ANCHORS, [word(60), word(25)], 400).map((p) => p.id)).toEqual(['table-a', 'n-b']);
    // Equal in both: the first.
    expect(landings(ANCHORS, [word(205), word(25)], 230).map((p) => p.id)).toEqual(['table-a', 'table-c']);
  });

  it('takes a section as the target where it opens with a heading of its own', () => {
    const anchors: PagefindAnchor[] = [
      { element: 'section', id: 'procurement', text: '', location: 4 },
      { element: 'h2', id: 'procurement-title', text: '政府采购情况', location: 4 },
    ];
    expect(landings(anchors, [word(6)])[0]).toMatchObject({ id: 'procurement', title: '政府采购情况' });
  });
});

describe('the excerpt of a part', () => {
  // Pagefind's content: Chinese words split by zero-width spaces, ". " between blocks.
  const raw = ['甲表', '. ', '因公', '出国', '费', '：', '0.00 ', '万', '元', '. ', '公务', '接待', '费', '：', '1.50 ', '万', '元', '. ', '公务', '用车', '费', '：', '2.4 ', '万', '元', '. ', '下', '一', '节'].join('\u200B');
  const part = { id: 'table-a', start: 0, end: 26, words: [4, 10, 11, 12, 18, 20], score: 600 };

  it('starts at the sentence where the query stands together, marks the hits and reads the block breaks as sentences', () => {
    expect(excerptOf(raw, part, 16, '。')).toBe('<mark>公务</mark><mark>接待</mark><mark>费</mark>：1.50 万元。<mark>公务</mark>用车<mark>费</mark>：2.4 万元');
  });

  it('stays within its part, and ends at a whole sentence where one ends late enough', () => {
    expect(excerptOf(raw, { ...part, end: 17 }, 40, '。')).toBe('<mark>公务</mark><mark>接待</mark><mark>费</mark>：1.50 万元');
    expect(excerptOf(raw, part, 12, '。')).toBe('<mark>公务</mark><mark>接待</mark><mark>费</mark>：1.50 万元');
    expect(excerptOf(raw, { ...part, words: [] }, 9)).toBe('');
  });

  it('splits text without zero-width spaces at spaces', () => {
    expect(excerptOf('alpha beta . gamma delta', { start: 0, end: 5, words: [3], score: 1 }, 3)).toBe('<mark>gamma</mark> delta');
  });
});

const cell = (value: string | null, scale = 2): Cell => ({ value: value === null ? null : new Decimal(value), differs: false, scale });
const table = (columns: string[]): StandardTable =>
  ({ id: 't', title: { zh: '表', en: 'Table' }, heading: [], columns: columns.map((zh) => ({ zh, en: zh })), rows: [], unit: '万元', decimals: 2, empty: false, status: 'published' }) as unknown as StandardTable;
const row = (label: string, cells: Cell[], code?: string): Row => ({ code, label: { zh: label, en: label }, dataLabel: false, depth: 1, kind: 'line', cells });

describe('sentences in place of tables', () => {
  it('name the row and its amount in a table of one column, at the printed precision, zeros kept', () => {
    const three = table(['金额']);
    expect(tableRowSentence(three, row('公务接待费', [cell('1.5')]))).toBe('公务接待费：1.50 万元');
    expect(tableRowSentence(three, row('公务用车购置及运行费', [cell('2.4', 1)]))).toBe('公务用车购置及运行费：2.4 万元');
    expect(tableRowSentence(three, row('因公出国（境）费', [cell('0')]))).toBe('因公出国（境）费：0.00 万元');
  });

  it('name each column of a wider table, with the code, leaving out zero parts but not the first column', () => {
    const wide = table(['合计', '基本支出', '项目支出']);
    expect(tableRowSentence(wide, row('行政运行', [cell('232.61'), cell('232.61'), cell('0')], '2010301'))).toBe('行政运行（2010301）：合计 232.61 万元，基本支出 232.61 万元');
    expect(tableRowSentence(wide, row('其他支出', [cell('0'), cell('0'), cell(null)], '2299999'))).toBe('其他支出（2299999）：合计 0.00 万元');
    expect(tableRowSentence(wide, row('收入', [cell(null), cell(null), cell(null)]))).toBeUndefined();
  });

  it('leave out the rows the page does not show', () => {
    const wide = { ...table(['合计', '基本支出']), rows: [row('空行', [cell('0'), cell('0')]), row('行政运行', [cell('1'), cell('1')])] };
    expect(tableSentences(wide)).toEqual(['行政运行：合计 1.00 万元，基本支出 1.00 万元']);
  });

  it('join any row’s values the same way, empty values left out', () => {
    expect(rowSentence('合计', [{ column: '年度资金总额', value: '500,000 元' }, { column: '实施期资金总额', value: '' }], false)).toBe('合计：年度资金总额 500,000 元');
    expect(rowSentence('空', [{ column: '甲', value: ' ' }])).toBeUndefined();
  });
});

describe('a department beside its region', () => {
  it('drops the region’s name in front, and keeps a name that does not start with it, or is nothing but it', () => {
    expect(nameBesideRegion('临汾市', { name: '临汾市行政审批服务管理局' })).toBe('行政审批服务管理局');
    expect(nameBesideRegion('晋城市', { name: '市审批局' })).toBe('市审批局');
    expect(nameBesideRegion('临汾市', { name: '临汾市' })).toBe('临汾市');
  });
});

describe('English words to Chinese terms', () => {
  const list: Suggestion[] = [
    { en: 'Vehicles', zh: '车辆情况' },
    { en: 'Official vehicles', zh: '公务用车购置及运行费' },
    { en: 'Official vehicle', zh: '公务用车', common: true },
    { en: 'Official travel abroad', zh: '因公出国（境）费' },
    { en: 'Official hospitality', zh: '公务接待费' },
  ];

  it('reads English words in lower case, singular, without the small words', () => {
    expect(englishWords('Travel of the Vehicles, and class')).toEqual(['travel', 'vehicle', 'class']);
    expect(hasEnglish('vehicle')).toBe(true);
    expect(hasEnglish('公务用车 12345')).toBe(false);
  });

  it('offers the terms holding every word, the common words first, then the shortest', () => {
    expect(suggestFor('vehicle', list).map((s) => s.zh)).toEqual(['公务用车', '车辆情况', '公务用车购置及运行费']);
    expect(suggestFor('Travel abroad', list).map((s) => s.zh)).toEqual(['因公出国（境）费']);
    expect(suggestFor('hospit', list).map((s) => s.zh)).toEqual(['公务接待费']);
    expect(suggestFor('abroad zebra', list)).toEqual([]);
    expect(suggestFor('of the', list)).toEqual([]);
    expect(suggestFor('vehicle', list, 1)).toHaveLength(1);
  });

  it('takes the list from the glossary: the common search words first, each Chinese term once', () => {
    const all = suggestionList();
    expect(all.slice(0, Object.keys(SEARCH_WORDS).length)).toEqual(commonSuggestions());
    expect(new Set(all.map((s) => s.zh)).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(150);
    for (const s of all) expect(s.en.trim() && s.zh.trim(), JSON.stringify(s)).toBeTruthy();
    // The words of the issue, from the glossary.
    for (const [english, chinese] of [['hotline', '热线'], ['reception', '接待'], ['vehicle', '公务用车'], ['travel abroad', '因公出国（境）']]) {
      expect(suggestFor(english, all)[0]?.zh, english).toBe(chinese);
    }
  });
});
