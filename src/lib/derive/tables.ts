// The standard disclosure tables, derived from the leaves. Pages only lay these rows out.
import { Decimal, ZERO } from '../money.ts';
import type { Disclosure } from '../schema/index.ts';
import { lookup, type CodeCatalogue } from './catalogue.ts';
import type { Derived } from './derive.ts';

export type Level = 'class' | 'section' | 'item';

export interface FunctionalRow {
  code: string;
  name: string;
  level: Level;
  basic: Decimal;
  project: Decimal;
  total: Decimal;
}

const LEVEL_BY_LENGTH: Record<number, Level> = { 3: 'class', 5: 'section', 7: 'item' };

/** 类 → 款 → 项 rows in code order, each with 基本/项目/合计 summed from the lines under it. */
export function functionalRows(data: Disclosure, derived: Derived, catalogue: CodeCatalogue, filter: (fund: string) => boolean = () => true): FunctionalRow[] {
  const lines = derived.lines.filter((l) => filter(l.fund));
  const codes = new Set<string>();
  for (const l of lines) {
    codes.add(l.code.slice(0, 3));
    if (l.code.length >= 5) codes.add(l.code.slice(0, 5));
    codes.add(l.code);
  }
  const nameOf = (code: string) => data.expenditure.find((l) => l.code === code)?.name ?? lookup(catalogue.functional, code, data.year)?.name ?? '';
  return [...codes].sort().map((code) => {
    let basic = ZERO;
    let project = ZERO;
    for (const l of lines) {
      if (!l.code.startsWith(code)) continue;
      if (l.basic) basic = basic.plus(l.basic.value);
      if (l.project) project = project.plus(l.project.value);
    }
    return { code, name: nameOf(code), level: LEVEL_BY_LENGTH[code.length] ?? 'item', basic, project, total: basic.plus(project) };
  });
}

export interface EconomicRow {
  code: string;
  name: string;
  level: 'class' | 'section';
  amount: Decimal;
  govCode?: string;
  govName?: string;
}

/** 基本支出 by economic 类 and 款. */
export function economicRows(data: Disclosure, catalogue: CodeCatalogue, which: 'basic' | 'project' = 'basic'): EconomicRow[] {
  const lines = data.economic?.[which] ?? [];
  const classes = [...new Set(lines.map((l) => l.code.slice(0, 3)))].sort();
  const rows: EconomicRow[] = [];
  for (const cls of classes) {
    const members = lines.filter((l) => l.code.startsWith(cls));
    const own = members.find((l) => l.code === cls);
    const name = own?.name ?? lookup(catalogue.economic, cls, data.year)?.name ?? '';
    rows.push({ code: cls, name, level: 'class', amount: members.reduce((s, l) => s.plus(l.amount.value), ZERO) });
    for (const l of members) {
      if (l.code === cls) continue;
      rows.push({ code: l.code, name: l.name, level: 'section', amount: l.amount.value, govCode: l.gov_code, govName: l.gov_name });
    }
  }
  return rows;
}
