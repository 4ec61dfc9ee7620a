// Amounts still to fill in. A file that `npm run new` scaffolded has every amount empty, and the
// check finds each as `schema/required`: hundreds of identical errors. The text report and the
// pull-request annotations sum them up instead: "还有 N 项待填", the count per table (or project,
// or section) of the file, and the first few places. Up to PENDING_LIST_MAX of them are listed one
// by one as before; JSON keeps every finding. They stay errors: the build refuses an unfilled file.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { label, termByKey, type Lang } from '../glossary.ts';
import { t, tf } from '../i18n.ts';
import type { Finding } from '../validate/finding.ts';

export const PENDING_RULE = 'schema/required';
/** At most this many empty amounts in a file are reported one by one; more are summed up. */
export const PENDING_LIST_MAX = 10;
/** Places shown under a summary. */
export const PENDING_FIRST = 5;

export interface PendingPart {
  /** What groups the findings: `table.expenditure_summary`, `project:hotline`, `income`. */
  key: string;
  label: string;
  count: number;
}

export interface PendingSummary {
  file: string;
  count: number;
  /** In the order the parts first appear in the file. */
  parts: PendingPart[];
  /** The first PENDING_FIRST places, by line. */
  first: { line: number; column: number; path: string }[];
}

/**
 * The part of a disclosure a path falls in, as a glossary key where one names it: the top-level key
 * (or `economic.<list>`, `published.<table>`) maps to the template table that prints it, else the
 * section. Anything not listed here is named by its key.
 */
const PARTS: Record<string, string> = {
  income: 'table.income_summary',
  income_items: 'table.income_summary',
  expenditure: 'table.expenditure_summary',
  'economic.basic': 'table.basic_economic',
  'economic.all': 'table.economic_summary',
  'economic.gov': 'figure.economic_gov',
  'economic.project': 'spending.project',
  three_public: 'table.three_public',
  admin_costs: 'table.admin_costs',
  gov_fund_income: 'table.gov_fund_income',
  state_capital_income: 'table.state_capital',
  procurement: 'table.procurement',
  narrative: 'table.narrative',
  performance_targets: 'performance.table',
  prior_year: 'prior_year.prior_year',
  organisation: 'section.organisation',
  assets: 'section.assets',
  purchase_services: 'section.purchase_services',
  performance: 'section.performance',
  other_notes: 'section.other_notes',
};
/** Parts about the document itself rather than its tables. */
const DOCUMENT = new Set(['title', 'source', 'region', 'department', 'year', 'scope', 'template', 'kind']);

/** The part a finding's logical path (`expenditure[code=2010301].basic`) falls in. */
export function partOf(path: string, lang: Lang, projectNames: ReadonlyMap<string, string> = new Map()): { key: string; label: string } {
  const top = /^[A-Za-z_]+/.exec(path)?.[0] ?? '';
  if (top === 'projects') {
    const m = /^projects\[(?:id=)?([^\]]+)\]/.exec(path);
    const id = m?.[1];
    if (id !== undefined) return { key: `project:${id}`, label: tf('pendingProject', lang, { name: projectNames.get(id) ?? id }) };
  }
  if (DOCUMENT.has(top)) return { key: 'document', label: t('pendingDocument', lang) };
  const second = /^[A-Za-z_]+\.([A-Za-z_]+)/.exec(path)?.[1];
  const key = top === 'published' && second ? `table.${second}` : (PARTS[`${top}.${second}`] ?? PARTS[top] ?? (top || path));
  const term = termByKey(key);
  if (!term) return { key, label: key.replace(/^table\./, '') };
  if (key === 'spending.project') return { key, label: tf('pendingByClass', lang, { part: label(term, lang) }) };
  if (key.startsWith('table.')) return { key, label: tf('pendingTable', lang, { title: label(term, lang) }) };
  return { key, label: label(term, lang) };
}

