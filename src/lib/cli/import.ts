// npm run import -- <document> --to <region>/<dept>/<year> [--template id] [--lang zh|en]
// Turns a published document (text extracted from the PDF, `pdftotext -layout` output, or the PDF
// itself) into a draft data/<region>/<dept>/<year>.yaml, writes department.yaml and region.yaml
// when missing, never overwrites a file, then checks the draft and says what it imported and what
// it left. Exit codes: 0 written (the draft's own findings do not fail the import), 1 nothing
// written (bad input: a scan, an empty or unreadable file, not a disclosure, an unknown template,
// a target that exists), 2 the command was misused.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Lang } from '../glossary.ts';
import { TABLES, type TableId } from '../glossary.ts';
import { t, tf } from '../i18n.ts';
import { buildCatalogue } from '../derive/catalogue.ts';
import { loadPortal } from '../source/load.ts';
import { importDocument } from '../import/document.ts';
import { sourceText } from '../import/source.ts';
import { LABELS, readWorkbook } from '../import/workbook.ts';
import { isFillInWorkbook, spreadsheetText } from '../import/spreadsheet.ts';
import { Document } from 'yaml';
import { runCheck } from './check.ts';
import { newDepartment } from './new.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SHOWN_LEFTOVERS = 12;

export interface ImportRunResult {
  exitCode: number;
  message: string;
  written: string[];
}

const fail = (message: string, exitCode = 1): ImportRunResult => ({ exitCode, message, written: [] });

/** The document's text: a PDF through pdftotext -layout, anything else as text (UTF-8 or GBK). */
function documentText(file: string, lang: Lang): { ok: true; text: string; notes: string[] } | { ok: false; message: string } {
  const ext = extname(file).toLowerCase();
  if (ext === '.pdf') {
    const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, message: t('importNoPdftotext', lang) };
    if (run.status !== 0) return { ok: false, message: tf('importPdfFailed', lang, { file, reason: (run.stderr || String(run.error ?? run.status)).trim() }) };
    if (!run.stdout.replace(/\f/g, '').trim()) return { ok: false, message: tf('importScan', lang, { file }) };
    return { ok: true, text: run.stdout, notes: [] };
  }
  const read = sourceText(readFileSync(file));
  if (!read.ok) return { ok: false, message: read.problem.kind === 'empty' ? tf('importEmpty', lang, { file }) : tf('importUnreadable', lang, { file, reason: read.problem.kind }) };
  return { ok: true, text: read.text, notes: read.encoding === 'gbk' ? [tf('importGbk', lang, { file })] : [] };
}

