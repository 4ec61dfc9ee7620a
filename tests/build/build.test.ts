// The build door: `astro build` validates first, refuses bad data with the whole report, and
// renders the pages of good data. Runs the real Astro build on fixture portals.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ruleFixtureDir } from '../support/fixtures.ts';

const outDirs: string[] = [];
function build(dataRoot: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'gongkai-build-'));
  outDirs.push(outDir);
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_DATA: dataRoot, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, outDir };
}

afterAll(() => {
  for (const d of outDirs) rmSync(d, { recursive: true, force: true });
});

function filesOf(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesOf(dir, join(prefix, e.name)) : [join(prefix, e.name)]));
}

describe('astro build', () => {
  it('is deterministic: two builds of the same data are byte-identical', () => {
    const a = build('data');
    const b = build('data');
    expect(a.code, a.out).toBe(0);
    expect(b.code, b.out).toBe(0);
    const files = filesOf(a.outDir).sort();
    expect(filesOf(b.outDir).sort()).toEqual(files);
    expect(files.length).toBeGreaterThan(300);
    const differ = files.filter((f) => !readFileSync(join(a.outDir, f)).equals(readFileSync(join(b.outDir, f))));
    expect(differ).toEqual([]);
  }, 120_000);

  it('renders a balanced portal, with the derived totals on the page', () => {
    const r = build(join(FIXTURES, 'base'));
    expect(r.code, r.out).toBe(0);
    const page = readFileSync(join(r.outDir, 'demo', 'dept', '2021', 'index.html'), 'utf8');
    expect(page).toContain('<html lang="zh-CN"');
    expect(page).toMatch(/data-figure="total"[^>]*>560\.00 万元/);
    expect(page).toMatch(/data-figure="basic"[^>]*>440\.00 万元/);
    expect(page).toMatch(/data-code="201"[\s\S]*?500\.00/);
  });

  it('refuses a portal with an error and prints the whole report', () => {
    const r = build(ruleFixtureDir('balance/control-total', 'fail'));
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('数据检查未通过');
    expect(r.out).toMatch(/demo\/dept\/2021\.yaml:\d+:\d+ {2}错误 {2}公开合计与明细不符 {2}\[balance\/control-total\]/);
    expect(r.out).toContain('[balance/row-total]');
  });

  it('shows errata and notes to readers', () => {
    const r = build(join(FIXTURES, 'with-errata'));
    expect(r.code, r.out).toBe(0);
    const page = readFileSync(join(r.outDir, 'demo', 'dept', '2021', 'index.html'), 'utf8');
    expect(page).toContain('201 = 20103 = 行政运行300.00');
    expect(page).toContain('货物、服务两类合计按采购计划印出');
  });

  it('links the same project across years, by a name that differs in brackets, spaces and year', () => {
    const root = mkdtempSync(join(tmpdir(), 'gongkai-years-'));
    outDirs.push(root);
    cpSync(join(FIXTURES, 'base'), root, { recursive: true });
    const file = join(root, 'demo', 'dept', '2020.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}projects:\n  - { id: hotline-2020, name: 2020年 热线运行, amount: 100.00 }\n`);
    const r = build(root);
    expect(r.code, r.out).toBe(0);
    const page2021 = readFileSync(join(r.outDir, 'demo', 'dept', '2021', 'projects', 'hotline', 'index.html'), 'utf8');
    expect(page2021).toContain('href="/demo/dept/2020/projects/hotline-2020/"');
    const page2020 = readFileSync(join(r.outDir, 'demo', 'dept', '2020', 'projects', 'hotline-2020', 'index.html'), 'utf8');
    expect(page2020).toContain('href="/demo/dept/2021/projects/hotline/"');
    expect(page2020).not.toContain('href="/demo/dept/2021/projects/equipment/"');
  });

  it('follows portal.yaml: title, default language, officials shown only when asked', () => {
    const root = mkdtempSync(join(tmpdir(), 'gongkai-settings-'));
    outDirs.push(root);
    cpSync(join(FIXTURES, 'base'), root, { recursive: true });
    const file = join(root, 'demo', 'dept', '2021.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    name: 热线运行\n', '    name: 热线运行\n    contacts: { leader: 张某某, phone: "0357-0000000" }\n'));
    const plain = build(root);
    expect(plain.code, plain.out).toBe(0);
    expect(readFileSync(join(plain.outDir, 'demo', 'dept', '2021', 'projects', 'hotline', 'index.html'), 'utf8')).not.toContain('张某某');
    const settingsDir = mkdtempSync(join(tmpdir(), 'gongkai-portal-'));
    outDirs.push(settingsDir);
    const settings = join(settingsDir, 'portal.yaml');
    writeFileSync(settings, 'title: { zh: 示例预算公开, en: Example budgets }\nbase_url: https://budget.example.org\nshow_officials: true\ndefault_language: en\n');
    const r = build(root, { GONGKAI_SETTINGS: settings });
    expect(r.code, r.out).toBe(0);
    expect(readFileSync(join(r.outDir, 'index.html'), 'utf8')).toContain('<html lang="en"');
    expect(readFileSync(join(r.outDir, 'index.html'), 'utf8')).toContain('Example budgets');
    const zhProject = readFileSync(join(r.outDir, 'zh', 'demo', 'dept', '2021', 'projects', 'hotline', 'index.html'), 'utf8');
    expect(zhProject).toContain('<html lang="zh-CN"');
    expect(zhProject).toContain('示例预算公开');
    expect(zhProject).toContain('张某某');
  });

  it('refuses invalid portal settings with a located message', () => {
    const root = mkdtempSync(join(tmpdir(), 'gongkai-badsettings-'));
    outDirs.push(root);
    const settings = join(root, 'portal.yaml');
    writeFileSync(settings, 'title: { zh: 示例, en: Example }\nbase_url: https://x.org\nshow_officials: yes please\ndefault_language: fr\n');
    const r = build(join(FIXTURES, 'base'), { GONGKAI_SETTINGS: settings });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('portal settings are invalid');
    expect(r.out).toMatch(/portal\.yaml:4:\d+/);
  });

  it('links the published document and publishes its archived copy beside the disclosure', () => {
    const root = ruleFixtureDir('reference/archive-missing', 'pass');
    const r = build(root);
    expect(r.code, r.out).toBe(0);
    const archived = join(r.outDir, 'demo', 'dept', '2021', '2021.pdf');
    expect(readFileSync(archived).equals(readFileSync(join(root, 'demo', 'dept', 'archive', '2021.pdf')))).toBe(true);
    for (const [page, words] of [[['demo', 'dept', '2021'], ['原文地址：', '存档副本：']], [['en', 'demo', 'dept', '2021'], ['Published at: ', 'Archived copy: ']]] as const) {
      const source = readFileSync(join(r.outDir, ...page, 'index.html'), 'utf8').split('<section aria-labelledby="source-title">')[1]!.split('</section>')[0]!;
      expect(source).toContain(`<li>${words[0]}<a href="https://www.example.org/budget/2021.pdf" rel="external noopener noreferrer" data-source-url>https://www.example.org/budget/2021.pdf</a></li>`);
      expect(source).toContain(`<li>${words[1]}<a href="/demo/dept/2021/2021.pdf" data-source-archive>2021.pdf</a></li>`);
    }
    // A disclosure without them links neither.
    const y2020 = readFileSync(join(r.outDir, 'demo', 'dept', '2020', 'index.html'), 'utf8');
    expect(y2020).not.toContain('data-source-url');
    expect(y2020).not.toContain('data-source-archive');
  });

  it('refuses a disclosure whose archived copy is missing, at its line', () => {
    const r = build(ruleFixtureDir('reference/archive-missing', 'fail'));
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/demo\/dept\/2021\.yaml:12:\d+ {2}错误 {2}存档文件不存在 {2}\[reference\/archive-missing\]/);
  });

  it('escapes text from data', () => {
    const root = mkdtempSync(join(tmpdir(), 'gongkai-escape-'));
    outDirs.push(root);
    cpSync(join(FIXTURES, 'base'), root, { recursive: true });
    const file = join(root, 'demo', 'dept', '2021.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('name: 热线运行', 'name: \'A&B <热线> "运行"\'')
        .replace('    budget_detail:\n      - { item: 劳务费', '    texts: { overview: "[点我](javascript:alert(1)) 与 <<运行>>" }\n    budget_detail:\n      - { item: 劳务费'),
    );
    const r = build(root);
    expect(r.code, r.out).toBe(0);
    const page = readFileSync(join(r.outDir, 'demo', 'dept', '2021', 'index.html'), 'utf8');
    expect(page).toContain('A&amp;B &lt;热线&gt; &quot;运行&quot;');
    expect(page).not.toContain('<热线>');
    // Markdown links are not rendered: a javascript: link stays inert text.
    const project = readFileSync(join(r.outDir, 'demo', 'dept', '2021', 'projects', 'hotline', 'index.html'), 'utf8');
    expect(project).toContain('[点我](javascript:alert(1)) 与 &lt;&lt;运行&gt;&gt;');
    expect(project).not.toMatch(/href="javascript:/i);
    // Shared-link tags carry the name escaped too (in an attribute, & and " are what must be).
    expect(project).toContain('<meta property="og:title" content="A&amp;B <热线> &quot;运行&quot;">');
    expect(project).toMatch(/<meta property="og:description" content="[^"]*A&amp;B <热线> &quot;运行&quot;/);
    expect(project).not.toMatch(/content="[^"]*"运行/);
  });
});
