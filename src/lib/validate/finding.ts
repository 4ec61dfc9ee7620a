// A finding is one thing the validator has to say about one place in one file.
import type { Lang } from '../glossary.ts';
import type { PathSegment } from '../source/yaml.ts';
import { CAUSE_WORDS, RULES, causeWord, type RuleId, type ParamValue, interpolate } from './catalogue.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  path: string;
  value?: string;
}

export type Params = Record<string, ParamValue>;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Project-relative, forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Logical path, e.g. expenditure[code=2010301].basic. */
  path: string;
  /** The same path as segments, for matching notes and errata. */
  segments?: PathSegment[];
  /** Values that fill the rule's message. */
  params: Params;
  /** Figures involved, as text: value, expected, formula, difference, tolerance, unit. */
  value?: string;
  expected?: string;
  formula?: string;
  difference?: string;
  tolerance?: string;
  unit?: string;
  related?: RelatedLocation[];
  /** Set when an erratum or a note explains the finding; it no longer fails the build. */
  explainedBy?: { kind: 'erratum' | 'note'; text: string; line: number; source?: string };
  /** The probable typo that explains this finding (see diagnose.ts); the finding still counts. */
  cause?: Cause;
}

/** One amount of a cause: where it is, as printed, and what would remove the findings. */
export interface CauseAmount {
  file: string;
  line: number;
  column: number;
  /** Logical path, e.g. expenditure[code=2010301].basic. */
  path: string;
  segments: PathSegment[];
  printed: string;
  suggested: string;
  /** The difference suggested − printed, signed, at the printed places. */
  delta: string;
  /** The difference is a multiple of 9 units of the last place: two digits may be swapped. */
  ninefold: boolean;
  /** The two digits that were swapped, as printed and as suggested ("16" → "61"), when it is a swap. */
  swapped?: { from: string; to: string };
}

/**
 * A probable typo (diagnose.ts): one amount, or a pair, that, corrected, removes every finding
 * it explains and brings no new error. Ranked by how many findings it explains.
 */
export interface Cause {
  /** Stable within a report: the file and line of its first amount. */
  id: string;
  file: string;
  amounts: CauseAmount[];
  /** How many errors it explains (the findings that carry it). */
  explains: number;
}

export function causeMessage(cause: Cause, lang: Lang = 'zh'): string {
  const [a, b] = cause.amounts;
  const lead = b
    ? causeWord('two', { line1: a!.line, printed1: a!.printed, suggested1: a!.suggested, line2: b.line, printed2: b.printed, suggested2: b.suggested, count: cause.explains }, lang)
    : causeWord('one', { line: a!.line, printed: a!.printed, suggested: a!.suggested, count: cause.explains }, lang);
  const swaps = cause.amounts.filter((x) => x.ninefold).map((x) => (x.swapped ? causeWord('swapped', { delta: x.delta.replace(/^[+-]/, ''), from: x.swapped.from, to: x.swapped.to }, lang) : causeWord('ninefold', { delta: x.delta.replace(/^[+-]/, '') }, lang)));
  return [lead, ...swaps].join(lang === 'zh' ? '' : ' ');
}

export function causeTitle(lang: Lang = 'zh'): string {
  return CAUSE_WORDS.title[lang];
}

export function causeHint(lang: Lang = 'zh'): string {
  return CAUSE_WORDS.hint[lang];
}

export function messageOf(finding: Finding, lang: Lang = 'zh'): string {
  return interpolate(RULES[finding.rule].message[lang], finding.params, lang);
}

export function hintOf(finding: Finding, lang: Lang = 'zh'): string {
  return interpolate(RULES[finding.rule].hint[lang], finding.params, lang);
}

export function titleOf(finding: Finding, lang: Lang = 'zh'): string {
  return RULES[finding.rule].title[lang];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity] || a.rule.localeCompare(b.rule));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
