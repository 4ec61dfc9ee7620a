// Number formatting for Chinese readers: 万元 with the decimals as published, 亿元 where it helps.
import { Decimal, roundHalfUp, type Amount } from './money.ts';

/** Groups the integer part with commas: 1138.19 → 1,138.19. */
function group(text: string): string {
  const negative = text.startsWith('-');
  const [int, frac] = (negative ? text.slice(1) : text).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** A number written as text, grouped with its own sign and decimals: "1390.32" → "1,390.32", "+20000" → "+20,000". */
export function formatNumberText(text: string): string {
  const sign = /^[+-]/.test(text) ? text[0] : '';
  return `${sign}${group(text.slice(sign.length))}`;
}

/** An amount as published (its own decimals), grouped: "1,138.19", "702.1". */
export function formatAmount(a: Amount | Decimal, scale = 2): string {
  if (a instanceof Decimal) return group(a.toFixed(scale));
  return group(a.text);
}

/** A figure at `scale` decimals (its printed precision), half-up, grouped: 1740.2 at 1 → "1,740.2". */
export function formatFixed(value: Decimal, scale: number): string {
  return group(roundHalfUp(value, scale).toFixed(scale));
}

/** A 万元 figure at two decimals, half-up, grouped. */
export function formatWan(value: Decimal): string {
  return group(roundHalfUp(value, 2).toFixed(2));
}

/** "1,138.19万元", or "1.23亿元" from 1 亿 (10,000 万元) up, where the larger unit reads easier. */
export function formatWanReadable(value: Decimal): string {
  if (value.abs().gte(10000)) return `${group(roundHalfUp(value.dividedBy(10000), 2).toFixed(2))}亿元`;
  return `${formatWan(value)}万元`;
}

export function formatYuan(a: Amount | Decimal): string {
  return a instanceof Decimal ? group(a.toFixed(a.decimalPlaces())) : group(a.text);
}

/** A count of people or things, grouped: 3976481 → "3,976,481". */
export function formatCount(n: number): string {
  return group(String(n));
}

/** A percentage at `places` decimals, half-up. */
export function formatPercent(value: Decimal, places = 2): string {
  return `${roundHalfUp(value, places).toFixed(places)}%`;
}

/** A signed change: "+12.30" / "-5.00". */
export function formatSigned(value: Decimal): string {
  const s = formatWan(value.abs());
  return value.isNegative() && !value.isZero() ? `-${s}` : `+${s}`;
}

/** Share of `part` in `whole` in percent, or null when the whole is zero. */
export function share(part: Decimal, whole: Decimal): Decimal | null {
  return whole.isZero() ? null : part.dividedBy(whole).times(100);
}

/**
 * A department's name that says its region: its full name when that starts with the region's
 * (晋城市行政审批服务管理局), else the region's name before it. Never the region before the short
 * name, which may carry the region's level itself: 晋城市 and 市审批局 would read 晋城市市审批局.
 */
export function nameWithRegion(region: string, department: { name: string }): string {
  return department.name.startsWith(region) ? department.name : `${region}${department.name}`;
}

/**
 * A department's name to show beside its region's (临汾市 · 行政审批服务管理局): without the
 * region's name in front, so that the two are not run together; the full name where it does not
 * start with the region's, or is nothing but it.
 */
export function nameBesideRegion(region: string, department: { name: string }): string {
  const rest = department.name.startsWith(region) ? department.name.slice(region.length) : '';
  return rest || department.name;
}
