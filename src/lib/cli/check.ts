// The check command, as a function: the script is a thin wrapper so tests can call it directly.
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Lang } from '../glossary.ts';
import { escapeData, escapeProperty, formatReport, type ReportFormat } from '../report/format.ts';
import { pendingForGithub } from '../report/pending.ts';
import { checkPortal } from '../validate/engine.ts';
import { checkPortalCached } from './cache.ts';
import { affectedDataFiles, changedFiles, defaultBase, isGitRef } from './changed.ts';
import type { Finding } from '../validate/finding.ts';
import { dataFolderMessage, dataFolderProblem, noDisclosureProblem, type DataFolderProblem, type FolderNamedBy } from '../source/data-folder.ts';

export interface CheckOptions {
  paths: string[];
  format: ReportFormat;
  lang: Lang;
  strict: boolean;
  root: string;
  color: boolean;
  asPublished: boolean;
  /** Text: rule ids, logical paths and formulas too. */
  verbose?: boolean;
  /** Text: every finding of files without errors too (otherwise one summary line when some file has errors). */
  all?: boolean;
  /** Check only what changed against this git base (and what reads it). */
  changed?: string;
  /** Take unchanged departments' findings from the check cache (cli/cache.ts); default true. */
  cache?: boolean;
  /** Check again on every save (scripts/check.js, cli/watch.ts). */
  watch?: boolean;
}

export const CHECK_USAGE = `usage: npm run check -- [paths…] [--changed [base]] [--format text|json|github] [--lang zh|en] [--strict] [--as-published] [--verbose] [--all] [--root data] [--no-cache] [--watch]`;

