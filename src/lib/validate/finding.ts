// A finding is one thing the validator has to say about one place in one file.
import type { Lang } from '../glossary.ts';
import type { PathSegment } from '../source/yaml.ts';
import { RULES, type RuleId, type ParamValue, interpolate } from './catalogue.ts';

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
