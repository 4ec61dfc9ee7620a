// Spending per resident: exact (万元 × 10000 ÷ population), shown to the fen, only for a year whose
// population region.yaml gives; and region.yaml's population is checked, bad values located.
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { perResident, perResidentIn, populationIn, PER_RESIDENT_DECIMALS } from '../../src/lib/derive/per-capita.ts';
import { formatFixed } from '../../src/lib/format.ts';
import { Decimal } from '../../src/lib/money.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { messageOf } from '../../src/lib/validate/finding.ts';
import { FIXTURES } from '../support/fixtures.ts';

const shown = (d: Decimal) => formatFixed(d, PER_RESIDENT_DECIMALS);
const { portal } = checkPortal('data');

describe('spending per resident', () => {
  it('is 万元 × 10000 ÷ population, exact', () => {
    // 1 万元 = 10000 元 over 8 people: 1250 元 each, no rounding at all.
    expect(perResident(new Decimal('1'), 8).toString()).toBe('1250');
    // 0.01 万元 = 100 元 over 3 people: 33.333… 元, kept exact to decimal.js's precision, not to a float's.
    expect(perResident(new Decimal('0.01'), 3).toFixed(30)).toBe('33.333333333333333333333333333333');
  });

  it('is shown to the fen, half-up (1 万元 over 3200 people is 3.125 元: 3.13)', () => {
    expect(shown(perResident(new Decimal('1'), 3200))).toBe('3.13');
    expect(shown(perResident(new Decimal('1'), 3203))).toBe('3.12');
  });

  it('of 临汾市行政审批服务管理局 in 2020: 1138.19 万元 over 3,976,481 residents is 2.86 元', () => {
    // By hand: 1138.19 × 10000 = 11,381,900 元; 11,381,900 ÷ 3,976,481 = 2.8623…; to the fen 2.86.
    const linfen = portal.regions.get('linfen')!.data;
    const d = portal.disclosures.find((x) => x.source.region === 'linfen' && x.source.year === 2020)!;
    const total = d.data.published!.expenditure_summary!.total!;
    expect(total.text).toBe('1138.19');
    const per = perResidentIn(linfen, 2020, total.value)!;
    expect(per.population).toBe(3976481);
    expect(shown(per.yuan)).toBe('2.86');
    expect(per.yuan.toFixed(6)).toBe('2.862305');
  });

  it('is never computed with another year’s population', () => {
    const region = { population: { '2020': 3976481 } };
    expect(populationIn(region, 2020)).toBe(3976481);
    expect(populationIn(region, 2021)).toBeUndefined();
    expect(perResidentIn(region, 2022, new Decimal('6442.05'))).toBeUndefined();
    expect(perResidentIn({}, 2020, new Decimal('1138.19'))).toBeUndefined();
  });
});

describe('the demo regions’ populations', () => {
  it('are the 2020 census figures, for 2020 only, with their source named', () => {
    const of = (slug: string) => portal.regions.get(slug)!.data.population;
    // 山西省第七次全国人口普查公报（第二号）, 2021-05-26.
    expect(of('linfen')).toEqual({ '2020': 3976481 });
    expect(of('jincheng')).toEqual({ '2020': 2194545 });
    expect(of('xinzhou')).toEqual({ '2020': 2689668 });
    expect(of('fenyang')).toBeUndefined();
    for (const slug of ['linfen', 'jincheng', 'xinzhou']) expect(readFileSync(`data/${slug}/region.yaml`, 'utf8')).toContain('第七次全国人口普查公报');
  });
});

/** The base fixture with region.yaml's population replaced by `lines`; the findings on region.yaml. */
function regionFindings(lines: string) {
  const root = mkdtempSync(join(tmpdir(), 'gongkai-population-'));
  try {
    cpSync(join(FIXTURES, 'base'), root, { recursive: true });
    const file = join(root, 'demo', 'region.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}${lines}`);
    return checkPortal(root).findings.filter((f) => relative(root, f.file).split('\\').join('/') === 'demo/region.yaml');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('region.yaml population, checked', () => {
  it('accepts a whole number of residents by year', () => {
    expect(regionFindings('population:\n  "2020": 3976481\n  "2021": "3976481"\n')).toEqual([]);
  });

  it('rejects zero, decimals, commas and negative numbers at the value, saying what a population is', () => {
    const base = readFileSync(join(FIXTURES, 'base', 'demo', 'region.yaml'), 'utf8').split('\n').length - 1;
    const findings = regionFindings('population:\n  "2020": 0\n  "2021": 3976481.5\n  "2022": "3,976,481"\n  "2023": -3\n');
    expect(findings.map((f) => [f.rule, f.line - base, f.column])).toEqual([
      ['schema/value', 2, 11],
      ['schema/value', 3, 11],
      ['schema/value', 4, 11],
      ['schema/value', 5, 11],
    ]);
    expect(messageOf(findings[0]!, 'zh')).toBe('“0”不是有效的人口数（大于零的整数，不加逗号）。');
    expect(messageOf(findings[2]!, 'en')).toBe('“3,976,481” is not a valid population (a whole number above zero, without commas).');
  });

  it('rejects a key that is not a year at the key, as a year (not as a figure name)', () => {
    const base = readFileSync(join(FIXTURES, 'base', 'demo', 'region.yaml'), 'utf8').split('\n').length - 1;
    const findings = regionFindings('population:\n  "20x1": 5\n');
    expect(findings.map((f) => [f.rule, f.line - base, f.column])).toEqual([['schema/value', 2, 3]]);
    expect(messageOf(findings[0]!, 'zh')).toBe('“20x1”不是有效的年份（四位数字）。');
  });
});
