// The whole import of each seed document (src/lib/import/document.ts) against its hand-made file
// (issue 13, item 5): the share of amounts placed at the right figure, the projects and indicators
// found, and the check of the draft naming the document's own known errors. The floors are the
// rates reached, rounded down, so that they cannot silently fall; docs/import.md gives the table.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument } from '../../src/lib/import/document.ts';
import { accuracy } from '../../src/lib/import/accuracy.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { builtInTemplates } from '../../src/lib/source/load.ts';

const catalogue = checkPortal('data').catalogue;
const template = builtInTemplates().get('shanxi-municipal')!.data;
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Hand-counted from the data files: projects and indicators; the floors are the measured rates. */
const SEEDS = [
  { seed: '000_0c76099db0b90ef3', to: 'linfen/xingzheng-shenpi/2020', floor: 0.99, projects: 11, indicators: 263 },
  { seed: '001_0f349ee230123982', to: 'jincheng/xingzheng-shenpi/2024', floor: 1, projects: 15, indicators: 215 },
  { seed: '003_d8c48317b61f5f39', to: 'xinzhou/xingzheng-shenpi/2022', floor: 0.98, projects: 27, indicators: 302 },
  { seed: '004_c032330014219076', to: 'fenyang/xingzheng-shenpi/2023', floor: 0.98, projects: 26, indicators: 176 },
];

const imports = SEEDS.map((s) => {
  const [region, department, year] = s.to.split('/') as [string, string, string];
  const result = importDocument(readFileSync(`tests/fixtures/import/seeds/${s.seed}.txt`, 'utf8'), { region, department, year: Number(year), document: `${s.seed}.txt` }, { template, catalogue });
  const hand = parse(readFileSync(`data/${s.to}.yaml`, 'utf8'));
  return { ...s, result, hand, draft: parse(result.yaml), accuracy: accuracy(hand, parse(result.yaml)) };
});

describe('importing the four seed documents', () => {
  it('places the amounts of the hand-made files at the same figures, at or above each floor', () => {
    for (const i of imports) {
      const a = i.accuracy;
      console.log(`${i.to}: amounts ${a.placed}/${a.total} (${((100 * a.placed) / a.total).toFixed(1)}%), projects ${i.result.projects}, indicators ${i.result.indicators}, leftovers ${i.result.leftovers.length}`);
      expect(a.placed / a.total, `${i.to}: missed ${a.missed.join(' ')}`).toBeGreaterThanOrEqual(i.floor);
    }
  });

  it('finds every project of the hand-made files, by name, with its indicators', () => {
    for (const i of imports) {
      const names = (list: { name: string }[]) => list.map((p) => p.name.replace(/\s+/g, '')).sort();
      expect(i.result.projects, i.to).toBe(i.projects);
      expect(names(i.draft.projects), i.to).toEqual(names(i.hand.projects));
      expect(i.result.indicators, i.to).toBeGreaterThanOrEqual(i.indicators);
    }
  });

  it('writes a draft the check reads whole (no schema finding), whose findings include every error the hand-made file explains with a note', () => {
    for (const i of imports) {
      const [region] = i.to.split('/') as [string];
      const root = join(mkdtempSync(join(tmpdir(), 'gongkai-draft-')), 'data');
      temps.push(join(root, '..'));
      cpSync('data/classifications', join(root, 'classifications'), { recursive: true });
      cpSync(`data/${region}`, join(root, region), { recursive: true });
      writeFileSync(join(root, `${i.to}.yaml`), i.result.yaml);
      const findings = checkPortal(root).findings.filter((f) => f.file.endsWith(`${i.to}.yaml`));
      expect(findings.filter((f) => f.rule.startsWith('schema/') || f.rule.startsWith('yaml/')).map((f) => `${f.line} ${f.rule} ${f.path}`), i.to).toEqual([]);
      const raised = new Set<string>(findings.map((f) => f.rule));
      const explained = (i.hand.notes ?? []).map((n: { rule: string }) => n.rule);
      expect(explained.length + (i.hand.errata ?? []).length, i.to).toBeGreaterThan(0);
      expect(explained.filter((r: string) => !raised.has(r)), i.to).toEqual([]);
    }
  });

  it('places a row whose printed code belongs to another name under its name’s code, and says so at its line', () => {
    const xinzhou = imports.find((i) => i.to.startsWith('xinzhou'))!;
    // 一般预算支出预算表 prints 社会保障和就业支出 as 2080505 (line 267); 支出总表 prints it as 208.
    expect(xinzhou.result.recoded).toContainEqual({ line: 267, printed: '2080505', code: '208', name: '社会保障和就业支出' });
    expect(xinzhou.draft.published.general_budget_expenditure['function.208']).toBe('118.44');
    expect(xinzhou.result.yaml).toContain('# 第 267 行印作 2080505“社会保障和就业支出”，该编码在分类目录中是另一科目；按本文件其他表中“社会保障和就业支出”的编码 208 录入');
    // Where the printed code and name agree, nothing moves.
    expect(imports.find((i) => i.to.startsWith('jincheng'))!.result.recoded).toEqual([]);
  });

  it('keeps every line it did not place, at its line, with a reason', () => {
    for (const i of imports) {
      for (const l of i.result.leftovers) {
        expect(l.line).toBeGreaterThan(0);
        expect(l.reason.zh && l.reason.en).toBeTruthy();
        expect(i.result.yaml).toContain(`# 第 ${l.line} 行（${l.reason.zh}）`);
      }
    }
  });

  it('reads the 临汾 tables printed to PDF through pdftotext -layout, and leaves what position cannot place', () => {
    const text = execFileSync('pdftotext', ['-layout', 'tests/fixtures/import/linfen-2020-tables.pdf', '-'], { encoding: 'utf8' });
    const result = importDocument(text, { region: 'linfen', department: 'xingzheng-shenpi', year: 2020, document: 'linfen-2020-tables.pdf' }, { template, catalogue });
    const hand = parse(readFileSync('data/linfen/xingzheng-shenpi/2020.yaml', 'utf8'));
    // The PDF holds the summary tables only (the first 220 lines of the seed).
    delete hand.projects;
    delete hand.procurement;
    const a = accuracy(hand, parse(result.yaml));
    expect(a.placed / a.total, a.missed.join(' ')).toBeGreaterThanOrEqual(0.81);
    expect(a.bySection['published.general_budget_expenditure']).toEqual([33, 33]);
    // 收入总表 fills one column of six: its rows are left with the reason, not guessed.
    expect(result.leftovers.filter((l) => l.reason.zh === '无法确定金额所在的栏目').length).toBeGreaterThanOrEqual(14);
  });
});
