// Exact amounts. Every amount is read from its source text into a Decimal;
// no JavaScript number ever holds money (DESIGN principle 3).
import DecimalBase from 'decimal.js';

/** Decimal with enough precision for any budget and half-up rounding. */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Amount units used in disclosures: tables are in 万元, project forms in 元. */
export type MoneyUnit = '万元' | '元';
/** The two units by name, for code that compares or writes them (tables: 万元; project forms: 元). */
export const WAN = '万元' satisfies MoneyUnit;
export const YUAN = '元' satisfies MoneyUnit;
export const YUAN_PER_WAN = new Decimal(10000);

/** An amount as written in a file: its value, how it was written, and its decimal places. */
export interface Amount {
  value: Decimal;
  /** Canonical text without grouping commas, as many decimals as written: "1138.1". */
  text: string;
  /** Number of decimal places written; display keeps them (1138.1 is not shown as 1138.10). */
  scale: number;
}

export type AmountProblem =
  | { kind: 'empty' }
  | { kind: 'fullwidth'; suggestion: string }
  | { kind: 'grouping' }
  | { kind: 'exponent' }
  | { kind: 'syntax' }
  /** A number followed by a unit (232.61万元): the column's unit is implied; `suggestion` is the number alone. */
  | { kind: 'unit'; unit: string; suggestion: string }
  | { kind: 'negative' }
  | { kind: 'too-precise'; scale: number; maxScale: number }
  | { kind: 'too-large'; digits: number };

const FULLWIDTH = /[０-９，．－]/g;
/** A unit written after an amount: 万元, 元, 万, 亿元. */
const UNIT_SUFFIX = /^(.*?\d)\s*(万元|亿元|元|万)$/;
const AMOUNT_SYNTAX = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
/** More integer digits than any budget can have: a typo or an attack. */
export const MAX_INTEGER_DIGITS = 15;

export interface ParseAmountOptions {
  maxScale?: number;
  allowNegative?: boolean;
}

/** Parses an amount's source text. `1,138.19`, `1138.19` and `"1138.19"` give the same value. */
export function parseAmount(source: string, options: ParseAmountOptions = {}): { ok: true; amount: Amount } | { ok: false; problem: AmountProblem } {
  const text = source.trim();
  if (text === '') return { ok: false, problem: { kind: 'empty' } };
  if (FULLWIDTH.test(text)) {
    FULLWIDTH.lastIndex = 0;
    const suggestion = text.replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    return { ok: false, problem: { kind: 'fullwidth', suggestion } };
  }
  if (/^[-+]?\d*\.?\d+e[-+]?\d+$/i.test(text)) return { ok: false, problem: { kind: 'exponent' } };
  const m = AMOUNT_SYNTAX.exec(text);
  const withUnit = m ? null : UNIT_SUFFIX.exec(text);
  if (withUnit && AMOUNT_SYNTAX.test(withUnit[1]!)) return { ok: false, problem: { kind: 'unit', unit: withUnit[2]!, suggestion: withUnit[1]! } };
  if (!m) {
    if (/^-?[\d,]+(\.\d+)?$/.test(text)) return { ok: false, problem: { kind: 'grouping' } };
    return { ok: false, problem: { kind: 'syntax' } };
  }
  const negative = m[1] === '-';
  const integer = m[2]!.replace(/,/g, '');
  const fraction = m[3] ?? '';
  if (negative && !options.allowNegative) return { ok: false, problem: { kind: 'negative' } };
  const digits = integer.replace(/^0+(?=\d)/, '').length;
  if (digits > MAX_INTEGER_DIGITS) return { ok: false, problem: { kind: 'too-large', digits } };
  if (options.maxScale !== undefined && fraction.length > options.maxScale) {
    return { ok: false, problem: { kind: 'too-precise', scale: fraction.length, maxScale: options.maxScale } };
  }
  const canonical = `${negative ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
  return { ok: true, amount: { value: new Decimal(canonical), text: canonical, scale: fraction.length } };
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Half-up rounding to `places` decimals (6.135 → 6.14, where float toFixed gives 6.13). */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** 元 → 万元, exact. */
export function yuanToWan(yuan: Decimal): Decimal {
  return yuan.dividedBy(YUAN_PER_WAN);
}

/** Half a unit of the last place: 0.005 for two decimals. */
export function halfUnit(scale: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(scale + 1)));
}

/**
 * Rounding tolerance for comparing a figure with a sum of `addends` rounded values
 * (DESIGN principle 4): N × half a unit of the last place. Exact units (元) have none.
 */
export function roundingTolerance(addends: number, scale: number, unit: MoneyUnit = '万元'): Decimal {
  if (unit === '元') return ZERO;
  return halfUnit(scale).times(Math.max(addends, 0));
}

/** Formats a Decimal for messages: fixed places, no grouping. */
export function plain(value: Decimal, scale = 2): string {
  return value.toFixed(scale);
}
