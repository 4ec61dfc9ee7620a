// The data notes of a disclosure page: its errata, the findings a note explains and its rounding
// differences, grouped by the rule they are about. Each says where it is (a table's cell, a
// project, a narrative section, linked where the site shows it) with its amounts grouped and
// their unit, and each erratum and note has a stable anchor for links to it. Pure: the page only
// renders what this gives.
import type { Lang } from '../glossary.ts';
import { t, tf } from '../i18n.ts';
import { formatNumberText } from '../format.ts';
import { tableAnchor } from '../links.ts';
import { WAN, YUAN, type MoneyUnit } from '../money.ts';
import type { Disclosure } from '../schema/index.ts';
import { isUnder, resolvePath } from '../source/paths.ts';
import type { PathSegment } from '../source/yaml.ts';
import { RULES, ruleWord, type ParamValue, type RuleId } from '../validate/catalogue.ts';
import type { Finding } from '../validate/finding.ts';
import { cellName } from './cell-name.ts';
import { labelOf } from './labels.ts';
import { formUnit } from './project-amount.ts';
import type { TableContext } from './tables.ts';

export type NoteKind = 'erratum' | 'note' | 'rounding';

/** A piece of a sentence: text, or text that links to the place it names. */
export interface NotePiece {
  text: string;
  href?: string;
}

/** Where a finding is, as a reader finds it on the site. */
export interface NotePlace {
  text: string;
  /** The whole text is a name from the data (Chinese on an English page). */
  data: boolean;
  href?: string;
}

export interface NoteFinding {
  /** The place, said before the message where the message does not name it itself. */
  place?: NotePlace;
  /** The rule's message, its amounts grouped with their unit; the place it names linked. */
  message: NotePiece[];
}

export interface NoteItem {
  kind: NoteKind;
  /** erratum-N or note-N: the erratum's or the note's place in the file, from 1. */
  id?: string;
  findings: NoteFinding[];
  /** The erratum's evidence or the note's text, and where in the document (text from the data). */
  explanation?: { text: string; source?: string };
}

export interface NoteGroup {
  rule: RuleId;
  /** notes-<rule>, e.g. notes-project-period-multiple. */
  id: string;
  title: string;
  /** Findings in the group (a note may explain several). */
  count: number;
  items: NoteItem[];
}

export interface NotesInput {
  ctx: TableContext;
  /** The disclosure's findings for readers (no errors). */
  findings: readonly Finding[];
  lang: Lang;
  /** Ids of the standard tables the page shows (their anchors are table-<id>). */
  tables: readonly string[];
  /** The page of a project, by its id. */
  projectHref: (id: string) => string;
}

/** An erratum that was applied, with its place in the file and the path it corrects. */
export interface AppliedErratum {
  /** Its index among the file's errata. */
  index: number;
  /** Its anchor among the data notes. */
  anchor: string;
  segments: PathSegment[];
  published: string;
  corrected: string;
}

export const erratumAnchor = (index: number) => `erratum-${index + 1}`;
export const noteAnchor = (index: number) => `note-${index + 1}`;
const groupAnchor = (rule: RuleId) => `notes-${rule.replace(/\//g, '-')}`;

const isErratum = (f: Finding) => f.rule === 'errata/applied' && f.explainedBy?.kind === 'erratum';
const isNoted = (f: Finding) => f.explainedBy?.kind === 'note';
const isRounding = (f: Finding) => f.rule === 'balance/rounding' && !f.explainedBy;

/**
 * Which of the file's errata a finding of `errata/applied` is: by its values and evidence, and
 * where two errata say the same, by the path it corrects. (A site's files no longer carry their
 * YAML tree, so the finding's line cannot be looked up.)
 */
function erratumIndex(f: Finding, data: Disclosure, taken: Set<number>): number {
  const errata = data.errata ?? [];
  const same = errata.flatMap((e, i) => (!taken.has(i) && e.published === String(f.params.value) && e.corrected === String(f.params.expected) && e.evidence === f.explainedBy?.text ? [i] : []));
  const exact = same.find((i) => samePath(resolvePath(errata[i]!.path, data)?.path, f.segments));
  return exact ?? same[0] ?? -1;
}

