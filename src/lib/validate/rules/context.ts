// What a rule sees of one disclosure, and the helpers that turn a comparison into a finding.
import { Decimal, halfUnit, plain, roundingTolerance, WAN, YUAN, ZERO, type Amount, type MoneyUnit } from '../../money.ts';
import type { Disclosure } from '../../schema/index.ts';
import type { Loaded } from '../../source/load.ts';
import { formatPath } from '../../source/paths.ts';
import type { PathSegment } from '../../source/yaml.ts';
import type { CodeCatalogue } from '../../derive/catalogue.ts';
import type { Template } from '../../schema/template.ts';
import { findLabel } from '../../derive/labels.ts';
import { cellName } from '../../derive/cell-name.ts';
import type { Derived, Figure } from '../../derive/derive.ts';
import { RULES, ruleWord, type RuleId } from '../catalogue.ts';
import type { Finding, Params, RelatedLocation } from '../finding.ts';

export interface RuleContext {
  file: Loaded<Disclosure>;
  data: Disclosure;
  derived: Derived;
  catalogue: CodeCatalogue;
  /** The template the disclosure's tables follow (undefined when it names an unknown one). */
  template?: Template;
  /** Last year's disclosure of the same department, where there is one. */
  previous?: { file: Loaded<Disclosure>; derived: Derived };
}

export type FindingExtras = Partial<Pick<Finding, 'value' | 'expected' | 'formula' | 'difference' | 'tolerance' | 'unit' | 'related'>>;

const MAX_RELATED = 40;

export function related(file: Loaded<unknown>, paths: readonly PathSegment[][], valueAt?: (p: PathSegment[]) => string | undefined): RelatedLocation[] {
  return paths.slice(0, MAX_RELATED).map((p) => {
    const at = file.locator.locate(p);
    return { file: file.source.file, line: at.line, column: at.column, path: formatPath(p, file.raw), ...(valueAt?.(p) !== undefined && { value: valueAt(p) }) };
  });
}

/** The amount text at a path of the raw file, for related locations. */
export function rawValueAt(file: Loaded<Disclosure>, path: PathSegment[]): string | undefined {
  let node: unknown = file.raw;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return typeof node === 'string' || typeof node === 'number' ? String(node) : undefined;
}

export function makeFinding(file: Loaded<unknown>, rule: RuleId, path: PathSegment[], params: Params, extras: FindingExtras = {}, severity = RULES[rule].severity): Finding {
  const at = file.locator.locate(path);
  return { rule, severity, file: file.source.file, line: at.line, column: at.column, path: formatPath(path, file.raw), segments: path, params, ...extras };
}

export interface Comparison {
  /** The figure as printed or entered. */
  value: Amount | Decimal;
  /** The figure computed from its parts. */
  expected: Figure;
  /** Rounded amounts on the `value` side (1 for a printed total). */
  valueAddends?: number;
  /** Where the `value` side's parts are, when it is itself a sum. */
  valueSources?: PathSegment[][];
  formula: string;
  unit?: MoneyUnit;
}

/** `addends`: how many separately rounded figures the tolerance allows for (both sides). */
export type Verdict = { kind: 'equal' } | { kind: 'rounding'; diff: Decimal; tolerance: Decimal; addends: number } | { kind: 'error'; diff: Decimal; tolerance: Decimal; addends: number };

/** Compares with the rounding tolerance of DESIGN principle 4: N × half a unit of the last place. */
export function compare(c: Comparison): Verdict {
  const value = 'value' in c.value ? c.value.value : c.value;
  const diff = value.minus(c.expected.value);
  if (diff.isZero()) return { kind: 'equal' };
  if (c.unit === YUAN) return { kind: 'error', diff, tolerance: ZERO, addends: 0 };
  const scale = 'scale' in c.value ? c.value.scale : 2;
  // A figure printed with fewer than two decimals carries half a unit of its own last place.
  const own = scale < 2 ? halfUnit(scale) : ZERO;
  // Rounded figures on both sides: the sum's parts, and a summed value's parts but one (a printed value adds none).
  const addends = c.expected.addends + Math.max((c.valueAddends ?? 1) - 1, 0);
  const tolerance = roundingTolerance(addends, 2).plus(own);
  return diff.abs().lte(tolerance) ? { kind: 'rounding', diff, tolerance, addends } : { kind: 'error', diff, tolerance, addends };
}

export function signed(d: Decimal, scale = 2): string {
  return (d.isPositive() && !d.isZero() ? '+' : '') + plain(d, scale);
}

export function amountText(a: Amount | Decimal): string {
  return 'value' in a ? a.text : plain(a);
}

/** What a rounding warning is about, from the params of the rule it stands in for. */
function subjectOf(params: Params, formulaText: string): { zh: string; en: string } {
  if (params.where) return typeof params.where === 'object' ? params.where : { zh: String(params.where), en: String(params.where) };
  const what = params.what ?? params.scope ?? params.fund;
  if (!what) return { zh: formulaText, en: formulaText };
  const table = params.table;
  return table ? ruleWord('subjectInTable', { table, what }) : ruleWord('subject', { what });
}

