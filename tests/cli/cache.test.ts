// The check cache (src/lib/cli/cache.ts): same findings as the full check, hits when nothing
// changed, and a department checked anew whenever anything it reads changed — its own bytes, last
// year's file, the code — never a stale answer. A corrupt cache is ignored; --no-cache bypasses it;
// --watch checks again on save.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { cachedDisclosureChecks, checkPortalCached } from '../../src/lib/cli/cache.ts';
import { FIXTURES } from '../support/fixtures.ts';

const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), `gongkai-cache-${prefix}-`));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A copy of a fixture portal, named relative to the working directory as the CLI names it. */
function copyOf(fixture: string): string {
  const dir = join(temp('portal'), 'data');
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return relative(process.cwd(), dir);
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const sorted = (findings: unknown[]) => findings.map((f) => JSON.stringify(f)).sort();
const full = (root: string, only?: string) => plain(checkPortal(root).findings.filter((f) => !only || f.file === only));
const cached = (root: string, dir: string, only?: string, codeFiles?: string[]) => {
  const r = checkPortalCached(root, { dir, only: only ? [only] : [], codeFiles });
  return { findings: plain(r.findings.filter((f) => !only || f.file === only)), stats: r.stats, files: r.files };
};

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

/** Rewrites a file in place, keeping its size and its modification time (the hardest change to see). */
function sameSizeEdit(file: string, from: string, to: string): void {
  expect(from.length).toBe(to.length);
  const before = statSync(file);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
  utimesSync(file, before.atime, before.mtime);
  expect(statSync(file).size).toBe(before.size);
}

describe('check cache', () => {
  it('gives the findings and files of the full check, cold and warm, on every fixture portal', () => {
    const rules = join(FIXTURES, 'rules');
    const portals = [join(FIXTURES, 'base'), join(FIXTURES, 'with-errata'), 'data'];
    for (const rule of readdirSync(rules).sort()) for (const kind of ['pass', 'fail']) if (existsSync(join(rules, rule, kind))) portals.push(join(rules, rule, kind));
    for (const p of portals) {
      const root = relative(process.cwd(), p) || '.';
      const dir = temp('dir');
      const expected = checkPortal(root);
      const cold = checkPortalCached(root, { dir });
      const warm = checkPortalCached(root, { dir });
      // The same findings; loading problems may come in another order (every report sorts).
      expect(sorted(cold.findings), root).toEqual(sorted(expected.findings));
      expect(sorted(warm.findings), root).toEqual(sorted(expected.findings));
      expect(cold.files, root).toEqual([...new Set(expected.files)]);
      expect(warm.stats.misses, root).toBe(0);
    }
  }, 120_000);

  it('takes unchanged departments from the cache and checks a changed file anew', () => {
    const root = copyOf('base');
    const dir = temp('dir');
    const file = `${root}/demo/dept/2021.yaml`;
    expect(cached(root, dir).stats).toEqual({ hits: 0, misses: 2 });
    expect(cached(root, dir, file).stats).toEqual({ hits: 2, misses: 0 });
    expect(cached(root, dir, file).findings).toEqual([]);
    sameSizeEdit(file, 'total: 500.00', 'total: 510.00');
    // 2020 does not read 2021: only the edited file is checked anew.
    const after = cached(root, dir, file);
    expect(after.stats).toEqual({ hits: 1, misses: 1 });
    expect(after.findings.map((f: { rule: string }) => f.rule)).toContain('cross-table/prior-year');
    expect(after.findings).toEqual(full(root, file));
    expect(cached(root, dir, file).stats).toEqual({ hits: 2, misses: 0 });
  });

  it("checks a file again when last year's file changes (the prior-year rule reads it)", () => {
    const root = copyOf('base');
    const dir = temp('dir');
    const file = `${root}/demo/dept/2021.yaml`;
    expect(cached(root, dir, file).findings).toEqual([]);
    sameSizeEdit(`${root}/demo/dept/2020.yaml`, 'project: 100.00', 'project: 110.00');
    // 2020 itself and 2021, which reads it.
    const after = cached(root, dir, file);
    expect(after.stats).toEqual({ hits: 0, misses: 2 });
    expect(after.findings.map((f: { rule: string }) => f.rule)).toContain('cross-table/prior-year');
    expect(after.findings).toEqual(full(root, file));
  });

  it('checks everything again when the code changes', () => {
    const root = copyOf('base');
    const dir = temp('dir');
    const code = join(temp('code'), 'rules.ts');
    writeFileSync(code, 'export const version = 1;\n');
    expect(cached(root, dir, undefined, [code]).stats).toEqual({ hits: 0, misses: 2 });
    expect(cached(root, dir, undefined, [code]).stats).toEqual({ hits: 2, misses: 0 });
    sameSizeEdit(code, 'version = 1', 'version = 2');
    expect(cached(root, dir, undefined, [code]).stats).toEqual({ hits: 0, misses: 2 });
  });

  it('checks everything again when a classification changes', () => {
    const root = copyOf('base');
    const dir = temp('dir');
    expect(cached(root, dir).stats.misses).toBe(2);
    writeFileSync(`${root}/classifications/functional.yaml`, `${readFileSync(`${root}/classifications/functional.yaml`, 'utf8')}\n`);
    expect(cached(root, dir).stats).toEqual({ hits: 0, misses: 2 });
  });

  it('ignores a corrupt or unreadable cache and rebuilds it', () => {
    const root = copyOf('with-errata');
    const dir = temp('dir');
    const expected = full(root);
    cached(root, dir);
    for (const f of readdirSync(join(dir, 'units'))) writeFileSync(join(dir, 'units', f), '{"key": "');
    writeFileSync(join(dir, 'files.json'), '\u0000garbage');
    const corrupt = cached(root, dir);
    expect(corrupt.stats).toEqual({ hits: 0, misses: 2 });
    expect(corrupt.findings).toEqual(expected);
    // A unit whose key matches but whose findings are not findings is checked anew too.
    for (const f of readdirSync(join(dir, 'units'))) {
      const unit = JSON.parse(readFileSync(join(dir, 'units', f), 'utf8'));
      writeFileSync(join(dir, 'units', f), JSON.stringify({ key: unit.key, result: { loading: 'x' } }));
    }
    const wrongShape = cached(root, dir);
    expect(wrongShape.stats).toEqual({ hits: 0, misses: 2 });
    expect(wrongShape.findings).toEqual(expected);
    expect(cached(root, dir).stats).toEqual({ hits: 2, misses: 0 });
  });
});

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/check.js', ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject).on('close', (code) => resolve({ code, out }));
  });
}