function samePath(a: readonly PathSegment[] | undefined, b: readonly PathSegment[] | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Which of the file's notes explains a finding: by its rule and text, and where two say the same, by its path. */
function noteIndex(f: Finding, data: Disclosure): number {
  const notes = data.notes ?? [];
  const same = notes.flatMap((n, i) => (n.rule === f.rule && n.text === f.explainedBy?.text && n.source === f.explainedBy?.source ? [i] : []));
  if (same.length <= 1) return same[0] ?? -1;
  const under = same.find((i) => {
    const path = notes[i]!.path;
    if (path === undefined) return true;
    const target = resolvePath(path, data);
    return !!target && isUnder(f.segments ?? [], target.path);
  });
  return under ?? same[0]!;
}

/** The errata a disclosure's findings say were applied, each with its anchor. */
export function appliedErrata(findings: readonly Finding[], data: Disclosure): AppliedErratum[] {
  const taken = new Set<number>();
  return findings.filter(isErratum).flatMap((f) => {
    const index = erratumIndex(f, data, taken);
    if (index < 0) return [];
    taken.add(index);
    return [{ index, anchor: erratumAnchor(index), segments: f.segments ?? [], published: String(f.params.value), corrected: String(f.params.expected) }];
  });
}

// ── Where a finding is ───────────────────────────────────────────────────────────────────────

const ECONOMIC_KIND = { basic: 'economic', project: 'economic_project', all: 'economic_all', gov: 'economic_gov' } as const;

/** A table's cell (or row) that prints a figure, named as validate/rules/context.ts's cellWhere names it. */
function cellPlace(input: NotesInput, table: string, figure: string): NotePlace | undefined {
  const { ctx, lang } = input;
  const cell = cellName(ctx.template, ctx.data, table, figure, ctx.catalogue);
  if (!cell) return undefined;
  const title = ruleWord('tableTitle', { title: cell.table });
  const text = cell.column ? ruleWord('cellInTable', { table: title, row: cell.row, column: cell.column }) : ruleWord('rowInTable', { table: title, row: cell.row });
  return { text: text[lang], data: false, href: input.tables.includes(table) ? `#${tableAnchor(table)}` : undefined };
}

/** The first table of the template that prints a figure. */
function figurePlace(input: NotesInput, figure: string): NotePlace | undefined {
  for (const table of input.ctx.template.tables) {
    const place = cellPlace(input, table.id, figure);
    if (place) return place;
  }
  return undefined;
}

function projectPlace(input: NotesInput, index: number, rest: readonly PathSegment[]): NotePlace | undefined {
  const p = input.ctx.data.projects?.[index];
  if (!p) return undefined;
  const href = input.projectHref(p.id);
  const [field, at] = rest;
  const indicator = field === 'indicators' && typeof at === 'number' ? p.indicators?.[at]?.name : undefined;
  if (indicator) return { text: tf('notePlaceIndicator', input.lang, { project: p.name, indicator }), data: false, href };
  const item = field === 'budget_detail' && typeof at === 'number' ? p.budget_detail?.[at]?.item : undefined;
  if (item) return { text: tf('notePlaceDetail', input.lang, { project: p.name, item }), data: false, href };
  return { text: p.name, data: true, href };
}

function narrativePlace(input: NotesInput, sectionId: string | undefined): NotePlace {
  const section = input.ctx.data.narrative?.sections?.find((s) => s.id === sectionId);
  if (section) return { text: section.title, data: true, href: `#n-${section.id}` };
  return { text: t('narrative', input.lang), data: false, href: input.ctx.data.narrative?.sections?.length ? '#narrative-title' : undefined };
}

/** Where the amount, line or text at `segments` is shown: a table's cell, a project, a narrative section. */
export function notePlace(input: NotesInput, segments: readonly PathSegment[]): NotePlace | undefined {
  const data = input.ctx.data;
  const [first, second, third, fourth] = segments;
  if (first === 'published' && typeof second === 'string' && typeof third === 'string' && segments.length === 3) return cellPlace(input, second, third);
  if (first === 'expenditure' && typeof second === 'number') {
    const line = data.expenditure[second];
    if (!line) return undefined;
    if (third === 'printed' && typeof fourth === 'number') {
      const printed = line.printed?.[fourth];
      if (!printed) return undefined;
      const row = { zh: `${line.code} ${line.name}`, en: `${line.code} ${line.name}` };
      const table = input.ctx.template.tables.find((x) => x.id === printed.table);
      const title = ruleWord('tableTitle', { title: table ? labelOf(input.ctx.template, table.title) : { zh: printed.table, en: printed.table } });
      return { text: ruleWord('rowInTable', { table: title, row })[input.lang], data: false, href: input.tables.includes(printed.table) ? `#${tableAnchor(printed.table)}` : undefined };
    }
    return figurePlace(input, typeof third === 'string' && segments.length === 3 ? `function.${line.code}.${third}` : `function.${line.code}`);
  }
  if (first === 'economic' && typeof second === 'string' && second in ECONOMIC_KIND && typeof third === 'number') {
    const code = data.economic?.[second as keyof typeof ECONOMIC_KIND]?.[third]?.code;
    return code ? figurePlace(input, `${ECONOMIC_KIND[second as keyof typeof ECONOMIC_KIND]}.${code}`) : undefined;
  }
  if (first === 'admin_costs' && second === 'units' && typeof third === 'number') {
    const unit = data.admin_costs?.units[third]?.unit;
    return unit ? figurePlace(input, `admin_costs.${unit}`) : undefined;
  }
  if (first === 'projects' && typeof second === 'number') return projectPlace(input, second, segments.slice(2));
  if (first === 'narrative' && second === 'claims' && typeof third === 'number') return narrativePlace(input, data.narrative?.claims?.[third]?.section);
  if (first === 'narrative' && second === 'sections' && typeof third === 'number') return narrativePlace(input, data.narrative?.sections?.[third]?.id);
  // A figure named by its path (three_public.vehicle_operation): the table that prints it.
  const names = segments.filter((s): s is string => typeof s === 'string');
  if (names.length >= 2 && names.length === segments.length) return figurePlace(input, names.join('.'));
  return undefined;
}

// ── Amounts in messages ──────────────────────────────────────────────────────────────────────

/** Params of a message that hold an amount (a plain number, grouped and given its unit on the page). */
const AMOUNT_PARAMS = ['value', 'expected', 'difference', 'tolerance', 'product', 'current', 'previous', 'change', 'amount', 'base'];
const NUMBER = /^[+-]?\d+(\.\d+)?$/;
/** The units a message may print after an amount: 万元, 元, their English words, a percent sign or {unit}. */
const UNIT_WORDS = [WAN, YUAN, ruleWord('wan').en, ruleWord('yuan').en, t('unitWan', 'en'), '%', '{unit}'].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** The message prints a unit (or a percent sign) right after the placeholder. */
const unitAfter = (template: string, key: string) => new RegExp(`\\{${key}\\}\\s*(${UNIT_WORDS.join('|')})`).test(template);

function unitWord(unit: MoneyUnit | '%', lang: Lang): string {
  if (unit === '%') return '%';
  return t(unit === YUAN ? 'unitYuan' : 'unitWan', lang);
}

/** A finding's unit: its own, or the one its message is given. */
function unitOf(f: Finding): MoneyUnit | undefined {
  if (f.unit === WAN || f.unit === YUAN) return f.unit;
  const u = f.params.unit;
  const zh = typeof u === 'object' ? u.zh : u;
  return zh === WAN || zh === YUAN ? zh : undefined;
}

/** The value at a path of the data. */
function valueAt(data: Disclosure, segments: readonly PathSegment[]): unknown {
  let node: unknown = data;
  for (const s of segments) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[s] : undefined;
  return node;
}

const isAmount = (v: unknown) => !!v && typeof v === 'object' && 'value' in v && 'scale' in v && 'text' in v;

/** The unit of the amount at a path: a claim's percentages, a project form's unit, 万元 elsewhere. */
export function unitAt(data: Disclosure, segments: readonly PathSegment[]): MoneyUnit | '%' | undefined {
  const [first, second, third] = segments;
  const last = segments[segments.length - 1];
  if (first === 'narrative' && (last === 'percent' || last === 'share')) return '%';
  if (first === 'projects' && typeof second === 'number') {
    const p = data.projects?.[second];
    if (!p) return undefined;
    if (third === 'amount') return WAN;
    return third === 'funding' || third === 'budget_detail' || third === 'previous' ? formUnit(p) : undefined;
  }
  if (first === 'performance_targets') return data.performance_targets?.unit ?? WAN;
  if (first === 'assets') return undefined;
  return WAN;
}

/** An amount as text, grouped, with its unit. */
function amountText(text: string, unit: MoneyUnit | '%' | undefined, lang: Lang): string {
  const grouped = formatNumberText(text.replace(/%$/, ''));
  if (!unit) return grouped;
  return unit === '%' ? `${grouped}%` : `${grouped} ${unitWord(unit, lang)}`;
}

/** The params of a finding's message with its amounts grouped, and given their unit where the message does not print it. */
function pageParams(f: Finding, data: Disclosure, lang: Lang): Record<string, ParamValue> {
  const params: Record<string, ParamValue> = { ...f.params };
  const template = RULES[f.rule].message[lang];
  if (f.rule === 'errata/applied') {
    // The erratum's values are whatever the file holds there: an amount gets its unit, a code or a name stays as is.
    const target = valueAt(data, f.segments ?? []);
    if (isAmount(target)) {
      const unit = unitAt(data, f.segments ?? []);
      for (const key of ['value', 'expected']) {
        const v = String(params[key] ?? '');
        if (NUMBER.test(v.replace(/%$/, ''))) params[key] = amountText(v, unit, lang);
      }
    }
    return params;
  }
  const unit = unitOf(f);
  for (const key of AMOUNT_PARAMS) {
    const v = params[key];
    if (typeof v !== 'string' || !NUMBER.test(v)) continue;
    params[key] = unit && !unitAfter(template, key) ? amountText(v, unit, lang) : formatNumberText(v);
  }
  return params;
}

/** A rule's message cut at its placeholders and filled; the `link` param's text links to `href`. */
function messagePieces(f: Finding, params: Record<string, ParamValue>, lang: Lang, link?: { param: string; href?: string }): NotePiece[] {
  const template = RULES[f.rule].message[lang];
  const out: NotePiece[] = [];
  const push = (text: string, href?: string) => {
    const last = out[out.length - 1];
    if (last && !last.href && !href) last.text += text;
    else out.push(href ? { text, href } : { text });
  };
  let at = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    push(template.slice(at, m.index));
    const key = m[1]!;
    const v = params[key];
    const text = v === undefined ? m[0] : typeof v === 'object' ? v[lang] : String(v);
    push(text, link && key === link.param ? link.href : undefined);
    at = m.index + m[0].length;
  }
  push(template.slice(at));
  const last = out[out.length - 1]!;
  last.text = last.text.replace(/\s+$/, '');
  return out.filter((p) => p.text !== '');
}

