// Issue 12, items 1 and 2 on the real files: one typo leads the report as its cause (digits
// swapped, any single amount, two amounts at once), and a slip of 0.1 inside the rounding
// tolerance of a one-decimal table is named at its cell, while the demo data raise none.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import type { Cause, Finding } from '../../src/lib/validate/finding.ts';
import { causesOf } from '../../src/lib/report/format.ts';
import { ruleFixtureDir } from '../support/fixtures.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A copy of data/ with lines of one file changed: [line, from, to]. */
function withTypos(file: string, edits: [number, string, string][]): string {
  const root = mkdtempSync(join(tmpdir(), 'gongkai-diagnose-'));
  roots.push(root);
  cpSync('data', root, { recursive: true });
  const path = join(root, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [line, from, to] of edits) {
    expect(lines[line - 1], `line ${line} of ${file}`).toContain(from);
    lines[line - 1] = lines[line - 1]!.replace(from, to);
  }
  writeFileSync(path, lines.join('\n'));
  return root;
}

function diagnosed(root: string): { findings: Finding[]; causes: Cause[]; errors: Finding[] } {
  const findings = checkPortal(root).findings;
  return { findings, causes: causesOf(findings), errors: findings.filter((f) => f.severity === 'error') };
}

const LINFEN = 'linfen/xingzheng-shenpi/2020.yaml';

describe('a typo leads the report as its cause', () => {
  it('临汾 2020: 232.61 typed as 232.16 on the 行政运行 line is named first, at its line, as two swapped digits', () => {
    const { causes, errors } = diagnosed(withTypos(LINFEN, [[104, 'basic: 232.61', 'basic: 232.16']]));
    expect(errors.length).toBeGreaterThan(20);
    expect(causes).toHaveLength(1);
    const [cause] = causes;
    expect(cause!.amounts).toEqual([expect.objectContaining({ line: 104, path: 'expenditure[code=2010301].basic', printed: '232.16', suggested: '232.61', ninefold: true, swapped: { from: '16', to: '61' } })]);
    // Every error is explained, none is hidden: each still counts and carries the cause.
    expect(cause!.explains).toBe(errors.length);
    expect(errors.every((f) => f.cause?.id === cause!.id)).toBe(true);
  });

  it.each([
    // file, line, as printed, as typed (two adjacent digits swapped)
    ['xinzhou/xingzheng-shenpi/2022.yaml', 111, '819.76', '891.76'],
    ['xinzhou/xingzheng-shenpi/2022.yaml', 117, '310.10', '301.10'],
    ['jincheng/xingzheng-shenpi/2024.yaml', 47, '841.48', '814.48'],
    ['jincheng/xingzheng-shenpi/2024.yaml', 53, '95.35', '95.53'],
    ['fenyang/xingzheng-shenpi/2023.yaml', 46, '246.65', '246.56'],
    ['fenyang/xingzheng-shenpi/2023.yaml', 49, '43.59', '43.95'],
  ])('finds swapped digits in %s at line %i (%s typed as %s)', (file, line, printed, typed) => {
    const { causes, errors } = diagnosed(withTypos(file, [[line, `basic: ${printed}`, `basic: ${typed}`]]));
    expect(errors.length).toBeGreaterThan(1);
    expect(causes[0]?.amounts).toEqual([expect.objectContaining({ line, printed: typed, suggested: printed, ninefold: true, swapped: expect.any(Object) })]);
    expect(causes[0]!.explains).toBe(errors.length);
  });

  it('names any single wrong amount, not only swaps (no 9 in its difference)', () => {
    const { causes, errors } = diagnosed(withTypos(LINFEN, [[104, 'basic: 232.61', 'basic: 233.61']]));
    expect(causes[0]!.amounts).toEqual([expect.objectContaining({ line: 104, printed: '233.61', suggested: '232.61', ninefold: false })]);
    expect(causes[0]!.amounts[0]!.swapped).toBeUndefined();
    expect(causes[0]!.explains).toBe(errors.length);
  });

  it('names two typos that feed the same totals as one pair', () => {
    const root = withTypos(LINFEN, [
      [104, 'basic: 232.61', 'basic: 232.16'],
      [114, 'basic: 117', 'basic: 171'],
    ]);
    const { causes, errors } = diagnosed(root);
    const pair = causes.find((c) => c.amounts.length === 2);
    expect(pair, JSON.stringify(causes.map((c) => c.amounts.map((a) => `${a.line}:${a.printed}→${a.suggested}`)))).toBeDefined();
    expect(pair!.amounts).toEqual([expect.objectContaining({ line: 104, suggested: '232.61' }), expect.objectContaining({ line: 114, suggested: '117' })]);
    // The pair comes first and explains every error no single amount could.
    expect(causes[0]).toBe(pair);
    expect(errors.filter((f) => !f.cause)).toEqual([]);
  });

  it('leaves the report alone when nothing explains several findings, and costs nothing without errors', () => {
    const { causes, errors } = diagnosed('data');
    expect(errors).toEqual([]);
    expect(causes).toEqual([]);
  });
});

describe('slips inside the rounding tolerance (balance/slip)', () => {
  it('names a one-decimal cell printed 0.1 off that feeds several totals, as a warning', () => {
    const findings = checkPortal(ruleFixtureDir('balance/slip', 'fail')).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const slips = findings.filter((f) => f.rule === 'balance/slip');
    expect(slips).toEqual([expect.objectContaining({ severity: 'warning', path: 'expenditure[code=2010301].basic', value: '300.5', expected: '300.4' })]);
    expect(slips[0]!.related!.length).toBeGreaterThanOrEqual(2);
    // Named by the cell that prints it, from the file's template, not "here".
    expect(slips[0]!.params.where).toEqual({ zh: '《支出总表》2010301 行政运行 的“基本支出”栏', en: 'Expenditure summary, row 2010301 行政运行, column “Basic expenditure”' });
  });

  it('raises none for legitimate rounding: in the one-decimal fixture and in the four demo disclosures', () => {
    expect(checkPortal(ruleFixtureDir('balance/slip', 'pass')).findings.filter((f) => f.rule === 'balance/slip')).toEqual([]);
    const demo = checkPortal('data').findings;
    expect(demo.filter((f) => f.rule === 'balance/rounding').length).toBeGreaterThan(10);
    expect(demo.filter((f) => f.rule === 'balance/slip')).toEqual([]);
  });
});
