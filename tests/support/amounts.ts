// Finds every amount in a disclosure file and rewrites one of them, for mutation tests.
import type { Loaded } from '../../src/lib/source/load.ts';
import type { Disclosure } from '../../src/lib/schema/index.ts';
import type { PathSegment } from '../../src/lib/source/yaml.ts';

export interface AmountSite {
  path: PathSegment[];
  line: number;
  column: number;
}

/** Every Amount in the parsed data, with where it is written. */
export function amountSites(file: Loaded<Disclosure>): AmountSite[] {
  const out: AmountSite[] = [];
  const walk = (node: unknown, path: PathSegment[]) => {
    if (node && typeof node === 'object' && 'value' in node && 'scale' in node && 'text' in node) {
      const at = file.locator.locate(path);
      out.push({ path, line: at.line, column: at.column });
      return;
    }
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(file.data, []);
  return out;
}

/** Adds `delta` (in the amount's own unit) to the amount written at line:column. */
export function bumpAt(text: string, line: number, column: number, delta: bigint): string {
  const lines = text.split('\n');
  const src = lines[line - 1]!;
  const m = /^(['"]?)(\d[\d,]*)(?:\.(\d+))?\1/.exec(src.slice(column - 1));
  if (!m) throw new Error(`no amount at ${line}:${column}: ${src}`);
  const [whole, quote, int, frac = ''] = m;
  const scale = frac.length;
  const cents = BigInt(int!.replace(/,/g, '') + frac) + delta * 10n ** BigInt(scale);
  const digits = cents.toString().padStart(scale + 1, '0');
  const bumped = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  lines[line - 1] = src.slice(0, column - 1) + `${quote}${bumped}${quote}` + src.slice(column - 1 + whole!.length);
  return lines.join('\n');
}
