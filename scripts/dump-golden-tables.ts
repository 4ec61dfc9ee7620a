// Writes tests/golden/tables/<region>-<dept>-<year>.json: every standard table of each demo
// disclosure as the portal derives it. Run once before a change to the table builder; the golden
// test then compares the builder's output with these files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { checkPortal, tableContextFor } from '../src/lib/validate/engine.ts';
import { standardTables } from '../src/lib/derive/tables.ts';

const result = checkPortal('data');
mkdirSync('tests/golden/tables', { recursive: true });
for (const file of result.portal.disclosures) {
  const data = result.corrected.get(file.source.file)!;
  const tables = standardTables(tableContextFor(result, data), '/x/');
  const plain = tables.map((t) => ({
    id: t.id,
    title: t.title,
    columns: t.columns,
    empty: t.empty,
    note: t.note ?? null,
    rows: t.rows.map((r) => [r.code ?? '', r.label, r.depth, r.kind, r.href ?? '', ...r.cells.map((c) => (c.value === null ? null : c.value.toFixed(2) + (c.printed ? `|p${c.printed.text}` : '') + (c.differs ? '†' : '')))]),
  }));
  const name = `${file.source.region}-${file.source.department}-${file.source.year}`;
  writeFileSync(`tests/golden/tables/${name}.json`, JSON.stringify(plain, null, 1) + '\n');
  console.log(name, tables.length);
}
