// npm run new -- <region>/<dept>/<year> | <region>/<dept> [--name 名称] [--lang zh|en]
// Starts next year's file from the latest one (structure, units, codes and names kept; amounts
// left empty for the publisher; last year's figures filled in as prior-year figures; last year's
// misprints, errata, notes, links and contacts left out; its projects listed to keep or drop), or a
// new department. Never overwrites a file. Speaks Chinese unless --lang en; words in src/lib/i18n.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { loadPortal } from '../source/load.ts';
import { derive } from '../derive/derive.ts';
import { shownFigure } from '../derive/display.ts';
import { HEADLINE_TABLES } from '../derive/summary.ts';
import type { Disclosure } from '../schema/index.ts';
import { parseYaml, type PathSegment } from '../source/yaml.ts';
import { writeWorkbook } from '../import/workbook.ts';
import { correctedData } from '../validate/corrections.ts';
import { projectWan } from '../derive/project-amount.ts';
import type { Lang } from '../glossary.ts';
import { t, tf } from '../i18n.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MODELINE = (depth: number) => `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/`;

export interface NewResult {
  exitCode: number;
  message: string;
  written: string[];
}

function fail(message: string): NewResult {
  return { exitCode: 1, message, written: [] };
}

/** Every Amount in the parsed data, as paths into the YAML document. */
function amountPaths(node: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  if (node && typeof node === 'object' && 'value' in node && 'scale' in node && 'text' in node) out.push(path);
  else if (Array.isArray(node)) node.forEach((v, i) => amountPaths(v, [...path, i], out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) amountPaths(v, [...path, k], out);
  return out;
}

/** Last year's headline figures, as this year's prior-year figures. */
function priorYearFigures(previous: Disclosure): Record<string, string> {
  const derived = derive(previous);
  const refs = ['total', 'basic', 'project', ...new Set(previous.expenditure.map((l) => `function.${l.code.slice(0, 3)}`)), 'personnel', 'public_costs', 'three_public', 'admin_costs'];
  const out: Record<string, string> = {};
  for (const ref of refs) {
    const shown = shownFigure(previous, derived, ref, [...HEADLINE_TABLES, 'basic_economic', 'three_public', 'admin_costs']);
    if (shown && (shown.published || shown.derived)) out[ref] = shown.value.toFixed(2);
  }
  return out;
}

function clearAmounts(doc: Document, data: Disclosure): void {
  for (const path of amountPaths(data)) {
    // Prior-year figures are filled in separately; everything else waits for this year's document.
    if (path[0] === 'prior_year') continue;
    doc.setIn(path, null);
  }
}

/** The years between two files, as words: "2020", "2020 至 2021". */
function yearsBetween(from: number, to: number, lang: Lang): string {
  return to - from === 2 ? String(from + 1) : tf('range', lang, { from: from + 1, to: to - 1 });
}

export function newYear(root: string, region: string, dept: string, year: number, lang: Lang = 'zh'): NewResult {
  const dir = join(root, region, dept);
  const target = join(dir, `${year}.yaml`);
  if (existsSync(target)) return fail(tf('newExists', lang, { target }));
  if (!existsSync(join(dir, 'department.yaml'))) return fail(tf('newNoDepartment', lang, { file: join(dir, 'department.yaml'), region, dept }));
  const years = readdirSync(dir)
    .filter((f) => /^\d{4}\.yaml$/.test(f))
    .map((f) => Number(f.slice(0, 4)))
    .filter((y) => y < year)
    .sort((a, b) => b - a);
  const latest = years[0];
  if (latest === undefined) {
    const text = `${MODELINE(3)}disclosure.schema.json
region: ${region}
department: ${dept}
year: ${year}
source:
  title:
  publisher:
  year: ${year}
income:
  general_budget:
expenditure:
  - code: ""
    name:
    basic:
    project:
`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(target, text);
    return { exitCode: 0, message: tf('newSkeleton', lang, { target }), written: [target] };
  }
  const source = join(dir, `${latest}.yaml`);
  const portal = loadPortal(root);
  const loaded = portal.disclosures.find((d) => d.source.region === region && d.source.department === dept && d.source.year === latest);
  if (!loaded) return fail(tf('newSourceErrors', lang, { source }));
  const doc = parseDocument(readFileSync(source, 'utf8'));
  clearAmounts(doc, loaded.data);
  doc.set('year', year);
  doc.setIn(['source', 'title'], null);
  if (doc.has('title')) doc.set('title', null);
  doc.setIn(['source', 'year'], year);
  doc.deleteIn(['source', 'document']);
  doc.deleteIn(['source', 'url']);
  doc.deleteIn(['source', 'archive']);
  doc.deleteIn(['source', 'note']);
  // Last year's misprints and their errata and notes were about last year's document.
  doc.delete('errata');
  doc.delete('notes');
  const lines = doc.get('expenditure');
  if (isSeq(lines)) for (const l of lines.items) if (isMap(l)) l.delete('printed');
  const corrected = correctedData(loaded);
  // Contacts are last year's officials and personal data: not copied. Each project is marked for
  // the publisher to keep or drop, and listed in the message.
  const carried: string[] = [];
  const projects = doc.get('projects');
  if (isSeq(projects))
    projects.items.forEach((p, i) => {
      if (!isMap(p)) return;
      p.delete('contacts');
      const wan = corrected.projects?.[i] ? projectWan(corrected.projects[i]!) : null;
      const amount = wan ? wan.toFixed(2) : '—';
      p.commentBefore = tf('newProjectComment', 'zh', { latest, amount });
      carried.push(tf('newProjectLine', lang, { name: String(p.get('name') ?? p.get('id') ?? i), latest, amount }));
    });
  // A gap between the files: the prior-year figures are the latest file's, not last year's.
  const gap = latest < year - 1;
  const basis = gap ? tf('newPriorBasisGap', 'zh', { latest, missing: yearsBetween(latest, year, 'zh') }) : tf('newPriorBasis', 'zh', { latest });
  doc.set('prior_year', doc.createNode({ basis, figures: priorYearFigures(corrected) }));
  // The editor's schema link, right for data/<region>/<dept>/ whatever the old file said.
  const text = `${MODELINE(3)}disclosure.schema.json\n${doc.toString({ lineWidth: 0, nullStr: '' }).replace(/^# yaml-language-server:.*\n/m, '')}`;
  writeFileSync(target, text);
  const message = [
    tf('newWrote', lang, { target, source, latest }),
    t('newNotCarried', lang),
    ...(gap ? [tf('newGap', lang, { missing: yearsBetween(latest, year, lang), latest, year })] : []),
    ...(carried.length ? [tf('newProjects', lang, { count: carried.length, latest }), ...carried] : []),
    tf('newFillIn', lang, { year, target }),
  ];
  return { exitCode: 0, message: message.join('\n'), written: [target] };
}

export function newDepartment(root: string, region: string, dept: string, name: string | undefined, lang: Lang = 'zh'): NewResult {
  const written: string[] = [];
  const regionFile = join(root, region, 'region.yaml');
  const deptFile = join(root, region, dept, 'department.yaml');
  if (existsSync(deptFile)) return fail(tf('newDepartmentExists', lang, { file: deptFile }));
  mkdirSync(join(root, region, dept), { recursive: true });
  if (!existsSync(regionFile)) {
    writeFileSync(regionFile, `${MODELINE(2)}region.schema.json\nname:\nprovince:\nlevel: city\n`);
    written.push(regionFile);
  }
  writeFileSync(deptFile, `${MODELINE(3)}department.schema.json\nname: ${name ?? ''}\n`);
  written.push(deptFile);
  return { exitCode: 0, message: tf('newDepartmentWrote', lang, { files: written.join(t('listSep', lang)), region, dept }), written };
}

/**
 * `npm run new -- <region>/<dept>/<year> --xlsx`: the fill-in workbook (import/workbook.ts) for a
 * clerk who does not edit YAML, made from the latest earlier year's file: codes, names, units and
 * projects filled in, every amount blank. Written beside the command as <region>-<dept>-<year>.xlsx
 * (or --out), never over a file; `npm run import` reads it back.
 */
export async function newWorkbook(argv: string[], root = 'data'): Promise<NewResult> {
  const langArg = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : 'zh';
  const lang: Lang = langArg === 'en' ? 'en' : 'zh';
  const valued = new Set(['--out', '--lang'].flatMap((n) => (argv.indexOf(n) >= 0 ? [argv.indexOf(n) + 1] : [])));
  const target = argv.filter((a, i) => !a.startsWith('--') && !valued.has(i))[0];
  const parts = (target ?? '').replace(/^data\//, '').replace(/\/$/, '').split('/');
  if (parts.length !== 3 || !SLUG.test(parts[0]!) || !SLUG.test(parts[1]!) || !/^(19|20)\d{2}$/.test(parts[2]!)) return { exitCode: 2, message: t('newUsage', lang), written: [] };
  const [region, dept] = parts as [string, string];
  const year = Number(parts[2]);
  const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1]! : `${region}-${dept}-${year}.xlsx`;
  if (existsSync(out)) return fail(tf('newExists', lang, { target: out }));
  const dir = join(root, region, dept);
  const latest = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^\d{4}\.yaml$/.test(f) && Number(f.slice(0, 4)) < year)
        .sort()
        .pop()
    : undefined;
  if (!latest) return fail(tf('newWorkbookNoBase', lang, { dir, year }));
  const parsed = parseYaml(readFileSync(join(dir, latest), 'utf8'));
  if (parsed.problems.length || !parsed.value || typeof parsed.value !== 'object') return fail(tf('newWorkbookUnreadable', lang, { file: join(dir, latest) }));
  const data = { ...(parsed.value as Record<string, unknown>), year: String(year) };
  writeFileSync(out, await writeWorkbook(data, { amounts: false }), { flag: 'wx' });
  return { exitCode: 0, message: tf('newWorkbookWrote', lang, { out, source: join(dir, latest), target: `${region}/${dept}/${year}` }), written: [out] };
}

