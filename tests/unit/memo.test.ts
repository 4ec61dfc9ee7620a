// A disclosure's tables and charts are built once per build and shared by every page that shows
// them; a changed file (the dev server reloads it as new objects) is never answered from that cache.
import { describe, expect, it } from 'vitest';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { correctedData } from '../../src/lib/validate/corrections.ts';
import { KEPT_DISCLOSURES, perDisclosure } from '../../src/lib/derive/memo.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { standardTables } from '../../src/lib/derive/tables.ts';
import { disclosureCharts } from '../../src/lib/charts/specs.ts';

const result = checkPortal('data');
const linfen = result.portal.disclosures.find((d) => d.source.file.endsWith('linfen/xingzheng-shenpi/2020.yaml'))!;
const data = correctedData(linfen);

describe('a result kept per disclosure', () => {
  const counting = () => {
    const calls: string[] = [];
    const memo = perDisclosure((ctx, lang: string) => {
      calls.push(`${ctx.data.year}/${lang}`);
      return { lang };
    }, (lang) => lang);
    return { calls, memo };
  };

  it('is computed once for the same disclosure and key, though each page builds its own context', () => {
    const { calls, memo } = counting();
    const derived = derive(data);
    const first = memo(tableContextFor(result, data, derived), 'zh');
    expect(memo(tableContextFor(result, data, derived), 'zh')).toBe(first);
    expect(calls).toEqual(['2020/zh']);
  });

  it('is computed again for another key', () => {
    const { calls, memo } = counting();
    const ctx = tableContextFor(result, data);
    expect(memo(ctx, 'zh').lang).toBe('zh');
    expect(memo(ctx, 'en').lang).toBe('en');
    expect(calls).toEqual(['2020/zh', '2020/en']);
  });

  it('is computed again when the data or its derived figures are new objects (a reloaded file)', () => {
    const { calls, memo } = counting();
    memo(tableContextFor(result, data), 'zh');
    memo(tableContextFor(result, data), 'zh');
    memo(tableContextFor(result, { ...data }), 'zh');
    expect(calls).toEqual(['2020/zh', '2020/zh', '2020/zh']);
  });

  it('keeps only the most recently used disclosures, so memory does not grow with the portal', () => {
    const { calls, memo } = counting();
    const others = Array.from({ length: KEPT_DISCLOSURES }, (_, i) => ({ ...data, year: 3000 + i }));
    const derived = derive(data);
    memo(tableContextFor(result, data, derived), 'zh');
    // All but one of the others: the first disclosure is still among the kept ones.
    for (const other of others.slice(1)) memo(tableContextFor(result, other), 'zh');
    memo(tableContextFor(result, data, derived), 'zh');
    expect(calls.filter((c) => c === '2020/zh')).toHaveLength(1);
    // Being used again made it the newest: it outlives the next newcomer, the oldest does not.
    memo(tableContextFor(result, others[0]!), 'zh');
    memo(tableContextFor(result, data, derived), 'zh');
    expect(calls.filter((c) => c === '2020/zh')).toHaveLength(1);
    const oldest = others[1]!;
    memo(tableContextFor(result, oldest), 'zh');
    expect(calls.filter((c) => c === `${oldest.year}/zh`)).toHaveLength(2);
  });
});

describe('standard tables and charts shared by the pages', () => {
  it('gives every page of the same disclosure the same tables, per project base', () => {
    const derived = derive(data);
    const tables = standardTables(tableContextFor(result, data, derived), '/p/');
    expect(standardTables(tableContextFor(result, data, derived), '/p/')).toBe(tables);
    const bare = standardTables(tableContextFor(result, data, derived));
    expect(bare).not.toBe(tables);
    const projectRow = (ts: typeof tables) => ts.flatMap((t) => t.rows).find((r) => r.project)!;
    expect(projectRow(tables).href).toBe(`/p/projects/${projectRow(tables).project}/`);
    expect(projectRow(bare).href).toBe(`projects/${projectRow(bare).project}/`);
  });

  it('shows a changed file as it is now, not as it was', () => {
    const before = standardTables(tableContextFor(result, data)).find((t) => t.id === 'three_public')!;
    const changed = { ...data, tables: { ...data.tables, three_public: 'not_published' as const } };
    const after = standardTables(tableContextFor(result, changed)).find((t) => t.id === 'three_public')!;
    expect(before.status).toBe('published');
    expect(after.status).toBe('not_published');
    expect(after.rows).toEqual([]);
  });

  it('keeps each language its own charts', () => {
    const ctx = tableContextFor(result, data);
    const zh = disclosureCharts(ctx, 'zh');
    const en = disclosureCharts(tableContextFor(result, data, ctx.derived), 'en');
    expect(disclosureCharts(ctx, 'zh')).toBe(zh);
    expect(en).not.toBe(zh);
    expect(en.map((c) => c.lang)).toEqual(zh.map(() => 'en'));
    expect(en[0]!.title).not.toBe(zh[0]!.title);
  });
});