/**
 * Turns a comparison into a finding: nothing when equal, a rounding warning when within the
 * tolerance, the rule's error otherwise.
 */
/** A finding's params, or how to make them: words are put together only for a finding. */
export type LazyParams = Params | (() => Params);

export const paramsOf = (params: LazyParams): Params => (typeof params === 'function' ? params() : params);

export function judge(ctx: RuleContext, rule: RuleId, path: PathSegment[], c: Comparison, lazyParams: LazyParams, roundingRule: RuleId | null = 'balance/rounding'): Finding[] {
  const verdict = compare(c);
  if (verdict.kind === 'equal') return [];
  const params = paramsOf(lazyParams);
  const unit = c.unit ?? WAN;
  const scale = 2;
  const extras: FindingExtras = {
    value: amountText(c.value),
    expected: plain(c.expected.value, scale),
    formula: c.formula,
    difference: signed(verdict.diff, scale),
    tolerance: plain(verdict.tolerance, 3),
    unit,
    related: related(ctx.file, [...(c.valueSources ?? []), ...c.expected.sources], (p) => rawValueAt(ctx.file, p)),
  };
  const all: Params = { value: extras.value!, expected: extras.expected!, difference: extras.difference!, tolerance: extras.tolerance!, addends: verdict.addends, subject: subjectOf(params, c.formula), ...params };
  if (verdict.kind === 'rounding' && roundingRule) return [makeFinding(ctx.file, roundingRule, path, all, extras)];
  return [makeFinding(ctx.file, rule, path, all, extras)];
}

/** A table's name for messages, 《title》 in Chinese, from the file's template (or its id). */
export function tableName(ctx: Pick<RuleContext, 'template'>, id: string): { zh: string; en: string } {
  const t = ctx.template?.tables.find((x) => x.id === id);
  const title = t ? findLabel(ctx.template!, t.title) : undefined;
  return ruleWord('tableTitle', { title: title ?? id });
}

/**
 * A printed figure's cell, as the clerk finds it in the document: 《支出总表》2010301 行政运行 的“基本支出”栏,
 * from the file's template. Undefined where the template has no cell for it.
 */
export function cellWhere(ctx: Pick<RuleContext, 'template' | 'data' | 'catalogue'>, table: string, figure: string): { zh: string; en: string } | undefined {
  const cell = ctx.template ? cellName(ctx.template, ctx.data, table, figure, ctx.catalogue) : undefined;
  if (!cell) return undefined;
  const title = ruleWord('tableTitle', { title: cell.table });
  return cell.column ? ruleWord('cellInTable', { table: title, row: cell.row, column: cell.column }) : ruleWord('rowInTable', { table: title, row: cell.row });
}

/**
 * Where a figure of the leaves is printed: the first cell of the file's template that shows it
 * (function.2010301.basic → 《支出总表》2010301 行政运行 的“基本支出”栏). Undefined where no table prints it.
 */
export function figureWhere(ctx: Pick<RuleContext, 'template' | 'data' | 'catalogue'>, figure: string): { zh: string; en: string } | undefined {
  for (const t of ctx.template?.tables ?? []) {
    const where = cellWhere(ctx, t.id, figure);
    if (where) return where;
  }
  return undefined;
}

/**
 * An amount of the file, named as the clerk finds it in the document: a printed cell by its table,
 * row and column; a functional or economic line by the cell that prints it; any other amount (or
 * one no table prints) by its line in the file.
 */
export function placeOf(ctx: Pick<RuleContext, 'template' | 'data' | 'catalogue'>, segments: readonly PathSegment[], line: number): { zh: string; en: string } {
  const [first, second, third, fourth] = segments;
  let where: { zh: string; en: string } | undefined;
  if (first === 'published' && typeof second === 'string' && typeof third === 'string' && segments.length === 3) where = cellWhere(ctx, second, third);
  else if (first === 'expenditure' && typeof second === 'number' && typeof third === 'string' && segments.length === 3) {
    const code = ctx.data.expenditure[second]?.code;
    if (code) where = figureWhere(ctx, `function.${code}.${third}`);
  } else if (first === 'economic' && (second === 'basic' || second === 'project') && typeof third === 'number' && fourth === 'amount') {
    const code = ctx.data.economic?.[second]?.[third]?.code;
    if (code) where = figureWhere(ctx, `${second === 'basic' ? 'economic' : 'economic_project'}.${code}`);
  }
  return where ?? ruleWord('atLine', { line });
}

/** A glossary term (or any bilingual word) as a message param: its two labels only. */
export function termText(term: { zh: string; en: string }): { zh: string; en: string } {
  return { zh: term.zh, en: term.en };
}

/**
 * A formula from glossary terms and symbols, in Chinese as findings print it:
 * formula(FIGURE_WORDS.total, '=', SPENDING.basic, '+', SPENDING.project) → "合计 = 基本支出 + 项目支出".
 */
export function formula(...parts: (string | { zh: string })[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.zh)).join(' ');
}
