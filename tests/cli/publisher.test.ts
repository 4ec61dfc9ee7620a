// Publisher tools: `new` starts next year or a department; `check --changed` checks what a change
// touches; the pull-request workflow runs commands that exist; editors get the schemas.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runNew } from '../../src/lib/cli/new.ts';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { FIXTURES } from '../support/fixtures.ts';

const CHECK = resolve('scripts/check.js');
const NEW = resolve('scripts/new.ts');
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
    expect(r.message).toContain('已存在');
    expect(runNew(['demo/dept/2021', '--lang', 'en'], join(dir, 'data')).message).toContain('already exists');
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
    expect(runNew(['demo/dept/2024', '--lang', 'fr'], root).exitCode).toBe(2);
  });
});

describe('npm run new, then npm run check: a new year’s file', () => {
  // Both commands run as real processes in a copy of the base portal, as a publisher runs them.
  const { GONGKAI_DATA: _, ...env } = process.env;
  const run = (script: string, cwd: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env });
  const NEW_FILE = 'data/demo/dept/2022.yaml';
  const SOURCE = (dir: string) => join(dir, 'data', 'demo', 'dept', '2021.yaml');

  /**
   * What the check must find still to fill in, counted from last year's text independently of the
   * code under test: every amount written as a number (`key: 300.00`, `share: "78.57"`) except
   * codes, years and period_years, outside prior_year (which the scaffold fills, not empties);
   * plus the document's title and source.title, which the scaffold empties too. 78 + 2 = 80.
   */
  function expectedPending(yamlText: string): number {
    const text = yamlText.replace(/^prior_year:\n(?:  .*\n)*/m, '');
    const amounts = [...text.matchAll(/([\w.]+): ("?)(-?[\d,]+(?:\.\d+)?)\2(?=\s*[,}\n#])/g)].filter((m) => !['code', 'year', 'period_years'].includes(m[1]!));
    return amounts.length + 2;
  }

  it('speaks Chinese: what was written, what was left out, the projects to keep or drop', () => {
    const dir = portalCopy();
    const r = run(NEW, dir, 'demo/dept/2022');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已写入 ${NEW_FILE}`);
    expect(r.stdout).toContain('勘误（errata）、说明（notes）、印错的编码和名称（printed）');
    expect(r.stdout).toContain('沿用了 2021 年的 2 个项目');
    expect(r.stdout).toContain('  - 热线运行（2021 年 70.00 万元）\n  - 设备购置（2021 年 50.00 万元）');
    expect(r.stdout).not.toMatch(/注意：没有/);
    const text = readFileSync(join(dir, NEW_FILE), 'utf8');
    // Each carried-over project is marked in the file too, for whoever opens it next.
    expect(text).toMatch(/# 沿用 2021 年项目（70\.00 万元）：今年仍有则保留并填写金额，没有则删除\n  - id: hotline\n/);
    expect(parse(text).prior_year.basis).toBe('上年年初预算（取自 2021 年文件）');
  });

  it('speaks English with --lang en', () => {
    const dir = portalCopy();
    const r = run(NEW, dir, 'demo/dept/2022', '--lang', 'en');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Wrote ${NEW_FILE} from data/demo/dept/2021.yaml`);
    expect(r.stdout).toContain('Carried over 2 projects from 2021.');
    expect(r.stdout).toContain('  - 热线运行 (2021: 70.00 10k yuan)');
    expect(r.stdout).not.toMatch(/已写入|沿用/);
    expect(run(NEW, dir, 'demo/dept/2022', '--lang', 'en').stderr).toContain('already exists');
  });

  it('carries no misprints, errata or notes from last year, and keeps comments and layout', () => {
    const dir = portalCopy();
    const source = SOURCE(dir);
    const misprinted = readFileSync(source, 'utf8')
      .replace('{ code: "2010301", name: 行政运行, basic: 300.00 }', '{ code: "2010301", name: 行政运行, basic: 300.00, printed: [{ table: expenditure_summary, name: 行政运行支出 }] }')
      .replace('{ code: "2010350", name: 事业运行, basic: 80.00 }', '{ code: "2010350", name: 事业运行, basic: 80.00 }\n  - code: "2010399"\n    name: 其他\n    basic: 0.00\n    printed:\n      - { table: income_summary, code: "2010398" }')
      .replace('  year: 2021\norganisation', '  year: 2021\n  url: https://www.example.org/2021.pdf\n  archive: 2021.pdf\norganisation')
      .concat('errata:\n  - path: published.procurement.procurement\n    published: 70.00\n    corrected: 70.00\n    evidence: 示例。\nnotes:\n  - rule: balance/procurement\n    path: procurement\n    text: 示例说明。\n');
    writeFileSync(source, misprinted);
    mkdirSync(join(dir, 'data', 'demo', 'dept', 'archive'));
    writeFileSync(join(dir, 'data', 'demo', 'dept', 'archive', '2021.pdf'), '%PDF-1.4\n');
    expect(parse(misprinted).expenditure[0].printed).toHaveLength(1);
    expect(run(NEW, dir, 'demo/dept/2022').status).toBe(0);
    const text = readFileSync(join(dir, NEW_FILE), 'utf8');
    expect(text).not.toMatch(/printed|errata|notes:|行政运行支出|示例说明|example\.org|archive|2021\.pdf/);
    const data = parse(text);
    expect(data.expenditure.map((l: { code: string }) => l.code)).toEqual(['2010301', '2010302', '2010350', '2010399', '2080505', '2210201']);
    expect(data.expenditure[0]).toEqual({ code: '2010301', name: '行政运行', basic: null });
    expect(text).toContain('  - { code: "2010301", name: 行政运行, basic: }\n');
    expect(text).toContain('# A small balanced disclosure that touches every section');
  });

  it('warns when years are missing in between, and names the year the prior-year figures come from', () => {
    const dir = portalCopy();
    const zh = run(NEW, dir, 'demo/dept/2023');
    expect(zh.status, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('注意：没有 2022 年的文件。上年数取自 2021 年文件，请照 2023 年公开文件核对改正。');
    expect(parse(readFileSync(join(dir, 'data/demo/dept/2023.yaml'), 'utf8')).prior_year.basis).toBe('上年年初预算（取自 2021 年文件；没有 2022 年的文件，请核对）');
    const en = run(NEW, portalCopy(), 'demo/dept/2025', '--lang', 'en');
    expect(en.stdout).toContain('Warning: there is no file for 2022 to 2024. The prior-year figures come from the 2021 file');
  });

  it('reports the amounts still to fill in as one summary with counts per table, and refuses the file', () => {
    const dir = portalCopy();
    const expected = expectedPending(readFileSync(SOURCE(dir), 'utf8'));
    expect(expected).toBe(80);
    expect(run(NEW, dir, 'demo/dept/2022').status).toBe(0);
    const check = (...args: string[]) => run(CHECK, dir, '--root', 'data', NEW_FILE, ...args);

    const zh = check();
    expect(zh.status).toBe(1);
    expect(zh.stdout).toContain(`${NEW_FILE}:6:1  错误  还有 ${expected} 项待填  [schema/required]`);
    // Per table, counted by hand in tests/fixtures/base/demo/dept/2021.yaml: 《支出总表》 = 5
    // expenditure lines + 9 figures under published.expenditure_summary; the 热线运行 form =
    // amount + 2 × (local, total) of funding + 2 budget_detail rows × (own, total).
    expect(zh.stdout).toMatch(/按表：文件信息 2 项；《收入总表》 1 项；《支出总表》 14 项；.*项目“热线运行” 9 项；项目“设备购置” 5 项；/);
    expect(zh.stdout).toContain(`前 5 处：\n      ${NEW_FILE}:6:1  title\n      ${NEW_FILE}:8:3  source.title\n`);
    expect(zh.stdout.match(/缺少必填项/g)).toBeNull();

    const en = check('--lang', 'en');
    expect(en.stdout).toContain(`${expected} amounts still to fill in  [schema/required]`);
    expect(en.stdout).toContain('Expenditure summary 14');

    // Machines get every finding; a pull request gets one annotation for them.
    const json = JSON.parse(check('--format', 'json').stdout);
    expect(json.findings.filter((f: { rule: string }) => f.rule === 'schema/required')).toHaveLength(expected);
    const gh = check('--format', 'github');
    expect(gh.status).toBe(1);
    const annotations = gh.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(new RegExp(`^::error file=data/demo/dept/2022\\.yaml,line=6,col=1,title=还有 ${expected} 项待填 \\[schema/required\\]::按表：`));
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

  it('checks the files of a department whose archived copy is removed, and finds the missing copy', () => {
    const dir = portalCopy();
    const file = join(dir, 'data', 'demo', 'dept', '2021.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  year: 2021\norganisation', '  year: 2021\n  archive: 2021.pdf\norganisation'));
    mkdirSync(join(dir, 'data', 'demo', 'dept', 'archive'));
    writeFileSync(join(dir, 'data', 'demo', 'dept', 'archive', '2021.pdf'), '%PDF-1.4\n');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'base');
    expect(JSON.parse(check(dir, '--changed', 'main', '--format', 'json').stdout).filesChecked).toBe(0);
    rmSync(join(dir, 'data', 'demo', 'dept', 'archive', '2021.pdf'));
    const json = JSON.parse(check(dir, '--changed', 'main', '--format', 'json').stdout);
    expect(json.filesChecked).toBe(3);
    expect(json.findings.map((f: { rule: string; file: string; line: number }) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['reference/archive-missing data/demo/dept/2021.yaml:11']);
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
