// Issue 12 as a clerk meets it: one digit swapped in 临汾 2020 (232.61 typed as 232.16 on the
// 行政运行 line) is named first, at its line, in text, JSON and GitHub output; a slip of 0.1 in a
// one-decimal table fails with --strict.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleFixtureDir } from '../support/fixtures.ts';

function check(...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/check.js', ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject).on('close', (code) => resolve({ code, out }));
  });
}

let root = '';
let file = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'gongkai-typo-'));
  cpSync('data', root, { recursive: true });
  const path = join(root, 'linfen', 'xingzheng-shenpi', '2020.yaml');
  const lines = readFileSync(path, 'utf8').split('\n');
  expect(lines[103]).toContain('basic: 232.61');
  lines[103] = lines[103]!.replace('basic: 232.61', 'basic: 232.16');
  writeFileSync(path, lines.join('\n'));
  file = relative(process.cwd(), path).split('\\').join('/');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.concurrent('a transposed amount in the check output', () => {
  it('text: the file with errors first, led by the typo at its line, the findings under it, the rest summarised', async () => {
    const r = await check('--root', root);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/linfen\/xingzheng-shenpi\/2020\.yaml {2}\(\d+ 个错误/);
    expect(lines[1]).toContain(`${file}:104:`);
    expect(lines[1]).toContain('可能的笔误');
    expect(lines[2]).toMatch(/第 104 行 232\.16：若为 232\.61，以下 \d+ 项全部消除。/);
    expect(lines[2]).toContain('两位数字颠倒（16 → 61）');
    // No finding is hidden: every error is still listed, under the cause.
    const errors = Number(/(\d+) 个错误/.exec(lines[0]!)![1]);
    expect(lines[2]).toContain(`以下 ${errors} 项`);
    expect(lines.filter((l) => /^ {4}\S+:\d+:\d+ {2}错误/.test(l))).toHaveLength(errors);
    // Other files' warnings in one line; the closing line names the file with errors.
    expect(r.out).toMatch(/另有 3 个文件没有错误：0 个错误，\d+ 个警告/);
    expect(r.out).not.toContain('fenyang/xingzheng-shenpi/2023.yaml:');
    expect(lines.at(-1)).toContain(`有错误的文件：${file}。`);
  });

  it('text with --all and --verbose: every file listed, rule ids and paths shown', async () => {
    const r = await check('--root', root, '--all', '--verbose');
    expect(r.out).toContain('fenyang/xingzheng-shenpi/2023.yaml:');
    expect(r.out).toContain('[balance/control-total]');
    expect(r.out).toContain(`${file}:104:60 expenditure[code=2010301].basic`);
  });

  it('JSON: the cause first, and every finding it explains names it', async () => {
    const r = await check('--root', root, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(Object.keys(report).indexOf('causes')).toBeLessThan(Object.keys(report).indexOf('findings'));
    expect(report.causes).toHaveLength(1);
    const [cause] = report.causes;
    expect(cause).toMatchObject({ file, line: 104, explains: report.counts.error, amounts: [{ path: 'expenditure[code=2010301].basic', printed: '232.16', suggested: '232.61', delta: '+0.45', ninefold: true, swapped: { from: '16', to: '61' } }] });
    expect(cause.message).toContain('第 104 行 232.16：若为 232.61');
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.every((f: { cause?: string }) => f.cause === cause.id)).toBe(true);
    expect(errors[0]).toHaveProperty('rule');
    expect(errors[0]).toHaveProperty('formula');
  });

  it('GitHub: the first annotation is on the typo’s line', async () => {
    const r = await check('--root', root, '--format', 'github');
    const first = r.out.split('\n')[0]!;
    expect(first).toMatch(new RegExp(`^::error file=${file.replace(/[.]/g, '\\.')},line=104,col=60,title=可能的笔误::第 104 行 232\\.16：若为 232\\.61`));
    expect(r.out).toMatch(/\[balance\/control-total\]::.*可能由第 104 行的 232\.16 引起/);
  });
});

describe.concurrent('a slip inside the rounding tolerance', () => {
  it('is a warning at the cell: the check passes, and fails with --strict', async () => {
    const dir = ruleFixtureDir('balance/slip', 'fail');
    const plain = await check(dir);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/2021\.yaml:14:\d+ {2}警告 {2}可能的笔误（在舍入容差之内）\n {4}《支出总表》2010301 行政运行 的“基本支出”栏印作 300\.5，若为 300\.4，/);
    expect((await check(dir, '--strict')).code).toBe(1);
    expect((await check(ruleFixtureDir('balance/slip', 'pass'), '--strict', '--format', 'json')).out).not.toContain('balance/slip');
  });
});