/**
 * A finding as the notes show it. Where its message already names the place (a rounding
 * difference names its cell), that name links to it; otherwise the place comes first.
 */
export function noteFinding(input: NotesInput, f: Finding): NoteFinding {
  const params = pageParams(f, input.ctx.data, input.lang);
  const place = notePlace(input, f.segments ?? []);
  const template = RULES[f.rule].message[input.lang];
  const named = place && ['where', 'subject'].find((key) => template.includes(`{${key}}`) && paramText(f.params[key], input.lang) === place.text);
  if (place && named) return { message: messagePieces(f, params, input.lang, { param: named, href: place.href }) };
  return { ...(place && { place }), message: messagePieces(f, params, input.lang) };
}

const paramText = (v: ParamValue | undefined, lang: Lang) => (v === undefined ? undefined : typeof v === 'object' ? v[lang] : String(v));

// ── Grouping ─────────────────────────────────────────────────────────────────────────────────

/**
 * The data notes of a disclosure, grouped by rule: the errata first, then each rule a note
 * explains findings of (in the order they come), then the rounding differences. A note that
 * explains several findings is one item listing them all.
 */
export function dataNotes(input: NotesInput): NoteGroup[] {
  const { ctx, lang } = input;
  const data = ctx.data;
  const groups = new Map<RuleId, NoteGroup>();
  const groupOf = (rule: RuleId) => {
    let g = groups.get(rule);
    if (!g) groups.set(rule, (g = { rule, id: groupAnchor(rule), title: RULES[rule].title[lang], count: 0, items: [] }));
    return g;
  };
  const errata = new Map(appliedErrata(input.findings, data).map((e) => [e.index, e]));
  const taken = new Set<number>();
  const notes = new Map<number, NoteItem>();
  for (const f of input.findings) {
    if (isErratum(f)) {
      const index = erratumIndex(f, data, taken);
      taken.add(index);
      const g = groupOf(f.rule);
      g.count++;
      g.items.push({ kind: 'erratum', ...(errata.has(index) && { id: erratumAnchor(index) }), findings: [noteFinding(input, f)], explanation: explanationOf(f) });
    } else if (isNoted(f)) {
      const index = noteIndex(f, data);
      const g = groupOf(f.rule);
      g.count++;
      const item = notes.get(index);
      if (item && index >= 0) item.findings.push(noteFinding(input, f));
      else {
        const created: NoteItem = { kind: 'note', ...(index >= 0 && { id: noteAnchor(index) }), findings: [noteFinding(input, f)], explanation: explanationOf(f) };
        if (index >= 0) notes.set(index, created);
        g.items.push(created);
      }
    }
  }
  const rounding = input.findings.filter(isRounding);
  if (rounding.length) {
    const g = groupOf('balance/rounding');
    g.count += rounding.length;
    for (const f of rounding) g.items.push({ kind: 'rounding', findings: [noteFinding(input, f)] });
  }
  const rank = (rule: RuleId) => (rule === 'errata/applied' ? 0 : rule === 'balance/rounding' ? 2 : 1);
  return [...groups.values()].sort((a, b) => rank(a.rule) - rank(b.rule));
}

function explanationOf(f: Finding): NoteItem['explanation'] {
  const e = f.explainedBy;
  return e ? { text: e.text, ...(e.source && { source: e.source }) } : undefined;
}
