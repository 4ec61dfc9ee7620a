// The drill-down treemap's tree: 类 → 款 → 项 → projects, with sums worked by hand from the demo
// disclosures' expenditure lines and project tables; the blocks the page and the browser read;
// labels cut between whole characters; text that reads on every block colour.
import { describe, expect, it } from 'vitest';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { correctedData } from '../../src/lib/validate/corrections.ts';
import { spendingTree, type SpendingNode } from '../../src/lib/derive/spending-tree.ts';
import { treemapSpec } from '../../src/lib/charts/treemap.ts';
import { fitLabel } from '../../src/lib/charts/label.ts';
import { inkOn, PALETTE, partColour } from '../../src/lib/charts/palette.ts';
import { parseAmount, type Amount } from '../../src/lib/money.ts';
import type { Disclosure } from '../../src/lib/schema/index.ts';

const result = checkPortal('data');
const dataOf = (file: string) => correctedData(result.portal.disclosures.find((d) => d.source.file.endsWith(file))!);
const ctxOf = (file: string) => tableContextFor(result, dataOf(file));
const find = (node: SpendingNode, id: string): SpendingNode | undefined => (node.id === id ? node : node.children.map((c) => find(c, id)).find(Boolean));
const amount = (text: string): Amount => {
  const r = parseAmount(text);
  if (!r.ok) throw new Error(text);
  return r.amount;
};
const HAN = /\p{Script=Han}/u;

describe('linfen 2020: the tree of 类, 款, 项 and projects', () => {
  const { root, unplaced } = spendingTree(ctxOf('linfen/xingzheng-shenpi/2020.yaml'));

  it('adds the 项 lines of 201 to the 类 and its one 款', () => {
    // 2010301 232.61 + 2010302 210 + 2010305 462.1 + 2010306 30 + 2010350 117 = 1051.71
    const c201 = find(root, '201')!;
    expect(c201.value.toFixed(2)).toBe('1051.71');
    expect(c201.children.map((c) => c.id)).toEqual(['20103']);
    expect(find(root, '20103')!.value.toFixed(2)).toBe('1051.71');
    expect(find(root, '20103')!.children.map((c) => c.id).sort()).toEqual(['2010301', '2010302', '2010305', '2010306', '2010350']);
  });

  it('has every 类 of the lines, adding up to the 支出合计 of 1,138.19', () => {
    // 201: 1051.71; 208: 38.44 + 19.21 = 57.65; 221: 28.83. 1051.71 + 57.65 + 28.83 = 1138.19.
    expect(root.children.map((c) => [c.id, c.value.toFixed(2)])).toEqual([
      ['201', '1051.71'],
      ['208', '57.65'],
      ['221', '28.83'],
    ]);
    expect(root.value.toFixed(2)).toBe('1138.19');
    expect(root.differs).toBe(false);
  });

  it('puts the four projects paid under 2010305 under it: 260.1 + 103 + 50 + 49 = 462.10, nothing left unlisted', () => {
    const item = find(root, '2010305')!;
    expect(item.kind).toBe('item');
    expect(item.children.map((c) => [c.kind, c.project, c.value.toFixed(2)]).sort()).toEqual([
      ['project', 'rexian-goumai-fuwu', '260.10'],
      ['project', 'rexian-kuorong', '103.00'],
      ['project', 'yichuang-shouli-gaizao', '49.00'],
      ['project', 'yimei-yinzhang', '50.00'],
    ]);
  });

  it('leaves an item without projects as a block that does not open', () => {
    expect(find(root, '2010301')!.children).toEqual([]);
    expect(find(root, '2010302')!.children).toEqual([]);
  });

  it('counts the projects that name no functional code: 7 of them, 20 + 10 + 30 + 30 + 30 + 10 + 40 = 170 万元', () => {
    expect(unplaced.count).toBe(7);
    expect(unplaced.value.toFixed(2)).toBe('170.00');
  });
});

