// The economic tables list their rows in code order within each class, whatever order the file
// keeps them in (the hand-made files keep the document's order on purpose).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPortal, tableContextFor } from '../../src/lib/validate/engine.ts';
import { standardTables } from '../../src/lib/derive/tables.ts';
import { FIXTURES } from '../support/fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'gongkai-economic-order-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('economic rows', () => {
  it('come in code order within their class when the file lists them out of order', () => {
    cpSync(join(FIXTURES, 'base'), root, { recursive: true });
    const file = join(root, 'demo', 'dept', '2021.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = (code: string) => lines.findIndex((l) => l.includes(`code: "${code}"`));
    // The base lists 30101 30102 30108 30113 30201 30217 30231 30302; write them in another order.
    const order = ['30302', '30231', '30201', '30217', '30113', '30102', '30101', '30108'].map((c) => lines[at(c)]!);
    lines.splice(at('30101'), order.length, ...order);
    writeFileSync(file, lines.join('\n'));

    const result = checkPortal(root);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const disclosure = result.portal.disclosures.find((d) => d.source.year === 2021)!;
    expect(disclosure.data.economic!.basic!.map((l) => l.code)).toEqual(['30302', '30231', '30201', '30217', '30113', '30102', '30101', '30108']);
    const tables = standardTables(tableContextFor(result, result.corrected.get(disclosure.source.file)!), '/p/');
    const economic = tables.find((t) => t.id === 'basic_economic')!;
    expect(economic.rows.map((r) => r.code ?? '')).toEqual(['', '301', '30101', '30102', '30108', '30113', '302', '30201', '30217', '30231', '303', '30302']);
  });
});
