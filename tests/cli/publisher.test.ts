// Publisher tools: `new` starts next year or a department; `check --changed` checks what a change
// touches; the pull-request workflow runs commands that exist; editors get the schemas.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runNew } from '../../src/lib/cli/new.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { FIXTURES } from '../support/fixtures.ts';

const CHECK = resolve('scripts/check.ts');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function portalCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-pub-'));
  dirs.push(dir);
  cpSync(join(FIXTURES, 'base'), join(dir, 'data'), { recursive: true });
  return dir;
}

describe('npm run new', () => {
  it('starts next year from the latest: structure kept, amounts empty, prior-year figures filled', () => {
    const dir = portalCopy();
    const root = join(dir, 'data');
    const r = runNew(['demo/dept/2022'], root);
    expect(r.exitCode, r.message).toBe(0);
    const text = readFileSync(join(root, 'demo', 'dept', '2022.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=../../../schemas/disclosure.schema.json')).toBe(true);
    const data = parse(text);
    expect(data.year).toBe(2022);
    expect(data.expenditure.map((l: { code: string }) => l.code)).toEqual(['2010301', '2010302', '2010350', '2080505', '2210201']);
    expect(data.expenditure[0]).toEqual({ code: '2010301', name: '行政运行', basic: null });
    expect(data.organisation.units.map((u: { id: string }) => u.id)).toEqual(['bureau', 'center']);
    expect(data.projects.map((p: { name: string }) => p.name)).toEqual(['热线运行', '设备购置']);
    expect(data.projects[0].amount).toBeNull();
    expect(data.prior_year.figures).toMatchObject({ total: '560.00', basic: '440.00', project: '120.00', 'function.201': '500.00', three_public: '10.00', admin_costs: '60.00' });
    expect(data.errata).toBeUndefined();
    // The check then lists every amount still to fill, each at its line.
    const findings = checkPortal(root).findings.filter((f) => f.file.endsWith('2022.yaml'));
    expect(findings.length).toBeGreaterThan(30);
    expect(findings.every((f) => f.rule === 'schema/required' && f.line > 1)).toBe(true);
  });

  it('refuses to overwrite an existing file', () => {
    const dir = portalCopy();
    const before = readFileSync(join(dir, 'data', 'demo', 'dept', '2021.yaml'), 'utf8');
    const r = runNew(['demo/dept/2021'], join(dir, 'data'));
    expect(r.exitCode).toBe(1);
    expect(r.message).toContain('already exists');
    expect(readFileSync(join(dir, 'data', 'demo', 'dept', '2021.yaml'), 'utf8')).toBe(before);
  });

  it('starts a new department, and a region when there is none', () => {
    const dir = portalCopy();
    const root = join(dir, 'data');
    expect(runNew(['other/new-dept', '--name', '示例新局'], root).exitCode).toBe(0);
    expect(parse(readFileSync(join(root, 'other', 'new-dept', 'department.yaml'), 'utf8'))).toEqual({ name: '示例新局' });
    expect(existsSync(join(root, 'other', 'region.yaml'))).toBe(true);
    expect(runNew(['other/new-dept'], root).exitCode).toBe(1);
    expect(runNew(['other/new-dept/2024'], root).exitCode).toBe(0);
    expect(runNew(['Bad Name/x'], root).exitCode).toBe(2);
  });
});

describe('npm run check -- --changed', () => {
  function repo(): string {
    const dir = portalCopy();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'base');
    return dir;
  }
  const check = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [CHECK, '--root', 'data', ...args], { cwd, encoding: 'utf8' });

  it('checks nothing when no data changed', () => {
    const r = check(repo(), '--changed', 'main', '--format', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).filesChecked).toBe(0);
  });

  it('checks the changed file and next year’s, which reads it, and annotates for GitHub', () => {
    const dir = repo();
    const file = join(dir, 'data', 'demo', 'dept', '2020.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('general_budget: 500.00', 'general_budget: 501.00'));
    const json = JSON.parse(check(dir, '--changed', 'main', '--format', 'json').stdout);
    expect(json.filesChecked).toBe(2);
    expect(new Set(json.findings.map((f: { file: string }) => f.file))).toEqual(new Set(['data/demo/dept/2020.yaml']));
    const gh = check(dir, '--changed', 'main', '--format', 'github');
    expect(gh.status).toBe(1);
    expect(gh.stdout).toMatch(/^::error file=data\/demo\/dept\/2020\.yaml,line=7,/m);
  });

  it('checks every file of a department when department.yaml changes', () => {
    const dir = repo();
    writeFileSync(join(dir, 'data', 'demo', 'dept', 'department.yaml'), 'name: 示例局（新名）\n');
    expect(JSON.parse(check(dir, '--changed', 'main', '--format', 'json').stdout).filesChecked).toBe(3);
  });

  it('rejects a base that is not a git ref', () => {
    expect(check(repo(), '--changed', 'no-such-branch').status).toBe(2);
  });
});

describe('pull-request workflow and editor support', () => {
  const workflow = parse(readFileSync('.github/workflows/pull-request.yml', 'utf8'));
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

  it('runs the check with annotations, the tests and the build, and uploads the site', () => {
    const steps = workflow.jobs.check.steps as { run?: string; uses?: string; with?: { path?: string } }[];
    const runs = steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs.some((r) => /npm run check -- --changed origin\/\$\{\{ github.base_ref \}\} --format github/.test(r))).toBe(true);
    expect(runs).toContain('npm test');
    expect(runs).toContain('npm run build');
    for (const r of runs) for (const m of r.matchAll(/npm run (\S+)/g)) expect(scripts[m[1]!], m[1]).toBeDefined();
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))?.with?.path).toBe('dist/');
    expect(workflow.on).toHaveProperty('pull_request');
  });

  it('maps every data file kind to its JSON Schema for YAML editors', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'))['yaml.schemas'] as Record<string, string[]>;
    for (const schema of Object.keys(settings)) expect(existsSync(schema), schema).toBe(true);
    expect(settings['./schemas/disclosure.schema.json']).toContain('data/*/*/[0-9][0-9][0-9][0-9].yaml');
  });
});
