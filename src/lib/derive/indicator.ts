// Performance indicator values: "≥30张", "≤3800元/人/月", "=100%", or words ("及时", "效果明显").
import { Decimal } from '../money.ts';
import { INDICATOR_MONEY_UNITS, INDICATOR_NOT_QUANTITY, PER_YEAR } from '../chinese-text.ts';

export type Operator = '=' | '≥' | '≤' | '>' | '<';

export type IndicatorValue =
  | { kind: 'quantity'; op: Operator | null; number: Decimal; numberText: string; unit: string; yuan: Decimal | null }
  | { kind: 'text'; text: string };

const OPERATORS: Record<string, Operator> = {
  '=': '=',
  '＝': '=',
  '≥': '≥',
  '≧': '≥',
  '>=': '≥',
  '≤': '≤',
  '≦': '≤',
  '<=': '≤',
  '>': '>',
  '＞': '>',
  '<': '<',
  '＜': '<',
};

const QUANTITY = /^(>=|<=|[=＝≥≧≤≦>＞<＜])?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(.*)$/;

export function parseIndicatorValue(raw: string): IndicatorValue {
  const text = raw.trim();
  const m = QUANTITY.exec(text);
  if (!m) return { kind: 'text', text };
  const unit = m[3]!.trim();
  // "2025年4月底前", "6至9月", "1 1 次/1 日": a number followed by more words is not a quantity.
  if (/[\d]/.test(unit) || INDICATOR_NOT_QUANTITY.test(unit)) return { kind: 'text', text };
  const numberText = m[2]!.replace(/,/g, '');
  const number = new Decimal(numberText);
  // Money per year counts as money: the year's budget is what a cost cap is compared with.
  const money = unit.replace(PER_YEAR, '');
  const perUnit = Object.hasOwn(INDICATOR_MONEY_UNITS, money) ? INDICATOR_MONEY_UNITS[money]! : null;
  const yuan = perUnit === null ? null : number.times(perUnit);
  return { kind: 'quantity', op: m[1] ? OPERATORS[m[1]]! : null, number, numberText, unit, yuan };
}
