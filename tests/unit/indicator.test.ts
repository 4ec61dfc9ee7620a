import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../../src/lib/derive/indicator.ts';

describe('parseIndicatorValue', () => {
  it.each([
    ['≥30张', '≥', '30', '张'],
    ['≤1000元', '≤', '1000', '元'],
    ['=100%', '=', '100', '%'],
    ['≤3800元/人/月', '≤', '3800', '元/人/月'],
    ['≤15.2万元', '≤', '15.2', '万元'],
    ['>3000项', '>', '3000', '项'],
    ['≤81,045,000 元', '≤', '81045000', '元'],
    ['100', null, '100', ''],
  ])('parses %s', (raw, op, number, unit) => {
    const v = parseIndicatorValue(raw);
    expect(v.kind).toBe('quantity');
    if (v.kind === 'quantity') expect([v.op, v.numberText, v.unit]).toEqual([op, number, unit]);
  });

  it('converts money units to 元', () => {
    const v = parseIndicatorValue('≤15.2万元');
    expect(v.kind === 'quantity' && v.yuan?.toString()).toBe('152000');
  });

  it.each(['及时', '效果明显', '2025年4月底前', '6至9月', '1 1 次/1 日', '合格率%'])('keeps %s as text', (raw) => {
    expect(parseIndicatorValue(raw).kind).toBe('text');
  });
});
