// Functional and economic code lists (data/classifications/), looked up by code and year.
import type { Classification, ClassificationEntry } from '../schema/index.ts';
import type { Loaded } from '../source/load.ts';

export interface CodeCatalogue {
  functional: Map<string, ClassificationEntry[]> | null;
  economic: Map<string, ClassificationEntry[]> | null;
  /** 政府预算支出经济分类 (501…), where the portal has its list. */
  economicGov: Map<string, ClassificationEntry[]> | null;
}

function index(c: Loaded<Classification> | undefined): Map<string, ClassificationEntry[]> | null {
  if (!c) return null;
  const map = new Map<string, ClassificationEntry[]>();
  for (const e of c.data.entries) map.set(e.code, [...(map.get(e.code) ?? []), e]);
  return map;
}

export function buildCatalogue(classifications: Map<string, Loaded<Classification>>): CodeCatalogue {
  return { functional: index(classifications.get('functional')), economic: index(classifications.get('economic')), economicGov: index(classifications.get('economic_gov')) };
}

/** The catalogue entry valid in `year`, or undefined when the code is unknown that year. */
export function lookup(map: Map<string, ClassificationEntry[]> | null, code: string, year: number): ClassificationEntry | undefined {
  const entries = map?.get(code);
  return entries?.find((e) => (e.from === undefined || e.from <= year) && (e.to === undefined || e.to >= year));
}

/** Names are compared without brackets' width or spaces: （ and ( are the same bracket. */
export function normaliseName(name: string): string {
  return name
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[\s\u3000]/g, '')
    .replace(/[“”"]/g, '"');
}

export function nameMatches(entry: ClassificationEntry, name: string): boolean {
  const n = normaliseName(name);
  return [entry.name, ...(entry.variants ?? [])].some((v) => normaliseName(v) === n);
}