describe('jincheng 2024: an item with basic expenditure and fifteen projects', () => {
  const { root, unplaced } = spendingTree(ctxOf('jincheng/xingzheng-shenpi/2024.yaml'));

  it('shows the item’s basic expenditure beside its projects, which cover its project money', () => {
    const item = find(root, '2010306')!;
    // Basic 841.48 + project 1850.25 = 2691.73.
    expect(item.value.toFixed(2)).toBe('2691.73');
    const basic = item.children.filter((c) => c.kind === 'basic');
    expect(basic.map((c) => c.value.toFixed(2))).toEqual(['841.48']);
    const projects = item.children.filter((c) => c.kind === 'project');
    expect(projects).toHaveLength(15);
    // 28 + 70 + 131.25 + 15 + 400 + 260 + 95 + 80 + 75 + 228 + 175 + 60 + 63 + 20 + 150 = 1850.25
    expect(projects.reduce((s, p) => s.plus(p.value), basic[0]!.value.minus(basic[0]!.value)).toFixed(2)).toBe('1850.25');
    expect(item.children.some((c) => c.kind === 'unlisted')).toBe(false);
    expect(unplaced.count).toBe(0);
  });

  it('opens 210 into its two 款: 21007 7.22 and 21011 45.39 + 20.95 = 66.34', () => {
    expect(find(root, '210')!.value.toFixed(2)).toBe('73.56');
    expect(find(root, '210')!.children.map((c) => [c.id, c.value.toFixed(2)]).sort()).toEqual([
      ['21007', '7.22'],
      ['21011', '66.34'],
    ]);
  });
});

describe('printed figures that differ from their parts by rounding', () => {
  it('xinzhou 2022: the total is the printed 6,442.05, marked, though the lines add up to 6,442.07', () => {
    const { root } = spendingTree(ctxOf('xinzhou/xingzheng-shenpi/2022.yaml'));
    expect(root.value.toFixed(2)).toBe('6442.05');
    expect(root.printed?.text).toBe('6442.05');
    expect(root.differs).toBe(true);
  });

  it('fenyang 2023: 201 is printed 1,390.32; its lines 246.65 + 935.85 + 23.02 + 184.79 add up to 1,390.31', () => {
    const { root } = spendingTree(ctxOf('fenyang/xingzheng-shenpi/2023.yaml'));
    const c201 = find(root, '201')!;
    expect(c201.value.toFixed(2)).toBe('1390.32');
    expect(c201.differs).toBe(true);
  });
});

describe('money the finer levels do not account for', () => {
  const base = dataOf('linfen/xingzheng-shenpi/2020.yaml');
  const withChanges = (change: (d: Disclosure) => Disclosure) => spendingTree(tableContextFor(result, change(base)));

  it('shows an item’s project money that no listed project accounts for', () => {
    // 2010302 has 210 of project money; one project of 60 is paid under it: 150 are unlisted.
    const { root } = withChanges((d) => ({ ...d, projects: [...(d.projects ?? []), { id: 'extra', name: 'x', code: '2010302', amount: amount('60') }] }));
    const item = find(root, '2010302')!;
    expect(item.children.map((c) => [c.kind, c.value.toFixed(2)])).toEqual([
      ['project', '60.00'],
      ['unlisted', '150.00'],
    ]);
  });

  it('takes a remainder within rounding of the listed projects for rounding, not for unlisted money', () => {
    // 2010306 has 30 of project money; two projects of 14.99 and 15.00 leave 0.01, within half a fen for each of three figures.
    const { root } = withChanges((d) => ({
      ...d,
      projects: [...(d.projects ?? []), { id: 'a', name: 'a', code: '2010306', amount: amount('14.99') }, { id: 'b', name: 'b', code: '2010306', amount: amount('15.00') }],
    }));
    expect(find(root, '2010306')!.children.map((c) => c.kind)).toEqual(['project', 'project']);
  });

  it('shows a line printed at 款 beside finer lines as money not broken down further', () => {
    // 20805 gets a line of its own of 10 beside 2080505 (38.44) and 2080506 (19.21): 67.65 in all.
    // Without the printed tables, whose 20805 (57.65) would win over the sum.
    const { root } = withChanges(({ published: _printed, ...d }) => ({ ...d, expenditure: [...d.expenditure, { code: '20805', name: '行政事业单位养老支出', basic: amount('10') }] }));
    const section = find(root, '20805')!;
    expect(section.value.toFixed(2)).toBe('67.65');
    expect(section.children.map((c) => [c.kind, c.value.toFixed(2)]).sort()).toEqual([
      ['item', '19.21'],
      ['item', '38.44'],
      ['unsplit', '10.00'],
    ]);
  });
});