export async function runImport(argv: string[], root = 'data'): Promise<ImportRunResult> {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const langArg = value('--lang') ?? 'zh';
  const lang: Lang = langArg === 'en' ? 'en' : 'zh';
  const usage = t('importUsage', lang);
  if (langArg !== 'zh' && langArg !== 'en') return fail(`${t('newBadLang', lang)}\n${usage}`, 2);
  const valued = new Set(['--to', '--template', '--lang'].flatMap((n) => (argv.indexOf(n) >= 0 ? [argv.indexOf(n) + 1] : [])));
  const positional = argv.filter((a, i) => !a.startsWith('--') && !valued.has(i));
  const to = value('--to');
  if (positional.length !== 1 || !to) return fail(usage, 2);
  const source = positional[0]!;
  const parts = to.replace(/^data\//, '').replace(/\.yaml$/, '').split('/');
  if (parts.length !== 3 || !SLUG.test(parts[0]!) || !SLUG.test(parts[1]!)) return fail(`${tf('newBadFolder', lang, { target: to })}\n${usage}`, 2);
  if (!/^(19|20)\d{2}$/.test(parts[2]!)) return fail(`${tf('newBadYear', lang, { target: to })}\n${usage}`, 2);
  const [region, department] = parts as [string, string];
  const year = Number(parts[2]);
  const target = join(root, region, department, `${year}.yaml`);

  if (!existsSync(source)) return fail(tf('importNoSource', lang, { file: source }));
  if (existsSync(target)) return fail(tf('importExists', lang, { file: target }));
  // Templates and classifications as the check reads them (the portal's own and the built-in ones).
  const portal = loadPortal(root, process.cwd(), (s) => s.kind === 'template' || s.kind === 'classification');
  const templateId = value('--template') ?? 'shanxi-municipal';
  const template = portal.templates.get(templateId);
  if (!template) return fail(tf('importUnknownTemplate', lang, { template: templateId, known: [...portal.templates.keys()].join(', ') }));

  let text: { ok: true; text: string; notes: string[] } | { ok: false; message: string };
  if (/\.xlsx$/i.test(source)) {
    // Gongkai's fill-in workbook is read back whole; any other workbook is a budget system's
    // export, one sheet per table, read like a document.
    const bytes = readFileSync(source);
    if (await isFillInWorkbook(bytes, LABELS.sheets.meta.zh)) return importWorkbook(source, { root, region, department, year, target, lang });
    const sheets = await spreadsheetText(bytes);
    text = sheets.ok ? { ok: true, text: sheets.text, notes: [tf('importSheets', lang, { file: source, count: sheets.sheets })] } : { ok: false, message: tf('importUnreadable', lang, { file: source, reason: sheets.reason }) };
  } else text = documentText(source, lang);
  if (!text.ok) return fail(text.message);
  const result = importDocument(text.text, { region, department, year, document: basename(source) }, { template: template.data, catalogue: buildCatalogue(portal.classifications), lang });
  if (!result.found.length && !result.projects) return fail(tf('importNotDisclosure', lang, { file: source }));

  const wrote = writeDraft(result.yaml, { root, region, department, target, lang, departmentName: result.departmentName });
  if (!wrote.ok) return fail(wrote.message);
  const written = wrote.written;

  const title = (id: string) => (TABLES as Record<TableId, { zh: string; en: string }>)[id as TableId]?.[lang] ?? id;
  const check = checkDraft(target, root, lang);
  const lines = [
    ...text.notes,
    tf('importWrote', lang, { file: target }),
    tf('importTables', lang, { count: result.found.length }),
    ...result.found.map((f) => tf('importTable', lang, { line: f.line, title: title(f.table), rows: f.rows, amounts: f.amounts })),
    tf('importProjects', lang, { projects: result.projects, indicators: result.indicators }),
    ...(result.htmlConverted.length ? [tf('importHtml', lang, { lines: result.htmlConverted.join(', ') })] : []),
    ...result.recoded.map((r) => tf('importRecoded', lang, { line: r.line, printed: r.printed, name: r.name, code: r.code })),
    ...(result.leftovers.length
      ? [
          tf('importLeftovers', lang, { count: result.leftovers.length, shown: Math.min(SHOWN_LEFTOVERS, result.leftovers.length) }),
          ...result.leftovers.slice(0, SHOWN_LEFTOVERS).map((l) => tf('importLeftover', lang, { line: l.line, reason: l.reason[lang], text: l.text.replace(/\s+/g, ' ').slice(0, 80) })),
        ]
      : []),
    '',
    t('importCheck', lang),
    check.output,
  ];
  return { exitCode: 0, message: lines.join('\n'), written };
}

/** Parents first (when missing), then the draft, never over a file; a failure removes what this run wrote. */
function writeDraft(yaml: string, at: { root: string; region: string; department: string; target: string; lang: Lang; departmentName?: string }): { ok: true; written: string[] } | { ok: false; message: string } {
  const written: string[] = [];
  try {
    if (!existsSync(join(at.root, at.region, at.department, 'department.yaml'))) {
      const made = newDepartment(at.root, at.region, at.department, at.departmentName, at.lang);
      if (made.exitCode !== 0) return { ok: false, message: made.message };
      written.push(...made.written);
    }
    writeFileSync(at.target, yaml, { flag: 'wx' });
    written.push(at.target);
    return { ok: true, written };
  } catch (e) {
    for (const f of written.reverse()) rmSync(f, { force: true });
    return { ok: false, message: (e as Error).message };
  }
}

const checkDraft = (target: string, root: string, lang: Lang) => runCheck({ paths: [target], format: 'text', lang, strict: false, root, color: false, asPublished: false, cache: false });

/** A fill-in workbook (npm run new -- … --xlsx): read back whole, or not at all. */
async function importWorkbook(source: string, at: { root: string; region: string; department: string; year: number; target: string; lang: Lang }): Promise<ImportRunResult> {
  const { data, problems } = await readWorkbook(readFileSync(source));
  if (problems.length) {
    return fail([tf('importWorkbookProblems', at.lang, { file: source, count: problems.length }), ...problems.map((p) => tf('importWorkbookProblem', at.lang, { sheet: p.sheet, cell: p.cell, message: p.message[at.lang] }))].join('\n'));
  }
  // The target names the file: its region, department and year win over the workbook's.
  const draft = { ...data, region: at.region, department: at.department, year: at.year };
  const doc = new Document(draft);
  const yaml = `# yaml-language-server: $schema=../../../schemas/disclosure.schema.json\n# ${tf('importWorkbookDraftHeader', at.lang, { file: basename(source) })}\n${doc.toString({ lineWidth: 0 })}`;
  const wrote = writeDraft(yaml, { ...at });
  if (!wrote.ok) return fail(wrote.message);
  const check = checkDraft(at.target, at.root, at.lang);
  return { exitCode: 0, message: [tf('importWorkbookRead', at.lang, { file: source }), tf('importWrote', at.lang, { file: at.target }), '', t('importCheck', at.lang), check.output].join('\n'), written: wrote.written };
}
