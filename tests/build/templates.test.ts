// A second template end to end: the Henan fixture builds into pages, CSV files and English pages
// that follow its template, with no code of its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures.ts';

let outDir = '';
let page = '';
let en = '';

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'gongkai-henan-'));
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_DATA: join(FIXTURES, 'templates', 'henan'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
  page = readFileSync(join(outDir, 'zhengzhou-xx', 'shenpi', '2020', 'index.html'), 'utf8');
  en = readFileSync(join(outDir, 'en', 'zhengzhou-xx', 'shenpi', '2020', 'index.html'), 'utf8');
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The HTML of one table's section. */
const section = (html: string, id: string) => html.match(new RegExp(`<section[^>]*data-table="${id}"[\\s\\S]*?</section>`))?.[0] ?? '';

describe('a disclosure on the Henan template', () => {
  it('shows every table of its template, in order', () => {
    const ids = [...page.matchAll(/data-table="([a-z_]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['budget_summary', 'income_summary', 'expenditure_summary', 'expenditure_by_source', 'fiscal_summary', 'general_budget_expenditure', 'basic_economic', 'economic_summary', 'gov_fund_expenditure', 'state_capital', 'three_public', 'project_expenditure', 'procurement']);
  });

  it('says which tables the document printed empty and which it does not have', () => {
    expect(section(page, 'state_capital')).toContain('data-status="empty"');
    expect(section(page, 'state_capital')).toContain('印有这张表的表头，没有数据行');
    expect(section(page, 'gov_fund_expenditure')).toContain('公开文件没有这张表');
    expect(section(page, 'procurement')).toContain('本表无数据');
  });

  it('shows the split columns and the second classification', () => {
    const t = section(page, 'expenditure_summary');
    for (const h of ['工资福利支出', '公用经费', '对个人和家庭的补助', '一般性项目', '专项资金']) expect(t).toContain(`>${h}</th>`);
    const e = section(page, 'economic_summary');
    expect(e).toContain('政府预算支出经济分类');
    expect(e).toMatch(/data-code="50299"[\s\S]*?110\.00/);
  });

  it('has English tables on the English page, with Chinese names marked', () => {
    const t = section(en, 'expenditure_summary');
    expect(t).toContain('Expenditure summary, 2020');
    expect(t).toContain('>Salaries and benefits</th>');
    expect(t).toContain('<span lang="zh-CN">行政运行</span>');
    expect(section(en, 'budget_summary')).toContain('>of which fiscal appropriations</th>');
    expect(section(en, 'gov_fund_expenditure')).toContain('does not contain this table');
  });

  it('writes each table as CSV with its own columns', () => {
    const csv = readFileSync(join(outDir, 'zhengzhou-xx', 'shenpi', '2020', 'tables', 'budget_summary.csv'), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('项目,预算数,其中：财政拨款');
    expect(lines).toContain('纳入预算管理的非税收入拨款,10.00,10.00');
  });
});