export function runNew(argv: string[], root = 'data'): NewResult {
  const nameIndex = argv.indexOf('--name');
  const name = nameIndex >= 0 ? argv[nameIndex + 1] : undefined;
  const langArg = argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? (argv.includes('--lang') ? (argv[argv.indexOf('--lang') + 1] ?? '') : 'zh');
  const lang: Lang = langArg === 'en' ? 'en' : 'zh';
  const valueIndices = new Set([nameIndex, argv.indexOf('--lang')].filter((i) => i >= 0).map((i) => i + 1));
  const target = argv.filter((a, i) => !a.startsWith('--') && !valueIndices.has(i))[0];
  const usage = t('newUsage', lang);
  if (langArg !== 'zh' && langArg !== 'en') return { exitCode: 2, message: `${t('newBadLang', lang)}\n${usage}`, written: [] };
  if (!target) return { exitCode: 2, message: usage, written: [] };
  const parts = target.replace(/^data\//, '').replace(/\/$/, '').split('/');
  if (parts.length < 2 || parts.length > 3 || !SLUG.test(parts[0]!) || !SLUG.test(parts[1]!)) return { exitCode: 2, message: `${tf('newBadFolder', lang, { target })}\n${usage}`, written: [] };
  if (parts.length === 2) return newDepartment(root, parts[0]!, parts[1]!, name, lang);
  if (!/^(19|20)\d{2}$/.test(parts[2]!)) return { exitCode: 2, message: `${tf('newBadYear', lang, { target })}\n${usage}`, written: [] };
  return newYear(root, parts[0]!, parts[1]!, Number(parts[2]), lang);
}
