import { describe, expect, it } from 'vitest';
import { Decimal, parseAmount, roundHalfUp, roundingTolerance, yuanToWan } from '../../src/lib/money.ts';

describe('parseAmount', () => {
  it('reads the same value from every way of writing it', () => {
    for (const text of ['1138.19', '1,138.19', ' 1138.19 ']) {
      const r = parseAmount(text);
      expect(r.ok && r.amount.value.equals(new Decimal('1138.19'))).toBe(true);
    }
  });

  it('keeps the decimals as written', () => {
    const r = parseAmount('1138.1');
    expect(r.ok && r.amount.text).toBe('1138.1');
    expect(r.ok && r.amount.scale).toBe(1);
  });

  it('keeps digits a float would lose', () => {
    const r = parseAmount('12345678901234.89');
    expect(r.ok && r.amount.value.toFixed(2)).toBe('12345678901234.89');
  });

  it.each([
    ['１２３.４５', 'fullwidth'],
    ['1e5', 'exponent'],
    ['11,38.19', 'grouping'],
    ['-5', 'negative'],
    ['abc', 'syntax'],
    ['232.61万元', 'unit'],
    ['12 元', 'unit'],
    ['万元', 'syntax'],
    ['', 'empty'],
    ['1234567890123456', 'too-large'],
  ])('rejects %s as %s', (text, kind) => {
    const r = parseAmount(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.kind).toBe(kind);
  });

  it('suggests the half-width form of full-width digits', () => {
    const r = parseAmount('１２３.４５');
    expect(!r.ok && r.problem.kind === 'fullwidth' && r.problem.suggestion).toBe('123.45');
  });

  it('recognises a unit after the number and suggests the number alone', () => {
    const r = parseAmount('232.61万元');
    expect(!r.ok && r.problem.kind === 'unit' && [r.problem.unit, r.problem.suggestion]).toEqual(['万元', '232.61']);
    const grouped = parseAmount('1,138.19 万元');
    expect(!grouped.ok && grouped.problem.kind === 'unit' && grouped.problem.suggestion).toBe('1,138.19');
  });

  it('enforces the unit’s precision', () => {
    const r = parseAmount('1.234', { maxScale: 2 });
    expect(!r.ok && r.problem.kind).toBe('too-precise');
  });
});

describe('rounding', () => {
  it('rounds half up exactly where a float rounds down', () => {
    // 61,350 元 = 6.135 万元: (6.135).toFixed(2) is "6.13" in JavaScript; the document prints 6.14.
    expect(roundHalfUp(yuanToWan(new Decimal(61350)), 2).toFixed(2)).toBe('6.14');
    expect(roundHalfUp(yuanToWan(new Decimal('636070.75')), 2).toFixed(2)).toBe('63.61');
    expect(roundHalfUp(yuanToWan(new Decimal('20749.5')), 2).toFixed(2)).toBe('2.07');
  });

  it('allows N half-units for N rounded parts, none for 元', () => {
    expect(roundingTolerance(3, 2).toString()).toBe('0.015');
    expect(roundingTolerance(13, 2).toString()).toBe('0.065');
    expect(roundingTolerance(13, 2, '元').toString()).toBe('0');
  });
});
