// Every rule has a fixture that triggers it, at the marked file and line, and one that passes.
import { existsSync } from 'node:fs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../src/lib/validate/catalogue.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { MAX_FILE_BYTES } from '../../src/lib/source/load.ts';
import { expectations, FIXTURES, ruleFixtureDir } from '../support/fixtures.ts';

function findingsOf(root: string) {
  return checkPortal(root).findings.map((f) => ({ ...f, file: relative(root, f.file).split('\\').join('/') }));
}

/** Rules whose failing fixture is made by the test itself (a 5 MB file does not belong in git). */
const GENERATED = new Set(['file/too-large']);

describe('the base fixture', () => {
  it('is a balanced disclosure with no finding at all', () => {
    expect(findingsOf(join(FIXTURES, 'base'))).toEqual([]);
  });
});

describe.each(RULE_IDS.filter((r) => !GENERATED.has(r)))('rule %s', (rule) => {
  const failDir = ruleFixtureDir(rule, 'fail');

  it('has a failing fixture', () => {
    expect(existsSync(failDir), `missing ${relative(process.cwd(), failDir)}`).toBe(true);
  });

  it('reports the finding at every marked line and nowhere else', () => {
    const expected = expectations(failDir);
    expect(expected.some((e) => e.rule === rule), `no "# expect: ${rule}" marker in the fixture`).toBe(true);
    const findings = findingsOf(failDir);
    for (const e of expected) {
      const hit = findings.find((f) => f.rule === e.rule && f.file === e.file && f.line === e.line);
      expect(hit, `${e.rule} expected at ${e.file}:${e.line}; got ${findings.map((f) => `${f.rule}@${f.file}:${f.line}`).join(', ')}`).toBeDefined();
    }
    for (const f of findings.filter((f) => f.rule === rule)) {
      expect(expected.some((e) => e.rule === rule && e.file === f.file && e.line === f.line), `unexpected ${rule} at ${f.file}:${f.line}`).toBe(true);
    }
    // The severity a reader or the build sees is the catalogue's, unless an erratum or note explains it.
    for (const f of findings.filter((f) => f.rule === rule && !f.explainedBy)) {
      if (rule !== 'reference/printed-variant') expect(f.severity).toBe(RULES[rule].severity);
    }
  });

  it('passes on its passing fixture', () => {
    const passDir = existsSync(ruleFixtureDir(rule, 'pass')) ? ruleFixtureDir(rule, 'pass') : join(FIXTURES, 'base');
    expect(findingsOf(passDir).filter((f) => f.rule === rule)).toEqual([]);
  });
});

describe('file/too-large', () => {
  it('rejects a file over the size limit without reading it', () => {
    const root = mkdtempSync(join(tmpdir(), 'gongkai-large-'));
    try {
      cpSync(join(FIXTURES, 'base'), root, { recursive: true });
      mkdirSync(join(root, 'demo', 'dept'), { recursive: true });
      writeFileSync(join(root, 'demo', 'dept', '2021.yaml'), `# ${'x'.repeat(MAX_FILE_BYTES)}\n`);
      const findings = findingsOf(root);
      expect(findings).toContainEqual(expect.objectContaining({ rule: 'file/too-large', file: 'demo/dept/2021.yaml', line: 1 }));
      // The base fixture passes; the same file under the limit is read normally.
      expect(findingsOf(join(FIXTURES, 'base')).some((f) => f.rule === 'file/too-large')).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('errata and notes', () => {
  it('apply a correction and explain a finding, both visible as info', () => {
    const findings = findingsOf(join(FIXTURES, 'with-errata'));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.find((f) => f.rule === 'errata/applied')?.explainedBy?.kind).toBe('erratum');
    const noted = findings.find((f) => f.rule === 'balance/procurement');
    expect(noted?.severity).toBe('info');
    expect(noted?.explainedBy?.kind).toBe('note');
  });

  it('let a note pinned to a difference explain only that difference', () => {
    const root = mkdtempSync(join(tmpdir(), 'gongkai-note-'));
    try {
      cpSync(join(FIXTURES, 'with-errata'), root, { recursive: true });
      const file = join(root, 'demo', 'dept', '2021.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('    path: procurement\n', "    path: procurement\n    difference: '+1.00'\n"));
      let findings = findingsOf(root);
      // goods +1.00 is explained; services −1.00 is not, and stays an error.
      expect(findings.filter((f) => f.rule === 'balance/procurement').map((f) => [f.path, f.severity])).toEqual([
        ['procurement.goods', 'info'],
        ['procurement.services', 'error'],
      ]);
      writeFileSync(file, text.replace('    path: procurement\n', "    path: procurement\n    difference: '+2.00'\n"));
      findings = findingsOf(root);
      expect(findings.filter((f) => f.rule === 'balance/procurement').every((f) => f.severity === 'error')).toBe(true);
      expect(findings.some((f) => f.rule === 'errata/note-unused')).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
