// The check command as a publisher and a CI runner use it: real process, real exit codes.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ruleFixtureDir } from '../support/fixtures.ts';

/** Runs the command; the tests run at the same time, each its own process. */
function check(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/check.js', ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject).on('close', (code) => resolve({ code, out, err }));
  });
}

const base = join(FIXTURES, 'base');
const controlTotal = ruleFixtureDir('balance/control-total', 'fail');
const rounding = ruleFixtureDir('balance/rounding', 'fail');

describe.concurrent('npm run check', () => {
  it('exits 0 on balanced data and says so', async () => {
    const r = await check(base);
    expect(r.code).toBe(0);
    expect(r.out).toContain('0 个错误');
  });

  it('exits 1 on errors, naming file, line and rule (with --verbose), grouped by file with counts', async () => {
    const r = await check(controlTotal, '--verbose');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/rules\/balance--control-total\/fail\/demo\/dept\/2021\.yaml {2}\(2 个错误，0 个警告\)/);
    expect(r.out).toMatch(/2021\.yaml:\d+:\d+ {2}错误 {2}公开合计与明细不符 {2}\[balance\/control-total\]/);
    expect(r.out).toContain('published.expenditure_summary.function.201');
    expect(r.out).toContain('相关');
  });

  it('speaks English with --lang en', async () => {
    const r = await check(controlTotal, '--lang', 'en');
    expect(r.out).toContain('Published total does not match its parts');
    expect(r.out).toMatch(/Checked \d+ files: 2 errors, 0 warnings/);
  });

  it('prints machine-readable JSON with every finding located', async () => {
    const r = await check(controlTotal, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.counts.error).toBe(2);
    const f = report.findings.find((x: { rule: string }) => x.rule === 'balance/control-total');
    for (const key of ['rule', 'severity', 'file', 'line', 'column', 'path', 'message']) expect(f).toHaveProperty(key);
    expect(f).toMatchObject({ rule: 'balance/control-total', severity: 'error', value: '501.00', expected: '500.00', difference: '+1.00', unit: '万元' });
  });

  it('prints GitHub annotations', async () => {
    const r = await check(controlTotal, '--format', 'github');
    expect(r.out).toMatch(/^::error file=tests\/fixtures\/rules\/balance--control-total\/fail\/demo\/dept\/2021\.yaml,line=\d+,col=\d+,title=.*\[balance\/control-total\]::/m);
  });

  it('passes warnings unless --strict', async () => {
    expect((await check(rounding)).code).toBe(0);
    expect((await check(rounding, '--strict')).code).toBe(1);
  });

  it('checks only the files named, with the rest of the portal as context', async () => {
    const r = await check(join(controlTotal, 'demo', 'dept', '2020.yaml'), '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).filesChecked).toBe(1);
  });

  it('shows what the published document got wrong with --as-published', async () => {
    expect((await check('data/xinzhou')).code).toBe(0);
    const r = await check('data/xinzhou', '--as-published', '--format', 'json');
    expect(r.code).toBe(1);
    const f = JSON.parse(r.out).findings.find((x: { rule: string }) => x.rule === 'cross-table/admin-costs');
    expect(f).toMatchObject({ file: 'data/xinzhou/xingzheng-shenpi/2022.yaml', value: '355.29' });
  });

  it('exits 2 on misuse', async () => {
    expect((await check('--format', 'xml')).code).toBe(2);
    expect((await check('--bogus')).code).toBe(2);
    expect((await check('no/such/path')).code).toBe(2);
  });

  it('reports every broken file in one run', async () => {
    const r = await check(join(FIXTURES, 'rules'), '--format', 'json');
    const files = new Set(JSON.parse(r.out).findings.map((f: { file: string }) => f.file.split('/').slice(0, 4).join('/')));
    expect(files.size).toBeGreaterThan(50);
  });
});
