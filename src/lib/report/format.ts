// The three ways a report leaves the validator: for people, for machines, for pull requests.
import type { Lang } from '../glossary.ts';
import { countBySeverity, hintOf, messageOf, sortFindings, titleOf, type Finding } from '../validate/finding.ts';

export type ReportFormat = 'text' | 'json' | 'github';

export interface ReportInput {
  findings: Finding[];
  filesChecked: number;
  lang: Lang;
  color?: boolean;
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

function figures(f: Finding, lang: Lang): string[] {
  const lines: string[] = [];
  const unit = f.unit ? ` ${f.unit}` : '';
  const L = lang === 'zh' ? { value: '数值', expected: '应为', diff: '差额', tol: '容差' } : { value: 'value', expected: 'expected', diff: 'difference', tol: 'tolerance' };
  if (f.expected !== undefined) {
    lines.push(`${L.value} ${f.value ?? '—'}${unit}; ${L.expected} ${f.expected}${unit}${f.formula ? ` (${f.formula})` : ''}`);
    if (f.difference !== undefined) lines.push(`${L.diff} ${f.difference}${unit}${f.tolerance !== undefined ? `; ${L.tol} ${f.tolerance}${unit}` : ''}`);
  }
  return lines;
}

export function formatText({ findings, filesChecked, lang, color }: ReportInput): string {
  const out: string[] = [];
  const sorted = sortFindings(findings);
  const byFile = new Map<string, Finding[]>();
  for (const f of sorted) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, list] of byFile) {
    const c = countBySeverity(list);
    const parts = (['error', 'warning', 'info'] as const).filter((s) => s !== 'info' || c.info).map((s) => SEVERITY_COUNT[s][lang](c[s]));
    out.push(paint(color, '1', file) + `  (${parts.join(lang === 'zh' ? '，' : ', ')})`);
    for (const f of list) {
      const sev = f.severity === 'error' ? paint(color, '31', SEVERITY_LABEL.error[lang]) : f.severity === 'warning' ? paint(color, '33', SEVERITY_LABEL.warning[lang]) : paint(color, '36', SEVERITY_LABEL.info[lang]);
      out.push(`  ${file}:${f.line}:${f.column}  ${sev}  ${titleOf(f, lang)}  [${f.rule}]`);
      if (f.path) out.push(`    ${f.path}`);
      out.push(`    ${messageOf(f, lang)}`);
      for (const line of figures(f, lang)) out.push(`    ${line}`);
      for (const r of f.related ?? []) out.push(`    ${lang === 'zh' ? '相关' : 'related'}: ${r.file}:${r.line}:${r.column} ${r.path}${r.value !== undefined ? ` = ${r.value}` : ''}`);
      if (f.explainedBy) out.push(`    ${f.explainedBy.kind === 'erratum' ? (lang === 'zh' ? '勘误' : 'erratum') : lang === 'zh' ? '说明' : 'note'} (${f.file}:${f.explainedBy.line}): ${f.explainedBy.text}`);
      else out.push(`    ${lang === 'zh' ? '提示' : 'hint'}: ${hintOf(f, lang)}`);
    }
    out.push('');
  }
  const c = countBySeverity(findings);
  const counts = (['error', 'warning', 'info'] as const).map((s) => SEVERITY_COUNT[s][lang](c[s]));
  const summary = lang === 'zh' ? `检查了 ${filesChecked} 个文件：${counts.join('，')}。` : `Checked ${filesChecked} ${filesChecked === 1 ? 'file' : 'files'}: ${counts.join(', ')}.`;
  out.push(c.error ? paint(color, '31', summary) : paint(color, '32', summary));
  return out.join('\n');
}

export function formatJson({ findings, filesChecked, lang }: ReportInput): string {
  const c = countBySeverity(findings);
  return JSON.stringify(
    {
      filesChecked,
      counts: c,
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
  return sortFindings(findings)
    .filter((f) => f.severity !== 'info')
    .map((f) => {
      const level = f.severity === 'error' ? 'error' : 'warning';
      const body = [messageOf(f, lang), ...figures(f, lang), `${f.path}`, hintOf(f, lang)].filter(Boolean).join('\n');
      return `::${level} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`${titleOf(f, lang)} [${f.rule}]`)}::${escapeData(body)}`;
    })
    .join('\n');
}

export function formatReport(format: ReportFormat, input: ReportInput): string {
  return format === 'json' ? formatJson(input) : format === 'github' ? formatGithub(input) : formatText(input);
}