/** The summary of one file's empty amounts, or null when there are none. Pure: findings in, words out. */
export function summarisePending(file: string, findings: readonly Finding[], lang: Lang, projectNames: ReadonlyMap<string, string> = new Map()): PendingSummary | null {
  const pending = findings
    .filter((f) => f.file === file && f.rule === PENDING_RULE && !f.explainedBy)
    .sort((a, b) => a.line - b.line || a.column - b.column);
  if (!pending.length) return null;
  const parts = new Map<string, PendingPart>();
  for (const f of pending) {
    const { key, label } = partOf(f.path, lang, projectNames);
    const part = parts.get(key) ?? { key, label, count: 0 };
    part.count++;
    parts.set(key, part);
  }
  return { file, count: pending.length, parts: [...parts.values()], first: pending.slice(0, PENDING_FIRST).map((f) => ({ line: f.line, column: f.column, path: f.path })) };
}

/** The summary as lines of the text report, indented as a finding is. */
export function pendingLines(s: PendingSummary, lang: Lang, severityLabel: string): string[] {
  const parts = s.parts.map((p) => tf('pendingPart', lang, { part: p.label, count: p.count })).join(t('groupSep', lang));
  const first = s.first[0]!;
  return [
    `  ${s.file}:${first.line}:${first.column}  ${severityLabel}  ${tf('pendingTitle', lang, { count: s.count })}  [${PENDING_RULE}]`,
    `    ${tf('pendingParts', lang, { parts })}`,
    `    ${tf('pendingFirst', lang, { count: s.first.length })}`,
    ...s.first.map((p) => `      ${s.file}:${p.line}:${p.column}  ${p.path}`),
    `    ${t('pendingHint', lang)}`,
  ];
}

/** The summary as one annotation's title and text, placed at the first empty amount. */
export function pendingAnnotation(s: PendingSummary, lang: Lang): { file: string; line: number; column: number; title: string; body: string } {
  const first = s.first[0]!;
  const parts = s.parts.map((p) => tf('pendingPart', lang, { part: p.label, count: p.count })).join(t('groupSep', lang));
  const body = [tf('pendingParts', lang, { parts }), tf('pendingFirst', lang, { count: s.first.length }), ...s.first.map((p) => `${s.file}:${p.line}  ${p.path}`), t('pendingHint', lang)].join('\n');
  return { file: s.file, line: first.line, column: first.column, title: `${tf('pendingTitle', lang, { count: s.count })} [${PENDING_RULE}]`, body };
}

/** Whether a file's empty amounts are many enough to be summed up rather than listed. */
function summed(file: string, findings: readonly Finding[]): boolean {
  return findings.filter((f) => f.file === file && f.rule === PENDING_RULE && !f.explainedBy).length > PENDING_LIST_MAX;
}

/** Project names by id (and by index) from the file itself, for naming a project's part; empty when it cannot be read. */
export function projectNamesOf(file: string): Map<string, string> {
  const names = new Map<string, string>();
  try {
    const data = parse(readFileSync(file, 'utf8')) as { projects?: { id?: unknown; name?: unknown }[] } | null;
    data?.projects?.forEach((p, i) => {
      if (typeof p?.name !== 'string') return;
      names.set(String(i), p.name);
      if (typeof p.id === 'string') names.set(p.id, p.name);
    });
  } catch {
    // A file that does not parse has other findings; the ids name its projects.
  }
  return names;
}

/**
 * For the text report of one file: appends the summary of its empty amounts to `out` when there
 * are more than PENDING_LIST_MAX, and returns the findings still to be listed one by one.
 */
export function withPendingSummary(out: string[], file: string, findings: Finding[], lang: Lang, severityLabel: string): Finding[] {
  if (!summed(file, findings)) return findings;
  const s = summarisePending(file, findings, lang, projectNamesOf(file))!;
  out.push(...pendingLines(s, lang, severityLabel));
  return findings.filter((f) => !(f.file === file && f.rule === PENDING_RULE && !f.explainedBy));
}

/**
 * For the pull-request annotations: one annotation per file with more than PENDING_LIST_MAX empty
 * amounts, at its first one, instead of one per amount; the other findings unchanged.
 */
export function pendingForGithub(findings: readonly Finding[], lang: Lang): { annotations: ReturnType<typeof pendingAnnotation>[]; rest: Finding[] } {
  const files = [...new Set(findings.map((f) => f.file))].filter((file) => summed(file, findings));
  const annotations = files.map((file) => pendingAnnotation(summarisePending(file, findings, lang, projectNamesOf(file))!, lang));
  const rest = findings.filter((f) => !(files.includes(f.file) && f.rule === PENDING_RULE && !f.explainedBy));
  return { annotations, rest };
}