export function parseCheckArgs(argv: string[]): { ok: true; options: CheckOptions } | { ok: false; message: string } {
  const options: CheckOptions = { paths: [], format: 'text', lang: 'zh', strict: false, root: 'data', color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, asPublished: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (name: string): string | null => {
      if (arg.includes('=')) return arg.slice(arg.indexOf('=') + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i++;
      return next;
    };
    const name = arg.split('=')[0];
    if (name === '--format') {
      const v = value(name);
      if (v !== 'text' && v !== 'json' && v !== 'github') return { ok: false, message: `--format takes text, json or github\n${CHECK_USAGE}` };
      options.format = v;
    } else if (name === '--lang') {
      const v = value(name);
      if (v !== 'zh' && v !== 'en') return { ok: false, message: `--lang takes zh or en\n${CHECK_USAGE}` };
      options.lang = v;
    } else if (name === '--root') {
      const v = value(name);
      if (!v) return { ok: false, message: `--root takes a folder\n${CHECK_USAGE}` };
      options.root = v;
    } else if (arg === '--strict') options.strict = true;
    else if (arg === '--as-published') options.asPublished = true;
    else if (arg === '--verbose') options.verbose = true;
    else if (arg === '--all') options.all = true;
    else if (arg === '--changed') {
      const next = argv[i + 1];
      options.changed = next !== undefined && !next.startsWith('--') && !existsSync(next) ? (i++, next) : '';
    }
    else if (arg === '--no-color') options.color = false;
    else if (arg === '--no-cache') options.cache = false;
    else if (arg === '--watch') options.watch = true;
    else if (arg === '--help' || arg === '-h') return { ok: false, message: CHECK_USAGE };
    else if (arg.startsWith('--')) return { ok: false, message: `unknown option ${arg}\n${CHECK_USAGE}` };
    else options.paths.push(arg);
  }
  if (options.format !== 'text') options.color = false;
  return { ok: true, options };
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** A path outside the data root is checked as a data root of its own (fixtures, other portals). */
function rootFor(path: string, defaultRoot: string): string {
  const abs = resolve(path);
  if (isInside(abs, resolve(defaultRoot))) return defaultRoot;
  if (existsSync(abs) && statSync(abs).isDirectory()) return path;
  // A file: its root is two levels up for region.yaml, three for department.yaml and a disclosure.
  const base = abs.split(sep).pop() ?? '';
  const up = base === 'region.yaml' ? 2 : 3;
  let dir = abs;
  for (let k = 0; k < up; k++) dir = dirname(dir);
  return relative(process.cwd(), dir) || '.';
}

/** A folder that cannot be checked stops the run, in the report's format, with exit code 1 (src/lib/source/data-folder.ts). */
function stopped(problems: { problem: DataFolderProblem; namedBy: FolderNamedBy }[], options: CheckOptions): { output: string; exitCode: number; findings: Finding[] } {
  const messages = problems.map(({ problem, namedBy }) => ({ problem, ...dataFolderMessage(problem, options.lang, namedBy) }));
  let output: string;
  if (options.format === 'json') {
    // No counts and no findings: nothing was checked, and a reader of counts must not see a pass.
    output = JSON.stringify({ stopped: messages.map(({ problem, title, message }) => ({ kind: problem.kind, folder: problem.folder, title, message })) }, null, 2);
  } else if (options.format === 'github') {
    output = messages.map(({ title, message }) => `::error title=${escapeProperty(title)}::${escapeData(message)}`).join('\n');
  } else output = messages.map(({ message }) => message).join('\n');
  return { output, exitCode: 1, findings: [] };
}

export function runCheck(options: CheckOptions): { output: string; exitCode: number; findings: Finding[] } {
  if (options.changed !== undefined) {
    const problem = dataFolderProblem(options.root);
    if (problem) return stopped([{ problem, namedBy: 'option' }], options);
    const base = options.changed || defaultBase();
    if (!isGitRef(base)) return { output: `--changed: “${base}” is not a git branch or commit\n${CHECK_USAGE}`, exitCode: 2, findings: [] };
    const files = affectedDataFiles(changedFiles(base), options.root);
    if (!files.length) {
      const output = options.format === 'json' ? JSON.stringify({ filesChecked: 0, counts: { error: 0, warning: 0, info: 0 }, findings: [] }, null, 2) : options.lang === 'zh' ? `与 ${base} 相比没有改动的数据文件。` : `No data file changed against ${base}.`;
      return { output, exitCode: 0, findings: [] };
    }
    return runCheck({ ...options, changed: undefined, paths: [...options.paths, ...files] });
  }
  const missing = options.paths.filter((p) => !existsSync(p));
  if (missing.length) return { output: `no such file or folder: ${missing.join(', ')}\n${CHECK_USAGE}`, exitCode: 2, findings: [] };

  const groups = new Map<string, string[]>();
  if (!options.paths.length) groups.set(options.root, []);
  for (const p of options.paths) {
    const root = rootFor(p, options.root);
    const list = groups.get(root) ?? [];
    if (resolve(p) !== resolve(root)) list.push(p);
    groups.set(root, list);
  }

  // Every folder is a folder before anything is loaded; a whole folder holds a disclosure (asked
  // only when its files have no error: those findings are what to fix first).
  const namedBy = (root: string): FolderNamedBy => (root === options.root ? 'option' : 'argument');
  const unusable = [...groups.keys()].flatMap((root) => {
    const problem = dataFolderProblem(root);
    return problem ? [{ problem, namedBy: namedBy(root) }] : [];
  });
  if (unusable.length) return stopped(unusable, options);

  const findings: Finding[] = [];
  const empty: { problem: DataFolderProblem; namedBy: FolderNamedBy }[] = [];
  let filesChecked = 0;
  for (const [root, only] of groups) {
    // The cache re-checks only the departments whose files (or templates, classifications, code)
    // changed, and only those the paths touch; without it the whole portal is checked.
    const result = options.cache === false ? checkPortal(root, { asPublished: options.asPublished }) : checkPortalCached(root, { asPublished: options.asPublished, only });
    const problem = only.length || result.findings.some((f) => f.severity === 'error') ? null : noDisclosureProblem(result.portal, root);
    if (problem) empty.push({ problem, namedBy: namedBy(root) });
    const selected = only.length ? result.findings.filter((f) => only.some((p) => isInside(resolve(f.file), resolve(p)))) : result.findings;
    findings.push(...selected);
    filesChecked += only.length ? result.files.filter((f) => only.some((p) => isInside(resolve(f), resolve(p)))).length : result.files.length;
  }
  if (empty.length) return stopped(empty, options);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  // Annotations: a scaffolded file's empty amounts are one annotation, not hundreds (report/pending.ts).
  const github = options.format === 'github' ? pendingForGithub(findings, options.lang) : null;
  const summaries = (github?.annotations ?? []).map((a) => `::error file=${escapeProperty(a.file)},line=${a.line},col=${a.column},title=${escapeProperty(a.title)}::${escapeData(a.body)}`);
  const output = [...summaries, formatReport(options.format, { findings: github?.rest ?? findings, filesChecked, lang: options.lang, color: options.color, verbose: options.verbose, all: options.all || options.strict })].filter(Boolean).join('\n');
  return { output, exitCode: errors > 0 || (options.strict && warnings > 0) ? 1 : 0, findings };
}
