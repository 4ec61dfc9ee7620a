// No silent empty portal: a data folder that is missing, is a file, or holds no disclosure stops
// `npm run check` with exit code 1 and a message saying what happened, which folder and what to
// do, never a stack trace and never "0 files checked". Real process, as in check.test.ts.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function check(...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/check.js', ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject).on('close', (code) => resolve({ code, out }));
  });
}

const dirs: string[] = [];
function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-folder-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Said plainly: no stack trace, no usage text, no report of zero files. */
function plain(out: string): void {
  expect(out).not.toMatch(/^\s+at /m);
  expect(out).not.toContain('usage:');
  expect(out).not.toContain('检查了 0 个文件');
}

describe.concurrent('npm run check on a folder it cannot check', () => {
  it('stops on a missing data folder, naming it as given and saying how to fix it', async () => {
    const r = await check('--root', 'no-such-data-folder');
    expect(r.code).toBe(1);
    expect(r.out).toContain('没有找到数据目录 no-such-data-folder。');
    expect(r.out).toContain('请检查 --root 参数');
    expect(r.out).toContain('npm run new -- <地区>/<部门> --name 部门名称');
    plain(r.out);
  });

  it('says it in English with --lang en', async () => {
    const r = await check('--root', 'no-such-data-folder', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('No data folder at no-such-data-folder.');
    expect(r.out).toContain('Check --root');
    plain(r.out);
  });

  it('stops on a data folder that is a file, and says how to check that one file', async () => {
    const r = await check('--root', 'package.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('数据目录 package.json 是一个文件，不是文件夹。');
    expect(r.out).toContain('npm run check -- package.json');
    plain(r.out);
  });

  it('stops on a folder without a disclosure file, whether named by --root or on the command line', async () => {
    const dir = folder();
    for (const args of [['--root', dir], [dir]]) {
      const r = await check(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.out).toContain(`数据目录 ${dir} 中没有预算文件（<地区>/<部门>/<年份>.yaml）`);
      expect(r.out).toContain(`GONGKAI_DATA=${dir} npm run new -- <地区>/<部门> --name 部门名称`);
      plain(r.out);
    }
    const en = await check('--root', dir, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toContain(`The data folder ${dir} holds no disclosure (<region>/<dept>/<year>.yaml)`);
  });

  it('suggests the first year of a department that has none', async () => {
    const dir = folder({ 'demo/region.yaml': 'name: 示例市\nprovince: 山西省\nlevel: city\n', 'demo/dept/department.yaml': 'name: 示例局\n' });
    const r = await check('--root', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`已有部门 demo/dept：运行 GONGKAI_DATA=${dir} npm run new -- demo/dept/<年份> 新建它的第一份预算。`);
    plain(r.out);
  });

  it('reports misplaced files first: their findings say what to fix', async () => {
    const dir = folder({ '2024.yaml': 'year: 2024\n' });
    const r = await check('--root', dir, '--verbose');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/2024\.yaml:1:1 {2}错误 {2}.*\[file\/layout\]/);
    expect(r.out).not.toContain('没有预算文件');
  });

  it('keeps the machine formats machine-readable', async () => {
    const json = await check('--root', 'no-such-data-folder', '--format', 'json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report).not.toHaveProperty('counts');
    expect(report.stopped).toEqual([expect.objectContaining({ kind: 'missing', folder: 'no-such-data-folder', title: '没有找到数据目录' })]);
    const gh = await check('--root', 'no-such-data-folder', '--format', 'github');
    expect(gh.code).toBe(1);
    expect(gh.out).toMatch(/^::error title=没有找到数据目录::没有找到数据目录 no-such-data-folder。%0A/m);
  });

  it('stops --changed on a missing data folder too', async () => {
    const r = await check('--root', 'no-such-data-folder', '--changed', 'HEAD');
    expect(r.code).toBe(1);
    expect(r.out).toContain('没有找到数据目录 no-such-data-folder。');
  });
});