describe('npm run check with the cache', () => {
  it('--no-cache neither reads nor writes the cache and reports the same', async () => {
    const root = copyOf('with-errata');
    const dir = join(temp('dir'), 'cache');
    const without = await run([root, '--format', 'json', '--no-cache'], { GONGKAI_CACHE_DIR: dir });
    expect(existsSync(dir)).toBe(false);
    const cold = await run([root, '--format', 'json'], { GONGKAI_CACHE_DIR: dir });
    expect(existsSync(join(dir, 'units'))).toBe(true);
    const warm = await run([`${root}/demo/dept/2021.yaml`, '--format', 'json'], { GONGKAI_CACHE_DIR: dir });
    expect(cold.out).toBe(without.out);
    expect(cold.code).toBe(without.code);
    const only = await run([`${root}/demo/dept/2021.yaml`, '--format', 'json', '--no-cache'], { GONGKAI_CACHE_DIR: dir });
    expect(warm.out).toBe(only.out);
  }, 60_000);

  it('--watch checks again when a file is saved', async () => {
    const root = copyOf('base');
    const child = spawn(process.execPath, ['scripts/check.js', root, '--watch', '--lang', 'en'], { env: { ...process.env, NO_COLOR: '1', GONGKAI_CACHE_DIR: join(temp('dir'), 'cache') } });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    const reports = () => out.split('watching for changes').length - 1;
    const until = async (n: number) => {
      const end = Date.now() + 20_000;
      while (reports() < n && Date.now() < end && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
      return reports();
    };
    try {
      expect(await until(1)).toBe(1);
      expect(out).toContain('0 errors');
      const file = `${root}/demo/dept/2021.yaml`;
      writeFileSync(file, readFileSync(file, 'utf8').replace('total: 500.00', 'total: 510.00'));
      expect(await until(2)).toBeGreaterThanOrEqual(2);
      const second = out.slice(out.indexOf('watching for changes'));
      expect(second).toMatch(/[1-9]\d* errors?/);
      expect(child.exitCode).toBe(null);
    } finally {
      child.kill('SIGINT');
    }
  }, 40_000);
});

describe('check cache: names across years', () => {
  it('finds name drift from the cached names of the files it does not check again', () => {
    const root = copyOf(join('rules', 'reference--name-drift', 'fail'));
    const dir = temp('dir');
    const earlier = `${root}/demo/dept/2020.yaml`;
    const later = `${root}/demo/dept/2021.yaml`;
    const drift = (r: { findings: { rule: string; file: string; line: number }[] }) => r.findings.filter((f) => f.rule === 'reference/name-drift');
    expect(drift(cached(root, dir))).toHaveLength(1);
    // 2021 renamed back: 2020 comes from the cache, its name from the cached names; no drift.
    edit(later, '事业运行, basic: 80.00 }', '事业单位运行, basic: 80.00 }');
    const renamed = cached(root, dir, later);
    expect(renamed.stats).toEqual({ hits: 1, misses: 1 });
    expect(drift(renamed)).toEqual([]);
    expect(renamed.findings).toEqual(full(root, later));
    // 2021 back to the drifting name: found again against 2020's cached name, on 2021's line.
    edit(later, '事业单位运行, basic: 80.00 }', '事业运行, basic: 80.00 }');
    const both = cached(root, dir, later);
    expect(both.stats).toEqual({ hits: 1, misses: 1 });
    expect(drift(both).map((f) => `${f.file}:${f.line}`)).toEqual([`${later}:22`]);
    expect(both.findings).toEqual(full(root, later));
  });
});

describe('check cache: the other files', () => {
  it('sees a changed or removed department.yaml (loading problems, missing parents)', () => {
    const root = copyOf('base');
    const dir = temp('dir');
    expect(cached(root, dir).findings).toEqual(full(root));
    const dept = `${root}/demo/dept/department.yaml`;
    writeFileSync(dept, 'name: [unclosed\n');
    const broken = cached(root, dir);
    expect(broken.findings.length).toBeGreaterThan(0);
    expect(broken.findings).toEqual(full(root));
    rmSync(dept);
    const missing = cached(root, dir);
    expect(missing.findings.map((f: { rule: string }) => f.rule)).toContain('reference/missing-parent');
    expect(missing.findings).toEqual(full(root));
    // The department's own findings did not depend on department.yaml: still from the cache.
    expect(missing.stats).toEqual({ hits: 2, misses: 0 });
  });
});

describe('check cache: read by the build', () => {
  // The build checks with checkPortal and takes each unchanged disclosure's rule findings from
  // the cache (cachedDisclosureChecks), as a shard does after the check job.
  const buildCheck = (root: string, dir: string) => checkPortal(root, { releaseSources: true, knownChecks: cachedDisclosureChecks(root, { dir }) });

  it('gives the findings of the full check, with every disclosure from a warm cache', () => {
    for (const p of [join(FIXTURES, 'with-errata'), 'data']) {
      const root = relative(process.cwd(), p) || '.';
      const dir = temp('dir');
      const expected = checkPortal(root);
      expect(buildCheck(root, dir).reused, `${root}: empty cache`).toBe(0);
      checkPortalCached(root, { dir });
      const warm = buildCheck(root, dir);
      expect(warm.reused, root).toBe(expected.portal.disclosures.length);
      expect(sorted(plain(warm.findings)), root).toEqual(sorted(plain(expected.findings)));
    }
  }, 60_000);

  it('checks anew a changed file and the next year, which reads it; the others come from the cache', () => {
    const root = copyOf('base');
    const dir = temp('dir');
    checkPortalCached(root, { dir });
    expect(buildCheck(root, dir).reused).toBe(2);
    sameSizeEdit(`${root}/demo/dept/2021.yaml`, 'total: 500.00', 'total: 510.00');
    const afterLater = buildCheck(root, dir);
    expect(afterLater.reused).toBe(1);
    expect(afterLater.findings.map((f) => f.rule)).toContain('cross-table/prior-year');
    sameSizeEdit(`${root}/demo/dept/2020.yaml`, 'project: 100.00', 'project: 110.00');
    expect(buildCheck(root, dir).reused).toBe(0);
  });

  it('uses what the cache says: a finding planted in a unit comes out of the build check', () => {
    const root = copyOf('base');
    const dir = temp('dir');
    checkPortalCached(root, { dir });
    const units = readdirSync(join(dir, 'units')).map((n) => join(dir, 'units', n));
    const unit = units.find((u) => readFileSync(u, 'utf8').includes('"checks":[]'))!;
    const planted = { rule: 'planted/marker', severity: 'error', file: 'planted', message: 'planted' };
    writeFileSync(unit, readFileSync(unit, 'utf8').replace('"checks":[]', `"checks":[${JSON.stringify(planted)}]`));
    expect(buildCheck(root, dir).findings.map((f) => f.rule)).toContain('planted/marker');
  });
});
