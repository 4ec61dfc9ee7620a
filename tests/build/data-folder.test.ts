// No silent empty portal: `astro build` on a data folder that is missing or holds no disclosure
// stops before rendering, exit code 1, with the message `npm run check` gives, no stack trace and
// no page written. Runs the real Astro build, as build.test.ts does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

function build(dataRoot: string) {
  const outDir = tempDir('gongkai-build-');
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_DATA: dataRoot, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, written: readdirSync(outDir, { recursive: true }) };
}

describe('astro build on a data folder it cannot publish', () => {
  it('stops on a missing folder, naming GONGKAI_DATA as given', () => {
    const r = build('no-such-data-folder');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('构建已停止');
    expect(r.out).toContain('没有找到数据目录 no-such-data-folder。');
    expect(r.out).toContain('请检查环境变量 GONGKAI_DATA');
    expect(r.out).not.toMatch(/^ {4}at /m);
    expect(r.out).not.toContain('Stack trace');
    expect(r.written).toEqual([]);
  });

  it('stops on an empty folder', () => {
    const empty = tempDir('gongkai-empty-');
    const r = build(empty);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain(`数据目录 ${empty} 中没有预算文件（<地区>/<部门>/<年份>.yaml）`);
    expect(r.out).not.toMatch(/^ {4}at /m);
    expect(r.out).not.toContain('Stack trace');
    expect(r.written).toEqual([]);
  });
});
