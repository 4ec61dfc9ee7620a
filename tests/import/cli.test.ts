// npm run import (src/lib/cli/import.ts): a draft from a published document, its parents when
// missing, a report of what was imported and left, the check of the draft; bad input stops with
// a clear message, exit 1 and nothing written.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../src/lib/cli/import.ts';
import { newWorkbook } from '../../src/lib/cli/new.ts';
import { writeWorkbook } from '../../src/lib/import/workbook.ts';
import { accuracy } from '../../src/lib/import/accuracy.ts';
import { parseYaml } from '../../src/lib/source/yaml.ts';
import ExcelJS from 'exceljs';
import { importLines } from '../../src/lib/import/source.ts';
import { tableSections } from '../../src/lib/import/segment.ts';
import { hasPdftotext } from '../support/tools.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** An empty portal with the demo's classifications. */
function portal(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-'));
  temps.push(dir);
  cpSync('data/classifications', join(dir, 'data', 'classifications'), { recursive: true });
  return join(dir, 'data');
}

const files = (root: string): string[] => readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml') && !f.startsWith('classifications')).sort();
const SEED = 'tests/fixtures/import/seeds/000_0c76099db0b90ef3.txt';
const TO = ['--to', 'linfen/xingzheng-shenpi/2020'];

describe('npm run import', () => {
  it('writes the draft with its department and region, reports, and checks it', async () => {
    const root = portal();
    const r = await runImport([SEED, ...TO], root);
    expect(r.exitCode).toBe(0);
    expect(files(root)).toEqual(['linfen/region.yaml', 'linfen/xingzheng-shenpi/2020.yaml', 'linfen/xingzheng-shenpi/department.yaml']);
    expect(readFileSync(join(root, 'linfen/xingzheng-shenpi/department.yaml'), 'utf8')).toContain('name: 临汾市行政审批服务管理局');
    expect(r.message).toContain('识别出的表（11 张）');
    expect(r.message).toContain('第 127 行 《一般公共预算基本支出经济分类表》：28 行，28 个金额');
    expect(r.message).toMatch(/项目绩效目标表：11 个项目/);
    // The check of the draft names the document's own errors (research: 三公 below its basic
    // economic line; 11 forms total 632.10 against 702.10 of project spending).
    expect(r.message).toContain('“三公”经费中的公务用车运行维护费 2.40 万元，小于基本支出经济分类中的“公务用车运行维护费” 2.80 万元');
    expect(r.message).toContain('项目金额合计 632.10 万元，项目支出为 702.10 万元');
    const draft = parse(readFileSync(join(root, 'linfen/xingzheng-shenpi/2020.yaml'), 'utf8'));
    expect(draft).toMatchObject({ region: 'linfen', department: 'xingzheng-shenpi', year: 2020, income: { general_budget: '1,138.19' }, source: { document: '000_0c76099db0b90ef3.txt' } });
  });

  it('keeps what it did not place as comments at their source lines', async () => {
    const root = portal();
    await runImport([SEED, ...TO], root);
    const text = readFileSync(join(root, 'linfen/xingzheng-shenpi/2020.yaml'), 'utf8');
    expect(text).toMatch(/^# 未导入的内容（共 \d+ 行），按原文行号列出：$/m);
    expect(text).toContain('# 第 230 行（此栏说明部门或单位，不是项目字段）：临汾市行政审批服务管理局');
  });

  it('never overwrites: a second import of the same year stops and leaves the file as it was', async () => {
    const root = portal();
    expect((await runImport([SEED, ...TO], root)).exitCode).toBe(0);
    const target = join(root, 'linfen/xingzheng-shenpi/2020.yaml');
    writeFileSync(target, '# edited by the publisher\n');
    const again = await runImport([SEED, ...TO], root);
    expect(again.exitCode).toBe(1);
    expect(again.message).toContain('已经存在，导入不会覆盖它');
    expect(readFileSync(target, 'utf8')).toBe('# edited by the publisher\n');
  });

  it('reads a GBK text file, and says so', async () => {
    const root = portal();
    const r = await runImport(['tests/fixtures/import/gbk-linfen-2020.txt', ...TO], root);
    expect(r.exitCode).toBe(0);
    expect(r.message).toContain('是 GBK 编码，已按 GBK 读取');
    expect(parse(readFileSync(join(root, 'linfen/xingzheng-shenpi/2020.yaml'), 'utf8')).income).toEqual({ general_budget: '1,138.19' });
  });

  it('reads a PDF through pdftotext -layout', async () => {
    expect(hasPdftotext(), 'pdftotext is missing: npm test installs poppler-utils (scripts/ensure-test-tools.ts)').toBe(true);
    const root = portal();
    const r = await runImport(['tests/fixtures/import/linfen-2020-tables.pdf', ...TO], root);
    expect(r.exitCode).toBe(0);
    const draft = parse(readFileSync(join(root, 'linfen/xingzheng-shenpi/2020.yaml'), 'utf8'));
    expect(draft.expenditure.find((e: { code: string }) => e.code === '2010301')).toMatchObject({ basic: '232.61' });
    expect(draft.published.general_budget_expenditure['fund.general_budget']).toBe('1,138.19');
  });

  it('stops on a PDF without a text layer (a scan), writing nothing', async () => {
    expect(hasPdftotext(), 'pdftotext is missing: npm test installs poppler-utils (scripts/ensure-test-tools.ts)').toBe(true);
    const root = portal();
    const r = await runImport(['tests/fixtures/import/scan.pdf', ...TO], root);
    expect(r).toMatchObject({ exitCode: 1, written: [] });
    expect(r.message).toContain('没有文字层，是扫描件');
    expect(files(root)).toEqual([]);
  });

  it('stops on an empty file, a file that is not a disclosure, UTF-16, a broken spreadsheet, an unknown template, writing nothing', async () => {
    const root = portal();
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-src-'));
    temps.push(dir);
    const write = (name: string, bytes: string | Uint8Array) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    const cases: [string[], string][] = [
      [[write('empty.txt', '  \n\n'), ...TO], '是空文件'],
      [[write('letter.txt', '关于召开年度工作会议的通知\n各科室：定于下周一召开会议。\n'), ...TO], '看起来不是部门预算公开文件'],
      [[write('utf16.txt', new Uint8Array([0xff, 0xfe, 0x31, 0x00, 0x32, 0x00])), ...TO], '不是可读的文本'],
      [[SEED, ...TO, '--template', 'nowhere'], '没有名为“nowhere”的模板'],
      [[write('broken.xlsx', 'not a zip at all'), ...TO], '不是可读的文本'],
      [['tests/fixtures/import/no-such-file.txt', ...TO], '找不到文件'],
    ];
    for (const [args, message] of cases) {
      const r = await runImport(args, root);
      expect(r.exitCode, message).toBe(1);
      expect(r.message).toContain(message);
    }
    expect(files(root)).toEqual([]);
    expect(existsSync(join(root, 'linfen'))).toBe(false);
  });

  it('is misused without --to or with a bad target (exit 2)', async () => {
    expect((await runImport([SEED], portal())).exitCode).toBe(2);
    expect((await runImport([SEED, '--to', 'Linfen/x/2020'], portal())).exitCode).toBe(2);
    expect((await runImport([SEED, '--to', 'linfen/x/20'], portal())).exitCode).toBe(2);
  });

  it('reads a filled-in workbook back into the YAML, every amount as typed', async () => {
    const root = portal();
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-xlsx-'));
    temps.push(dir);
    const original = parseYaml(readFileSync('data/jincheng/xingzheng-shenpi/2024.yaml', 'utf8')).value as Record<string, unknown>;
    writeFileSync(join(dir, 'filled.xlsx'), await writeWorkbook(original, { amounts: true }));
    const r = await runImport([join(dir, 'filled.xlsx'), '--to', 'jincheng/xingzheng-shenpi/2024'], root);
    expect(r.exitCode, r.message).toBe(0);
    const imported = parse(readFileSync(join(root, 'jincheng/xingzheng-shenpi/2024.yaml'), 'utf8'));
    const hand = parse(readFileSync('data/jincheng/xingzheng-shenpi/2024.yaml', 'utf8'));
    // The workbook does not carry procurement (docs/workbook.md); everything else it holds comes back.
    delete hand.procurement;
    const a = accuracy(hand, imported);
    expect(a.missed).toEqual([]);
    expect(a.total).toBeGreaterThan(250);
  });

  it('npm run new -- … --xlsx writes a blank workbook from last year; imported unfilled, it is refused with the cells to fill', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-new-xlsx-'));
    temps.push(dir);
    const out = join(dir, 'linfen-2021.xlsx');
    const made = await newWorkbook(['linfen/xingzheng-shenpi/2021', '--out', out], 'data');
    expect(made.exitCode, made.message).toBe(0);
    expect(made.message).toContain('以 data/linfen/xingzheng-shenpi/2020.yaml 为底稿');
    expect((await newWorkbook(['linfen/xingzheng-shenpi/2021', '--out', out], 'data')).exitCode).toBe(1);
    const root = portal();
    const r = await runImport([out, '--to', 'linfen/xingzheng-shenpi/2021'], root);
    expect(r.exitCode).toBe(1);
    expect(r.message).toMatch(/工作簿 .* 有 \d+ 处需要改正，没有写入任何文件/);
    expect(r.message).toMatch(/工作表“经济分类” [A-Z]+\d+：/);
    expect(files(root)).toEqual([]);
  });

  it('reads a budget system’s export, one sheet per table, like the document: numbers at the decimals their format shows', async () => {
    // The 临汾 2020 tables as a budget system exports them: a sheet per table, its title in the
    // first row, amounts as number cells formatted 0.00 or #,##0.00 where the document prints so.
    const book = new ExcelJS.Workbook();
    const { sections } = tableSections(importLines(readFileSync(SEED, 'utf8')), (l) => /绩效目标申报表/.test(l.text));
    sections.forEach((section, k) => {
      const sheet = book.addWorksheet(`表${k + 1}`);
      sheet.addRow([section.title.text]);
      for (const line of section.lines) {
        const row = sheet.addRow(line.cells.map((c) => (/^[\d,]+(\.\d+)?$/.test(c) && !/^0\d/.test(c) && c.length !== 3 && c.length !== 7 ? Number(c.replace(/,/g, '')) : c)));
        line.cells.forEach((c, i) => {
          const decimals = /\.(\d+)$/.exec(c)?.[1]?.length;
          if (typeof row.getCell(i + 1).value === 'number' && decimals) row.getCell(i + 1).numFmt = `${c.includes(',') ? '#,##' : ''}0.${'0'.repeat(decimals)}`;
        });
      }
    });
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-import-export-'));
    temps.push(dir);
    await book.xlsx.writeFile(join(dir, 'export.xlsx'));
    const root = portal();
    const r = await runImport([join(dir, 'export.xlsx'), ...TO], root);
    expect(r.exitCode, r.message).toBe(0);
    expect(r.message).toContain(`是电子表格，按每个工作表一张表读取（共 ${sections.length} 个工作表）`);
    const draft = parse(readFileSync(join(root, 'linfen/xingzheng-shenpi/2020.yaml'), 'utf8'));
    expect(draft.income).toEqual({ general_budget: '1,138.19' });
    expect(draft.published.general_budget_expenditure['function.2010302']).toBe('210.00');
    const hand = parse(readFileSync('data/linfen/xingzheng-shenpi/2020.yaml', 'utf8'));
    delete hand.projects;
    const a = accuracy(hand, draft);
    expect(a.placed / a.total, a.missed.join(' ')).toBeGreaterThanOrEqual(0.95);
  });
});