describe('the blocks a page and the browser read', () => {
  const ctx = ctxOf('linfen/xingzheng-shenpi/2020.yaml');
  const zh = treemapSpec(ctx, 'zh', '/linfen/xingzheng-shenpi/2020/');

  it('lists each block before its parts, the largest part first, with the amounts as the tables print them', () => {
    const { blocks } = zh;
    expect(blocks[0]).toMatchObject({ parent: -1, depth: 0, name: '支出合计', amount: '1,138.19', share: '100.00%' });
    expect(blocks[0]!.children.map((i) => blocks[i]!.title)).toEqual(['201 一般公共服务支出', '208 社会保障和就业支出', '221 住房保障支出']);
    // 1051.71 / 1138.19 = 92.4020…%
    expect(blocks[1]).toMatchObject({ parent: 0, depth: 1, code: '201', amount: '1,051.71', share: '92.40%', level: '类' });
    for (const [i, b] of blocks.entries()) for (const c of b.children) expect(blocks[c]!.parent).toBe(i);
    for (const [i, b] of blocks.entries()) expect(b.children.every((c) => c > i)).toBe(true);
  });

  it('links a project block to its page, and says the level of each block in words', () => {
    const project = zh.blocks.find((b) => b.kind === 'project' && b.name === '市长热线政府购买服务')!;
    expect(project).toMatchObject({ href: '/linfen/xingzheng-shenpi/2020/projects/rexian-goumai-fuwu/', amount: '260.10', share: '22.85%', depth: 4, level: '项目', children: [] });
    expect(zh.blocks.filter((b) => b.depth === 3).every((b) => b.level === '项')).toBe(true);
    expect(zh.unplaced).toContain('7');
    expect(zh.unplaced).toContain('170.00');
  });

  it('gives the area of a block as its exact decimal text', () => {
    expect(zh.blocks.find((b) => b.code === '2010305')!.area).toBe('462.1');
  });

  it('says everything in English on English pages; names from the data stay Chinese', () => {
    const en = treemapSpec(ctx, 'en');
    for (const w of [en.title, en.unitLabel, en.unplaced!, ...Object.values(en.words)]) expect(w, w).not.toMatch(HAN);
    for (const b of en.blocks) {
      if (b.dataName) expect(b.name).toMatch(HAN);
      else expect(b.name, b.name).not.toMatch(HAN);
      expect(b.level).not.toMatch(HAN);
    }
    expect(en.blocks[0]!.name).toBe('Total expenditure');
    expect(en.title).toContain('2020');
  });
});

describe('labels cut to their block', () => {
  /** One unit of width per character (code point), as a canvas would measure a monospaced font. */
  const perCharacter = (s: string) => [...s].length;

  it('keeps a label that fits, and cuts a long one with an ellipsis', () => {
    expect(fitLabel('住房保障支出', 6, perCharacter)).toBe('住房保障支出');
    expect(fitLabel('社会保障和就业支出', 5, perCharacter)).toBe('社会保障…');
  });

  it('never cuts inside a character made of two code units or of combining marks', () => {
    // 𠀀 is outside the Basic Multilingual Plane (a surrogate pair); é here is e + a combining accent.
    const label = fitLabel('𠀀𠀁𠀂𠀃', 3, perCharacter);
    expect(label).toBe('𠀀𠀁…');
    expect(label.isWellFormed()).toBe(true);
    const accented = fitLabel('e\u0301e\u0301e\u0301e\u0301', 4, perCharacter);
    expect(accented).toBe('e\u0301…');
  });

  it('does not end a cut label on an opening bracket or a pause', () => {
    expect(fitLabel('行政运行（政府办公厅（室）及相关机构事务）', 6, perCharacter)).toBe('行政运行…');
    expect(fitLabel('“一枚印章管审批”相对集中', 3, perCharacter)).toBe('“一…');
  });

  it('gives nothing where not even one character fits', () => {
    expect(fitLabel('一般公共服务支出', 1, perCharacter)).toBe('');
    expect(fitLabel('一般公共服务支出', 0, perCharacter)).toBe('');
  });
});

describe('block colours', () => {
  it('writes black on the light colours and white on the dark ones', () => {
    expect(inkOn('#F0E442')).toBe('#000000');
    expect(inkOn('#E69F00')).toBe('#000000');
    expect(inkOn('#0072B2')).toBe('#ffffff');
    expect(inkOn('#000000')).toBe('#ffffff');
  });

  it('colours a part by its place among its level’s parts, the same for the canvas and the button', () => {
    const blocks = [
      { parent: -1, children: [1, 2] },
      { parent: 0, children: [3] },
      { parent: 0, children: [] },
      { parent: 1, children: [] },
    ];
    expect([1, 2, 3].map((b) => partColour(blocks, b))).toEqual([PALETTE[0], PALETTE[1], PALETTE[0]]);
  });
});
