// Reading cells of extracted tables: amounts as printed, codes, and the defects of extraction
// (text doubled by the PDF's text layer, thousands commas, blanks).
import { LEADING_ORDINAL } from '../chinese-text.ts';
import { Decimal } from '../money.ts';

/**
 * "1,433.901,433.90" → "1,433.90": some PDFs carry every text run twice. Undone only where the
 * doubled text cannot be real: a number with two decimal points, a code of an impossible length
 * (4, 6, 10 or 14 digits, read as a code), words of two or more characters. The amount "22" stays 22.
 */
export function undouble(text: string, as: 'text' | 'code' = 'text'): string {
  const t = text.trim();
  if (t.length < 2 || t.length % 2 !== 0) return t;
  const half = t.slice(0, t.length / 2);
  if (half + half !== t) return t;
  if (/^[\d,.-]+$/.test(t)) return half.includes('.') || (as === 'code' && /^\d+$/.test(half) && [2, 3, 5, 7].includes(half.length)) ? half : t;
  return half.length >= 2 ? half : t;
}

const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** An amount cell as printed (thousands commas kept, as the YAML keeps them), or null. */
export function amountText(cell: string | undefined): string | null {
  if (cell === undefined) return null;
  // Extraction sometimes cuts the decimals off and leaves the point ("3000."): the value is whole.
  const t = undouble(cell.replace(/\s+/g, '')).replace(/^(\d[\d,]*)\.$/, '$1');
  return AMOUNT.test(t) ? t : null;
}

/** The value of an amount text, exactly. */
export const amountValue = (text: string): Decimal => new Decimal(text.replace(/,/g, ''));

/** A printed amount that is zero ("0", "0.00") is a blank for placement: the YAML leaves it out. */
export const isZero = (text: string): boolean => amountValue(text).isZero();

/** A functional code cell: 3, 5 or 7 digits, or the 2-digit 款/项 part that split layouts print. */
export function codeText(cell: string | undefined): string | null {
  if (cell === undefined) return null;
  const t = undouble(cell.replace(/\s+/g, ''), 'code');
  return /^(\d{2}|\d{3}|\d{5}|\d{7})$/.test(t) ? t : null;
}

/** A label as printed, without spaces inside Chinese text, doubling or leading ordinals (一、 ① (1)). */
export function labelText(cell: string): string {
  return undouble(cell)
    .replace(/(?<=[\u2018-\u201f\u3000-\u9fff\uff00-\uffef])\s+(?=[\u2018-\u201f\u3000-\u9fff\uff00-\uffef])/g, '')
    .trim();
}

/** The label without its ordinal ("一、一般公共预算" → "一般公共预算", "②公务用车运行维护费" → "公务用车运行维护费"). */
export function bareLabel(cell: string): string {
  return labelText(cell).replace(LEADING_ORDINAL, '').trim();
}
