// The three ways a report leaves the validator: for people, for machines, for pull requests.
import type { Lang } from '../glossary.ts';
import { causeHint, causeMessage, causeTitle, countBySeverity, hintOf, messageOf, sortFindings, titleOf, type Cause, type Finding } from '../validate/finding.ts';
import { CAUSE_WORDS, causeWord, reportWord } from '../validate/catalogue.ts';
import { withPendingSummary } from './pending.ts';

export type ReportFormat = 'text' | 'json' | 'github';

export interface ReportInput {
  findings: Finding[];
  filesChecked: number;
  lang: Lang;
  color?: boolean;
  /** Text: each finding's rule id, logical path and formula too (JSON and GitHub always have them). */
  verbose?: boolean;
  /** Text: list the findings of files without errors too, not one summary line. */
  all?: boolean;
}

const SEVERITY_LABEL: Record<Finding['severity'], Record<Lang, string>> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '说明', en: 'info' },
};
const SEVERITY_COUNT: Record<Finding['severity'], Record<Lang, (n: number) => string>> = {
  error: { zh: (n) => `${n} 个错误`, en: (n) => `${n} ${n === 1 ? 'error' : 'errors'}` },
  warning: { zh: (n) => `${n} 个警告`, en: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}` },
  info: { zh: (n) => `${n} 条说明`, en: (n) => `${n} ${n === 1 ? 'note' : 'notes'}` },
};

function paint(color: boolean | undefined, code: string, s: string): string {
  return color ? `\u001b[${code}m${s}\u001b[0m` : s;
}

function figures(f: Finding, lang: Lang, verbose = true): string[] {
  const lines: string[] = [];
  const unit = f.unit ? ` ${f.unit}` : '';
  const L = lang === 'zh' ? { value: '数值', expected: '应为', diff: '差额', tol: '容差' } : { value: 'value', expected: 'expected', diff: 'difference', tol: 'tolerance' };
  if (f.expected !== undefined) {
    lines.push(`${L.value} ${f.value ?? '—'}${unit}; ${L.expected} ${f.expected}${unit}${verbose && f.formula ? ` (${f.formula})` : ''}`);
    if (f.difference !== undefined) lines.push(`${L.diff} ${f.difference}${unit}${f.tolerance !== undefined ? `; ${L.tol} ${f.tolerance}${unit}` : ''}`);
  }
  return lines;
}

/** The probable typos behind the findings (diagnose.ts), most findings explained first. */
export function causesOf(findings: readonly Finding[]): Cause[] {
  const causes = new Map<string, Cause>();
  for (const f of findings) if (f.cause) causes.set(f.cause.id, f.cause);
  return [...causes.values()].sort((a, b) => b.explains - a.explains || a.file.localeCompare(b.file) || a.amounts[0]!.line - b.amounts[0]!.line);
}

function severityText(f: Pick<Finding, 'severity'>, lang: Lang, color: boolean | undefined): string {
  return f.severity === 'error' ? paint(color, '31', SEVERITY_LABEL.error[lang]) : f.severity === 'warning' ? paint(color, '33', SEVERITY_LABEL.warning[lang]) : paint(color, '36', SEVERITY_LABEL.info[lang]);
}

/** One finding as lines of the text report; `verbose` adds its rule id, logical path and formula. */
function findingLines(f: Finding, lang: Lang, color: boolean | undefined, verbose: boolean, indent: string): string[] {
  const out: string[] = [];
  const body = `${indent}  `;
  out.push(`${indent}${f.file}:${f.line}:${f.column}  ${severityText(f, lang, color)}  ${titleOf(f, lang)}${verbose ? `  [${f.rule}]` : ''}`);
  if (verbose && f.path) out.push(`${body}${f.path}`);
  out.push(`${body}${messageOf(f, lang)}`);
  for (const line of figures(f, lang, verbose)) out.push(`${body}${line}`);
  for (const r of f.related ?? []) out.push(`${body}${lang === 'zh' ? '相关' : 'related'}: ${r.file}:${r.line}:${r.column} ${r.path}${r.value !== undefined ? ` = ${r.value}` : ''}`);
  if (f.explainedBy) out.push(`${body}${f.explainedBy.kind === 'erratum' ? (lang === 'zh' ? '勘误' : 'erratum') : lang === 'zh' ? '说明' : 'note'} (${f.file}:${f.explainedBy.line}): ${f.explainedBy.text}`);
  else out.push(`${body}${lang === 'zh' ? '提示' : 'hint'}: ${hintOf(f, lang)}`);
  return out;
}

/** A cause leads the findings it explains: where the amount is, what it would be, what to do. */
function causeLines(cause: Cause, lang: Lang, color: boolean | undefined, verbose: boolean): string[] {
  const a = cause.amounts[0]!;
  const out = [`  ${a.file}:${a.line}:${a.column}  ${paint(color, '31', SEVERITY_LABEL.error[lang])}  ${paint(color, '1', causeTitle(lang))}`, `    ${causeMessage(cause, lang)}`];
  if (verbose) for (const x of cause.amounts) out.push(`    ${x.file}:${x.line}:${x.column} ${x.path}`);
  out.push(`    ${lang === 'zh' ? '提示' : 'hint'}: ${causeHint(lang)}`);
  return out;
}

function countsText(c: Record<Finding['severity'], number>, lang: Lang, withZeroInfo = true): string {
  const parts = (['error', 'warning', 'info'] as const).filter((s) => withZeroInfo || s !== 'info' || c.info).map((s) => SEVERITY_COUNT[s][lang](c[s]));
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/**
 * The report for people. Files with errors come first; a probable typo leads the findings it
 * explains; the warnings of files without errors are summed up in one line unless `all` (or when
 * no file has an error). The closing line names the files with errors.
 */
export function formatText({ findings, filesChecked, lang, color, verbose = false, all = false }: ReportInput): string {
  const out: string[] = [];
  const sorted = sortFindings(findings);
  const byFile = new Map<string, Finding[]>();
  for (const f of sorted) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const hasError = (list: Finding[]) => list.some((f) => f.severity === 'error');
  const errorFiles = [...byFile.keys()].filter((file) => hasError(byFile.get(file)!));
  const quiet = errorFiles.length > 0 && !all;
  const quietFiles: Finding[][] = [];
  for (const [file, list] of [...byFile].sort(([, a], [, b]) => Number(hasError(b)) - Number(hasError(a)))) {
    if (quiet && !hasError(list)) {
      quietFiles.push(list);
      continue;
    }
    out.push(paint(color, '1', file) + `  (${countsText(countBySeverity(list), lang, false)})`);
    const rest = withPendingSummary(out, file, list, lang, paint(color, '31', SEVERITY_LABEL.error[lang]));
    const causes = causesOf(rest);
    for (const cause of causes) {
      out.push(...causeLines(cause, lang, color, verbose));
      for (const f of rest.filter((x) => x.cause?.id === cause.id)) out.push(...findingLines(f, lang, color, verbose, '    '));
    }
    const others = rest.filter((f) => !f.cause);
    if (causes.length && others.length) out.push(`  ${CAUSE_WORDS.others[lang]}`);
    for (const f of others) out.push(...findingLines(f, lang, color, verbose, '  '));
    out.push('');
  }
  if (quietFiles.length) {
    out.push(reportWord('quietFiles', { files: quietFiles.length, counts: countsText(countBySeverity(quietFiles.flat()), lang) }, lang), '');
  }
  const c = countBySeverity(findings);
  const counts = countsText(c, lang);
  const summary = lang === 'zh' ? `检查了 ${filesChecked} 个文件：${counts}。` : `Checked ${filesChecked} ${filesChecked === 1 ? 'file' : 'files'}: ${counts}.`;
  const named = errorFiles.length ? `${lang === 'zh' ? '' : ' '}${reportWord('errorFiles', { files: errorFiles.join(lang === 'zh' ? '、' : ', ') }, lang)}` : '';
  out.push(c.error ? paint(color, '31', summary + named) : paint(color, '32', summary));
  return out.join('\n');
}

export function formatJson({ findings, filesChecked, lang }: ReportInput): string {
  const c = countBySeverity(findings);
  return JSON.stringify(
    {
      filesChecked,
      counts: c,
      // Probable typos first (diagnose.ts), most findings explained first; each finding names its cause.
      causes: causesOf(findings).map((cause) => ({
        id: cause.id,
        file: cause.file,
        line: cause.amounts[0]!.line,
        column: cause.amounts[0]!.column,
        title: causeTitle(lang),
        message: causeMessage(cause, lang),
        hint: causeHint(lang),
        explains: cause.explains,
        amounts: cause.amounts.map(({ segments: _segments, ...a }) => a),
      })),
      findings: sortFindings(findings).map((f) => ({
        rule: f.rule,
        severity: f.severity,
        file: f.file,
        line: f.line,
        column: f.column,
        path: f.path,
        title: titleOf(f, lang),
        message: messageOf(f, lang),
        hint: hintOf(f, lang),
        ...(f.value !== undefined && { value: f.value }),
        ...(f.expected !== undefined && { expected: f.expected }),
        ...(f.formula !== undefined && { formula: f.formula }),
        ...(f.difference !== undefined && { difference: f.difference }),
        ...(f.tolerance !== undefined && { tolerance: f.tolerance }),
        ...(f.unit !== undefined && { unit: f.unit }),
        ...(f.related && { related: f.related }),
        ...(f.explainedBy && { explainedBy: f.explainedBy }),
        ...(f.cause && { cause: f.cause.id }),
      })),
    },
    null,
    2,
  );
}

/** GitHub Actions workflow commands: escaped as the runner expects. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub({ findings, lang }: ReportInput): string {
  // A probable typo first, annotated on its own line (each line of a pair).
  const causes = causesOf(findings).flatMap((cause) =>
    cause.amounts.map((a) => {
      const body = [causeMessage(cause, lang), ...cause.amounts.map((x) => `${x.path}`), causeHint(lang)].join('\n');
      return `::error file=${escapeProperty(a.file)},line=${a.line},col=${a.column},title=${escapeProperty(causeTitle(lang))}::${escapeData(body)}`;
    }),
  );
  const rest = sortFindings(findings)
    .filter((f) => f.severity !== 'info')
    .map((f) => {
      const level = f.severity === 'error' ? 'error' : 'warning';
      const cause = f.cause ? causeWord('causedBy', { line: f.cause.amounts[0]!.line, printed: f.cause.amounts[0]!.printed }, lang) : '';
      const body = [messageOf(f, lang), ...figures(f, lang), `${f.path}`, hintOf(f, lang), cause].filter(Boolean).join('\n');
      return `::${level} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`${titleOf(f, lang)} [${f.rule}]`)}::${escapeData(body)}`;
    });
  return [...causes, ...rest].join('\n');
}

export function formatReport(format: ReportFormat, input: ReportInput): string {
  return format === 'json' ? formatJson(input) : format === 'github' ? formatGithub(input) : formatText(input);
}
