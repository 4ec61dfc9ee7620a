// Golden test: the template-driven table builder gives the four demo disclosures the same tables
// as the hand-written builder it replaced (tests/golden/tables/*.json, written before the change),
// except for the changes listed in changes.json, each with its reason.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { standardTables, type StandardTable } from '../../src/lib/derive/tables.ts';

const DIR = join(import.meta.dirname, 'tables');
interface GoldenTable {
  id: string;
  title: string;
  columns: string[];
  empty: boolean;
  note: string | null;
  rows: unknown[][];
}
interface Change {
  disclosure: string;
  table: string;
  change: '+' | '-' | 'new-table';
  row?: unknown[];
  reason: string;
}

/** The same plain form the golden files were written in (scripts/dump-golden-tables.ts). */
function plain(t: StandardTable): GoldenTable {
  return {
    id: t.id,
    title: t.title.zh,
    columns: [...t.heading, ...t.columns].map((c) => c.zh),
    empty: t.empty,
    note: t.note?.zh ?? null,
    rows: t.rows.map((r) => [r.code ?? '', r.label.zh, r.depth, r.kind, r.href ?? '', ...r.cells.map((c) => (c.value === null ? null : c.value.toFixed(2) + (c.printed ? `|p${c.printed.text}` : '') + (c.differs ? '†' : '')))]),
  };
}

const result = checkPortal('data');
const changes = JSON.parse(readFileSync(join(DIR, 'changes.json'), 'utf8')) as Change[];
const goldenFiles = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'changes.json');

describe('the demo disclosures’ tables', () => {
  it('covers every demo disclosure', () => {
    expect(goldenFiles.length).toBe(result.portal.disclosures.length);
  });

  describe.each(goldenFiles.map((f) => f.slice(0, -5)))('%s', (name) => {
    const file = result.portal.disclosures.find((d) => `${d.source.region}-${d.source.department}-${d.source.year}` === name)!;
    const golden = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as GoldenTable[];
    const now = standardTables(tableContextFor(result, result.corrected.get(file.source.file)!), '/x/').map(plain);
    const mine = changes.filter((c) => c.disclosure === name);

    it('has every table of before, with the same title, columns, emptiness and note', () => {
      for (const g of golden) {
        const n = now.find((t) => t.id === g.id);
        expect(n, g.id).toBeDefined();
        expect({ title: n!.title, columns: n!.columns, empty: n!.empty, note: n!.note }).toEqual({ title: g.title, columns: g.columns, empty: g.empty, note: g.note });
      }
      const added = now.filter((t) => !golden.some((g) => g.id === t.id)).map((t) => t.id);
      expect(added).toEqual(mine.filter((c) => c.change === 'new-table').map((c) => c.table));
    });

    it('has the same rows in the same order, except the listed changes', () => {
      for (const g of golden) {
        const n = now.find((t) => t.id === g.id)!;
        const listed = mine.filter((c) => c.table === g.id);
        const removed = new Set(listed.filter((c) => c.change === '-').map((c) => JSON.stringify(c.row)));
        const added = new Set(listed.filter((c) => c.change === '+').map((c) => JSON.stringify(c.row)));
        const before = g.rows.map((r) => JSON.stringify(r)).filter((r) => !removed.has(r));
        const after = n.rows.map((r) => JSON.stringify(r)).filter((r) => !added.has(r));
        expect(after, g.id).toEqual(before);
        for (const r of removed) expect(g.rows.map((x) => JSON.stringify(x)), `${g.id}: listed removal not in golden`).toContain(r);
        for (const r of added) expect(n.rows.map((x) => JSON.stringify(x)), `${g.id}: listed addition not in output`).toContain(r);
      }
    });
  });
});
