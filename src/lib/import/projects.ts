// The project performance forms (项目支出绩效目标申报表 / 项目支出绩效目标表) of a document, read into
// drafts of `projects:` entries. The forms come in several templates (临汾 2020 with 预算明细 and a
// doubled indicator grid, 忻州/晋城/汾阳 with 实施期 and 年度 columns) and in two extractions (cells
// split by tabs, or whole lines with single spaces). The reader is driven by the form's own labels:
// it finds a label, takes what follows as its value, and keeps whatever it cannot place as a leftover.
import {
  COST_INDICATOR_LEVEL,
  FORM_DATE,
  FORM_DETAIL_ITEM_HEADING,
  FORM_DETAIL_START,
  FORM_EMPTY_DATE_LINE,
  FORM_FUND_LABELS,
  FORM_FUND_START,
  FORM_GOAL_LABELS,
  FORM_GOALS_TITLE,
  FORM_HEADER_FIELD,
  FORM_INDICATOR_START,
  FORM_SHORT_LABELS,
  FORM_SIMPLIFIED,
  FORM_STAMP_LINE,
  FORM_TEXT_LABELS,
  FORM_TRADITIONAL,
  FORM_UNIT_LINE,
  FORM_YEAR_LINE,
  INDICATOR_FAMILY_HEADINGS,
  INDICATOR_HEADINGS,
  INDICATOR_LEVEL1,
  INDICATOR_LEVELS,
  INDICATOR_WORD,
  LEADING_OF_WHICH,
  OF_WHICH,
  ORGANISATION_NAME_END,
  OTHER_INDICATOR_LEVEL,
  PAGE_HEADER_END,
  PAGE_NUMBER,
  PERIOD_YEARS,
  PROJECT_FORM_TITLE,
  DEPARTMENT_TARGETS_TITLE,
  SECTION_HEADING,
  TABLE_TITLE_END,
  TARGET_COMBINED_LEVEL1,
  TARGET_FAMILY_HEADINGS,
  TARGET_LEVEL1,
  TARGET_LEVELS,
  TWO_COLUMN_HEADINGS,
  YEAR_OF,
} from '../chinese-text.ts';
import { COLUMN_WORDS, DETAIL_COLUMNS } from '../glossary.ts';
import { bilingual } from '../i18n.ts';
import { WAN, YUAN, type MoneyUnit } from '../money.ts';
import type { ImportLine, Leftover } from './source.ts';

export interface ProjectFormsImport {
  /** One object per form, shaped like a `projects:` entry of the YAML (plain objects; amounts as strings exactly as printed minus thousands commas, never numbers). */
  projects: Record<string, unknown>[];
  /** Source line ranges the forms occupy [first, last], so the rest of the importer leaves them alone. */
  consumed: [number, number][];
  /** Lines inside the forms that could not be placed, with why. Never drop text silently. */
  leftovers: Leftover[];
  /** Texts that had HTML (<p>…</p>) converted to plain text: their source lines. */
  htmlConverted: number[];
}

// ---------------------------------------------------------------------------------------------
// The forms' own words. Labels are matched on a key: simplified characters, no spaces, colons,
// brackets or 、 (so 市(县、区)财政资金, 市县（区）財政資金 and 市县(区)财政资 金 are one label).

/** The forms' traditional characters (晋城 prints one form in them), each to its simplified form. */
const SIMPLIFY = new Map([...FORM_TRADITIONAL].map((c, i) => [c, FORM_SIMPLIFIED[i]!]));

/** The text with the traditional characters of the forms' vocabulary in simplified form (for matching names and labels). */
export function simplifiedForm(text: string): string {
  return [...text].map((c) => SIMPLIFY.get(c) ?? c).join('');
}

/** The key a label is matched on. */
function labelKey(text: string): string {
  return simplifiedForm(text)
    .replace(/\s+/g, '')
    .replace(/[:：()（）[\]【】、]/g, '')
    .replace(LEADING_OF_WHICH, '');
}

type ShortField =
  | 'name'
  | 'supervisor'
  | 'supervisorCode'
  | 'unitName'
  | 'unitCode'
  | 'attribute'
  | 'category'
  | 'periodYears'
  | 'periodTotal'
  | 'annualTotal'
  | 'previousTotal'
  | 'previousAnnual'
  | 'leader'
  | 'filler'
  | 'phone'
  | 'handler'
  | 'unitLeader'
  | 'filledAt'
  | 'start'
  | 'end';
type TextField = 'overview' | 'basis' | 'necessity' | 'safeguards' | 'plan' | 'unitDuties' | 'remarks';
type FundKind = 'total' | 'central' | 'provincial' | 'local' | 'self_raised' | 'other';
type GoalKind = 'period' | 'annual';

// The labels themselves are in chinese-text.ts; typed here by the fields they fill.
const SHORT_LABELS: Record<ShortField, readonly string[]> = FORM_SHORT_LABELS;
const TEXT_LABELS: Record<TextField, readonly string[]> = FORM_TEXT_LABELS;
const FUND_LABELS: Record<FundKind, readonly string[]> = FORM_FUND_LABELS;

/** Column headings and the vertical letters of 绩效指标 that some extractions print one per line. */
const INDICATOR_HEADING_SET = new Set(INDICATOR_HEADINGS);

const AMOUNT = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const isAmount = (text: string): boolean => AMOUNT.test(text);
/** An amount as the YAML keeps it: as printed, without thousands commas. */
const amountOf = (text: string): string => text.replace(/,/g, '');

const REASONS = {
  notProjectField: bilingual('importLeftoverNotProjectField'),
  unplaced: bilingual('importLeftoverFormUnplaced'),
  fundAmount: bilingual('importLeftoverFundAmount'),
  detailColumns: bilingual('importLeftoverDetailColumns'),
  detailRow: bilingual('importLeftoverDetailRow'),
  indicatorRow: bilingual('importLeftoverIndicatorRow'),
  noName: bilingual('importLeftoverNoName'),
  unreadValue: bilingual('importLeftoverUnreadValue'),
} as const;

// ---------------------------------------------------------------------------------------------
// Words of a line: cells split on spaces, with where they are, so that a value can be taken as
// printed (the rest of a cell) and labels glued to values by a space are still found.

interface Word {
  text: string;
  key: string;
  /** Index of its cell in cellsOf(line). */
  cell: number;
  /** Offset just after the word in its cell. */
  end: number;
}

/**
 * A line without tabs is read as one run of words: extractions without tabs split cells on spaces
 * (one or several), which says little about the form's columns, while its labels still mark them.
 */
const isFlat = (line: ImportLine): boolean => !line.text.includes('\t');
/** The cells the reader works with: the tab-separated cells, or the whole line. */
const cellsOf = (line: ImportLine): string[] => (isFlat(line) ? [line.text] : line.cells);

function wordsOf(line: ImportLine): Word[] {
  const words: Word[] = [];
  cellsOf(line).forEach((cell, index) => {
    for (const m of cell.matchAll(/\S+/g)) {
      // A label glued to its value by a colon (年度资金总额：1,180,000) is two words.
      const glued = /^(.*[\u4e00-\u9fff][:：])(\S+)$/.exec(m[0]);
      const parts = glued ? [glued[1]!, glued[2]!] : [m[0]];
      let offset = m.index;
      for (const part of parts) {
        offset += part.length;
        words.push({ text: part, key: labelKey(part), cell: index, end: offset });
      }
    }
  });
  return words;
}

const filledCells = (line: ImportLine): { text: string; index: number }[] => cellsOf(line).map((text, index) => ({ text: text.trim(), index })).filter((c) => c.text !== '');

const LABEL_INDEX = new Map<string, { type: 'short'; field: ShortField } | { type: 'text'; field: TextField }>();
for (const [field, labels] of Object.entries(SHORT_LABELS)) for (const l of labels) LABEL_INDEX.set(labelKey(l), { type: 'short', field: field as ShortField });
for (const [field, labels] of Object.entries(TEXT_LABELS)) for (const l of labels) LABEL_INDEX.set(labelKey(l), { type: 'text', field: field as TextField });
const FUND_INDEX = new Map<string, FundKind>();
for (const [kind, labels] of Object.entries(FUND_LABELS)) for (const l of labels) FUND_INDEX.set(labelKey(l), kind as FundKind);
const FUND_START_KEYS = new Set(FORM_FUND_START.map(labelKey));

/** The fund kind a cut-off label can only be (市县区财政 → local), or null. */
function fundPrefixKind(key: string): FundKind | null {
  if (key.length < 2) return null;
  const kinds = new Set([...FUND_INDEX].filter(([label]) => label.startsWith(key)).map(([, kind]) => kind));
  return kinds.size === 1 ? [...kinds][0]! : null;
}

// ---------------------------------------------------------------------------------------------
// Finding the forms.

const isFormTitle = (line: ImportLine): boolean => {
  const key = labelKey(line.text);
  return PROJECT_FORM_TITLE.test(key) && !DEPARTMENT_TARGETS_TITLE.test(key);
};
const isYearLine = (line: ImportLine): boolean => FORM_YEAR_LINE.test(line.text);
const isStampLine = (line: ImportLine): boolean => FORM_STAMP_LINE.test(line.text);
const unitLineOf = (line: ImportLine): MoneyUnit | null => {
  const m = FORM_UNIT_LINE.exec(line.text);
  return m ? (m[1] as MoneyUnit) : null;
};
const isEmptyDateLine = (line: ImportLine): boolean => FORM_EMPTY_DATE_LINE.test(line.text);
const isPageNumber = (line: ImportLine): boolean => PAGE_NUMBER.test(line.text);
/** A heading of the document (十一、国有资产占有使用情况, 第四部分): short, without a sentence's punctuation (a wrapped text line is neither). */
const isSectionHeading = (line: ImportLine): boolean => SECTION_HEADING.test(line.text) && line.text.length <= 40 && !/[，。；,;]/.test(line.text);
/** The title of another table: short, alone on its line, without punctuation and ending with 表. */
const isOtherTableTitle = (line: ImportLine): boolean =>
  filledCells(line).length === 1 && line.text.length <= 60 && TABLE_TITLE_END.test(line.text) && !/[，。；,;]/.test(line.text) && !isFormTitle(line);

/** A 项目名称 row followed within a few lines by the form's other header fields (not the 项目名称 column of a table). */
function isFormStart(lines: readonly ImportLine[], i: number): boolean {
  const first = wordsOf(lines[i]!)[0];
  if (!first || first.key !== COLUMN_WORDS.project_name.zh) return false;
  return lines.slice(i + 1, i + 7).some((l) => FORM_HEADER_FIELD.test(labelKey(l.text)));
}

/**
 * Page headers: a short line next to a page number that is no form's label, e.g. the document
 * title the PDF repeats on every page. Found once for the document and skipped wherever they occur.
 */
function pageHeaders(lines: readonly ImportLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const headers = new Set<string>();
  lines.forEach((l, i) => {
    if (!isPageNumber(l)) return;
    for (const near of [lines[i - 1], lines[i + 1]]) {
      if (!near || !isFlat(near) || near.text.length > 40 || isFormTitle(near) || LABEL_INDEX.has(wordsOf(near)[0]?.key ?? '')) continue;
      if ((counts.get(near.text) ?? 0) >= 2 || PAGE_HEADER_END.test(near.text)) headers.add(near.text);
    }
  });
  return headers;
}

/** Index ranges [start, end] of the forms in `lines`. */
function formRanges(lines: readonly ImportLine[], furniture: (l: ImportLine) => boolean): [number, number][] {
  const named = lines.map((_, i) => i).filter((i) => isFormStart(lines, i));
  // A title followed by a form's fields but no 项目名称 row (the row was lost) still starts a form.
  const titled = lines
    .map((_, i) => i)
    .filter((i) => isFormTitle(lines[i]!) && !named.some((a) => a > i && a <= i + 8) && lines.slice(i + 1, i + 12).some((l) => FORM_HEADER_FIELD.test(labelKey(l.text))));
  const anchors = [...named, ...titled].sort((a, b) => a - b);
  const starts = anchors.map((anchor, k) => {
    const floor = k > 0 ? anchors[k - 1]! : -1;
    // Walk back over the preamble (title, year, 填报单位(盖章), 金额单位); with a title it starts
    // the form, without one the preamble stops at the previous form's 填报日期.
    let start = anchor;
    let title = -1;
    for (let j = anchor - 1; j > floor; j--) {
      const l = lines[j]!;
      if (isFormTitle(l)) {
        title = j;
        break;
      }
      if (!(isYearLine(l) || isStampLine(l) || unitLineOf(l) || isEmptyDateLine(l) || furniture(l))) break;
    }
    if (title >= 0) return title;
    for (let j = anchor - 1; j > floor; j--) {
      const l = lines[j]!;
      if (isEmptyDateLine(l) || !(isYearLine(l) || isStampLine(l) || unitLineOf(l) || furniture(l))) break;
      start = j;
    }
    return start;
  });
  return anchors.map((anchor, k) => {
    const limit = k + 1 < starts.length ? starts[k + 1]! - 1 : lines.length - 1;
    let end = limit;
    for (let j = anchor + 1; j <= limit; j++) {
      const l = lines[j]!;
      if (isSectionHeading(l) || isOtherTableTitle(l)) {
        end = j - 1;
        break;
      }
    }
    return [starts[k]!, end];
  });
}

// ---------------------------------------------------------------------------------------------
// Text: HTML to plain paragraphs, wrapped lines joined.

const HTML_TAG = /<\/?(p|ol|ul|li|br|span|div|strong|b|em)\b[^>]*>/i;

/** `<p>a</p> <p>b</p>` → "a\n\nb"; an `<ol>` without `<li>` (as these forms print it) has one item per space-separated run. */
export function htmlToText(html: string): string {
  const decoded = html.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const out: string[] = [];
  // Split around lists: text outside them is paragraphs; a list is its items.
  const parts = decoded.split(/<(?:ol|ul)\b[^>]*>/i);
  out.push(...paragraphsOf(parts[0]!));
  for (const part of parts.slice(1)) {
    const [inside, after = ''] = part.split(/<\/(?:ol|ul)>/i) as [string, string?];
    if (/<li\b/i.test(inside)) out.push(...paragraphsOf(inside));
    else out.push(...inside.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean));
    out.push(...paragraphsOf(after));
  }
  return out.join('\n\n');
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/<\/?(?:p|li|div)\b[^>]*>|<br\s*\/?>/i)
    .map((p) => p.replace(/<[^>]+>/g, '').trim())
    .filter(Boolean);
}

/** Joins a wrapped line to the text before it: Chinese wraps without a space. */
function joinWrapped(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  return /[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(after) ? `${before} ${after}` : before + after;
}

// ---------------------------------------------------------------------------------------------
// One form.

interface Indicator {
  level1?: string;
  level2?: string;
  name: string;
  value: string;
  scope?: 'annual' | 'period';
}

type DetailKey = 'own' | 'higher' | 'self_raised' | 'other' | 'total';

interface DetailRow {
  group?: string;
  item: string;
  year?: number;
  amounts: Partial<Record<DetailKey, string>>;
}

type Mode = 'header' | 'detail' | 'goals' | 'indicators' | 'signoff';

interface GoalReader {
  /** The goal columns the form prints (中期/实施期目标, 年度目标) and the cell of each heading. */
  columns: { cell: number; kind: GoalKind }[];
  /** Texts read from tabbed lines, by column. */
  values: Partial<Record<GoalKind, string>>;
  /** Flat lines: the text after 总体目标 on its line, and the lines after it. */
  flatFirst: string | null;
  flat: string[];
  /** The lines that printed goal text. */
  lines: number[];
}

type LeftoverSink = (line: ImportLine, reason: { zh: string; en: string }, text?: string) => void;

interface FormReader {
  lines: ImportLine[];
  mode: Mode;
  short: Partial<Record<ShortField, string>>;
  /** The line each short field was read from. */
  shortLines: Partial<Record<ShortField, number>>;
  texts: Partial<Record<TextField, { value: string; lines: number[] }>>;
  /** Where a line without a label goes: the last field read. */
  current: { type: 'short'; field: ShortField } | { type: 'text'; field: TextField } | null;
  formUnit?: MoneyUnit;
  fund: FundReader;
  detail: { columns: DetailKey[]; rows: DetailRow[]; group?: string };
  goals: GoalReader;
  indicators: IndicatorReader;
  leftovers: Leftover[];
  html: number[];
}

export function importProjectForms(lines: ImportLine[], options: { unitId: (unitName: string) => string }): ProjectFormsImport {
  const headers = pageHeaders(lines);
  const furniture = (l: ImportLine) => isPageNumber(l) || headers.has(l.text);
  const ranges = formRanges(lines, furniture);
  const out: ProjectFormsImport = { projects: [], consumed: [], leftovers: [], htmlConverted: [] };
  ranges.forEach(([start, end], k) => {
    const formLines = lines.slice(start, end + 1).filter((l) => !furniture(l));
    const reader = readForm(formLines);
    out.projects.push(projectOf(reader, `p${String(k + 1).padStart(2, '0')}`, options));
    out.consumed.push([lines[start]!.line, lines[end]!.line]);
    out.leftovers.push(...reader.leftovers);
    out.htmlConverted.push(...reader.html);
  });
  out.htmlConverted = [...new Set(out.htmlConverted)].sort((a, b) => a - b);
  return out;
}

function readForm(lines: ImportLine[]): FormReader {
  const r: FormReader = {
    lines,
    mode: 'header',
    short: {},
    shortLines: {},
    texts: {},
    current: null,
    fund: newFundReader(),
    detail: { columns: [], rows: [] },
    goals: { columns: [], values: {}, flat: [], flatFirst: null, lines: [] },
    indicators: newIndicatorReader(),
    leftovers: [],
    html: [],
  };
  const leftover = (line: ImportLine, reason: { zh: string; en: string }, text = line.text) => r.leftovers.push({ line: line.line, text, reason });
  for (const line of lines) {
    const words = wordsOf(line);
    const firstKey = words[0]?.key ?? '';
    // Preamble lines: title, year, stamp, unit.
    const unit = unitLineOf(line);
    if (unit) r.formUnit ??= unit;
    const year = YEAR_OF.exec(isYearLine(line) ? line.text : '');
    if (year && Number(year[1]) >= 2024) r.indicators.costIsLevel1 = true;
    if (isFormTitle(line) || isYearLine(line) || isStampLine(line) || unit || (r.mode !== 'signoff' && isEmptyDateLine(line))) continue;
    // Section changes, in the order the forms print them.
    if (r.mode === 'header' || r.mode === 'detail') {
      if (FORM_DETAIL_START.includes(firstKey) || line.text.includes(FORM_DETAIL_ITEM_HEADING)) {
        r.mode = 'detail';
        if (line.text.includes(FORM_DETAIL_ITEM_HEADING)) r.detail.columns = detailColumns(line);
        continue;
      }
    }
    if (r.mode === 'header' || r.mode === 'detail') {
      if (words.some((w) => w.key in FORM_GOAL_LABELS)) r.mode = 'goals';
    }
    if (r.mode !== 'indicators' && r.mode !== 'signoff' && startsIndicators(words)) r.mode = 'indicators';
    // Forms with 实施期 and 年度 goals print their indicators in the same two columns.
    if (r.mode === 'indicators' && r.goals.columns.some((c) => c.kind === 'period') && r.goals.columns.some((c) => c.kind === 'annual')) r.indicators.twoColumns = true;
    if (r.mode === 'indicators' || r.mode === 'goals') {
      const label = LABEL_INDEX.get(firstKey);
      if (label?.type === 'short' && ['unitLeader', 'filler', 'filledAt', 'handler', 'phone'].includes(label.field)) r.mode = 'signoff';
    }
    switch (r.mode) {
      case 'header':
      case 'signoff':
        readFields(r, line, words, leftover);
        break;
      case 'detail':
        readDetailRow(r, line, leftover);
        break;
      case 'goals':
        if (startsIndicators(words)) r.mode = 'indicators';
        else readGoals(r, line, words);
        if (r.mode === 'indicators') readIndicatorRow(r.indicators, line, leftover);
        break;
      case 'indicators':
        readIndicatorRow(r.indicators, line, leftover);
        break;
    }
  }
  // Funding labels never given an amount are blank cells: nothing to enter.
  r.fund.waiting = [];
  finishIndicators(r.indicators);
  return r;
}

/** The first line of the indicators: 绩效指标 (or 绩 alone, the heading printed one letter a line), or the column headings. */
const startsIndicators = (words: Word[]): boolean => FORM_INDICATOR_START.test(words[0]?.key ?? '');

// --- Header fields and sign-off -----------------------------------------------------------------

function readFields(r: FormReader, line: ImportLine, words: Word[], leftover: LeftoverSink): void {
  const flat = isFlat(line);
  // The funding block: its labels and amounts are paired by their own rules.
  const isFundWord = (key: string) => FUND_INDEX.has(key) || FUND_START_KEYS.has(key) || fundPrefixKind(key) !== null;
  const fundWords = words.filter((w) => isFundWord(w.key) || (r.fund.fragment !== null && isFundWord(r.fund.fragment + w.key)));
  const inFund = r.fund.open && !words.some((w) => LABEL_INDEX.has(w.key));
  if (fundWords.length > 0 || inFund) {
    const startKey = words.find((w) => FUND_START_KEYS.has(w.key))?.key;
    if (startKey) {
      r.fund.open = true;
      if (startKey.endsWith(WAN)) r.formUnit ??= WAN;
      else if (startKey.endsWith(YUAN)) r.formUnit ??= YUAN;
    }
    if (r.fund.open || fundWords.some((w) => FUND_INDEX.has(w.key))) {
      r.fund.open = true;
      const rest = readFundLine(r.fund, line, words.filter((w) => !FUND_START_KEYS.has(w.key)), r);
      if (rest.length === 0) return;
      // Words of the line that are not funding: read as fields below.
      words = rest;
    }
  }
  if (words.some((w) => LABEL_INDEX.has(w.key))) r.fund.open = false;

  const labelled = words.map((w) => LABEL_INDEX.get(w.key) ?? null);
  if (labelled.every((l) => l === null)) {
    continueField(r, line, words, leftover);
    return;
  }
  const used = new Set<number>();
  const orphans: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const label = labelled[i];
    if (!label) {
      if (!used.has(i)) orphans.push(words[i]!);
      continue;
    }
    used.add(i);
    if (label.type === 'text') {
      // A text takes the rest of the line, as printed.
      const value = restOfLine(line, words[i]!);
      for (let j = i + 1; j < words.length; j++) used.add(j);
      setText(r, label.field, value, line);
      r.current = label;
      break;
    }
    // A short field: the words up to the next label (flat); tabbed, the rest of its cell or else the next filled cell.
    const valueWords: Word[] = [];
    let valueCell: number | null = null;
    for (let j = i + 1; j < words.length && !labelled[j]; j++) {
      const w = words[j]!;
      if (!flat) {
        valueCell ??= w.cell;
        if (w.cell !== valueCell) break;
      }
      valueWords.push(w);
      used.add(j);
    }
    const value = valueWords.map((w) => w.text).join(' ');
    setShort(r, label.field, value, line);
    r.current = label;
  }
  if (orphans.length > 0) placeOrphans(r, line, orphans, leftover);
}

/** The text after a label word: the rest of its cell and the later cells, as printed. */
function restOfLine(line: ImportLine, word: Word): string {
  const cells = cellsOf(line);
  const parts = [cells[word.cell]!.slice(word.end).trim(), ...cells.slice(word.cell + 1).map((c) => c.trim())].filter(Boolean);
  return parts.join(' ');
}

function setShort(r: FormReader, field: ShortField, value: string, line: ImportLine): void {
  const v = value.trim();
  // A value printed twice (forms that repeat a row) keeps the first; a placeholder date is no value.
  if (!v || r.short[field]) return;
  if (field === 'filledAt' && !/\d/.test(v)) return;
  r.short[field] = v;
  r.shortLines[field] = line.line;
}

function setText(r: FormReader, field: TextField, value: string, line: ImportLine): void {
  const existing = r.texts[field];
  if (existing) {
    if (value) {
      existing.value = joinWrapped(existing.value, value);
      existing.lines.push(line.line);
    }
  } else r.texts[field] = { value, lines: value ? [line.line] : [] };
}

/** A line without labels: the continuation of the last field, or an orphan. */
function continueField(r: FormReader, line: ImportLine, words: Word[], leftover: LeftoverSink): void {
  const current = r.current;
  if (current?.type === 'text') {
    setText(r, current.field, filledCells(line).map((c) => c.text).join(' '), line);
    return;
  }
  if (current?.type === 'short' && !r.short[current.field]) {
    setShort(r, current.field, words.map((w) => w.text).join(' '), line);
    return;
  }
  placeOrphans(r, line, words, leftover);
}

/** Words no label claims: an organisation name where the 实施单位 label was lost, else a leftover. */
function placeOrphans(r: FormReader, line: ImportLine, words: Word[], leftover: LeftoverSink): void {
  const text = words.map((w) => w.text).join(' ');
  if (!r.short.unitName && ORGANISATION_NAME_END.test(simplifiedForm(text)) && !/^\d/.test(text)) {
    setShort(r, 'unitName', text, line);
    return;
  }
  leftover(line, REASONS.unplaced, text);
}

// --- Funding ----------------------------------------------------------------------------------

interface FundReader {
  open: boolean;
  /** A label cut by the extraction, waiting for its end (市县（区）财政资 … 金). */
  fragment: string | null;
  seen: Partial<Record<FundKind, number>>;
  /** Labels still waiting for their amount (the amounts came on a later line). */
  waiting: { kind: FundKind; column: GoalKind }[];
  values: { period: Partial<Record<FundKind, string>>; annual: Partial<Record<FundKind, string>> };
}

const newFundReader = (): FundReader => ({ open: false, fragment: null, seen: {}, waiting: [], values: { period: {}, annual: {} } });

/** Reads a line of the funding block; returns the words that are not funding (labels of other fields). */
function readFundLine(f: FundReader, line: ImportLine, words: Word[], r: FormReader): Word[] {
  type Item = { kind: FundKind; column: GoalKind } | { amount: string } | { word: Word };
  const items: Item[] = [];
  const rest: Word[] = [];
  const label = (kind: FundKind): Item => {
    const n = f.seen[kind] ?? 0;
    f.seen[kind] = n + 1;
    // The period column is printed first; a kind seen again is the annual column.
    return { kind, column: n === 0 ? 'period' : 'annual' };
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const key = w.key;
    if (LABEL_INDEX.has(key)) {
      rest.push(...words.slice(i));
      break;
    }
    if (key === '' || key === OF_WHICH) continue;
    if (isAmount(w.text)) {
      items.push({ amount: amountOf(w.text) });
      continue;
    }
    if (key === YUAN || key === WAN) {
      r.formUnit ??= key;
      continue;
    }
    if (f.fragment !== null) {
      const joined = f.fragment + key;
      if (FUND_INDEX.has(joined)) {
        f.fragment = null;
        items.push(label(FUND_INDEX.get(joined)!));
        continue;
      }
      if (fundPrefixKind(joined)) {
        f.fragment = joined;
        continue;
      }
    }
    if (FUND_INDEX.has(key)) {
      items.push(label(FUND_INDEX.get(key)!));
      continue;
    }
    const prefixKind = fundPrefixKind(key);
    if (prefixKind) {
      // A cut label followed by its amount stands for the label; otherwise its end comes later.
      if (key.length >= 3 && words[i + 1] && isAmount(words[i + 1]!.text)) items.push(label(prefixKind));
      else f.fragment = key;
      continue;
    }
    items.push({ word: w });
  }
  const orphanWords: Word[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if ('kind' in item) {
      const next = items[i + 1];
      if (next && 'amount' in next) {
        setFund(f, item, next.amount);
        i++;
      } else f.waiting.push(item);
    } else if ('amount' in item) {
      const waiting = f.waiting.shift();
      if (waiting) setFund(f, waiting, item.amount);
      else r.leftovers.push({ line: line.line, text: item.amount, reason: REASONS.fundAmount });
    } else orphanWords.push(item.word);
  }
  if (orphanWords.length > 0) r.leftovers.push({ line: line.line, text: orphanWords.map((w) => w.text).join(' '), reason: REASONS.unplaced });
  return rest;
}

function setFund(f: FundReader, label: { kind: FundKind; column: GoalKind }, amount: string): void {
  f.values[label.column][label.kind] ??= amount;
}


// --- Budget detail (预算明细) ------------------------------------------------------------------

const DETAIL_HEADINGS: [string, DetailKey][] = (['own', 'higher', 'self_raised', 'other', 'total'] as const).map((k): [string, DetailKey] => [DETAIL_COLUMNS[k].zh, k]);

function detailColumns(line: ImportLine): DetailKey[] {
  return wordsOf(line).flatMap((w) => DETAIL_HEADINGS.filter(([h]) => w.key === h).map(([, k]) => k));
}

function readDetailRow(r: FormReader, line: ImportLine, leftover: LeftoverSink): void {
  const cells = line.cells;
  const yearAt = cells.findIndex((c) => /^(19|20)\d{2}$/.test(c));
  if (yearAt < 0) {
    leftover(line, REASONS.detailRow);
    return;
  }
  const names = cells.slice(0, yearAt).filter(Boolean);
  if (names.length === 0 || names.length > 2) {
    leftover(line, REASONS.detailRow);
    return;
  }
  if (names.length === 2) r.detail.group = names[0];
  const item = names[names.length - 1]!;
  // Amount cells after the year; blanks between them keep their column, a merged cell is split on spaces.
  const after = cells.slice(yearAt + 1);
  while (after.length > 0 && after[after.length - 1] === '') after.pop();
  const amounts = after.flatMap((c) => (c === '' ? [''] : c.split(/\s+/)));
  if (amounts.some((a) => a !== '' && !isAmount(a))) {
    leftover(line, REASONS.detailRow);
    return;
  }
  const columns: DetailKey[] = r.detail.columns.length > 0 ? r.detail.columns : ['own', 'higher', 'self_raised', 'total'];
  const row: DetailRow = { item, year: Number(cells[yearAt]), amounts: {} };
  if (r.detail.group) row.group = r.detail.group;
  let placed = amounts;
  if (amounts.length > columns.length && columns.at(-1) === 'total') {
    // More amounts than headings: the last is the total, the unheaded ones before it are left out.
    const extra = amounts.slice(columns.length - 1, -1);
    placed = [...amounts.slice(0, columns.length - 1), amounts.at(-1)!];
    for (const e of extra) if (e !== '') leftover(line, REASONS.detailColumns, e);
  }
  placed.forEach((a, i) => {
    const column = columns[i];
    if (a !== '' && column) row.amounts[column] = amountOf(a);
    else if (a !== '' && !column) leftover(line, REASONS.detailColumns, a);
  });
  r.detail.rows.push(row);
}

// --- Goals (总体目标) ---------------------------------------------------------------------------

function readGoals(r: FormReader, line: ImportLine, words: Word[]): void {
  const g = r.goals;
  if (isFlat(line)) {
    // One run of text: labels, then the texts separated by a space (or wrapped onto the next lines).
    let afterTotal = false;
    let text = '';
    for (const w of words) {
      if (w.key in FORM_GOAL_LABELS) {
        const kind = FORM_GOAL_LABELS[w.key];
        if (kind && !g.columns.some((c) => c.kind === kind)) g.columns.push({ cell: g.columns.length, kind });
        if (w.key === FORM_GOALS_TITLE) afterTotal = true;
        continue;
      }
      text = text ? `${text} ${w.text}` : w.text;
    }
    if (text) {
      g.lines.push(line.line);
      if (afterTotal) g.flatFirst = text;
      else g.flat.push(text);
    }
    return;
  }
  const cells = filledCells(line);
  const textCells: { text: string; index: number }[] = [];
  for (const c of cells) {
    const key = labelKey(c.text);
    if (key in FORM_GOAL_LABELS) {
      const kind = FORM_GOAL_LABELS[key];
      if (kind) {
        g.columns = g.columns.filter((x) => x.kind !== kind);
        g.columns.push({ cell: c.index, kind });
        g.columns.sort((a, b) => a.cell - b.cell);
      }
      continue;
    }
    textCells.push(c);
  }
  if (textCells.length === 0) return;
  g.lines.push(line.line);
  const kinds = g.columns.length > 0 ? g.columns : [{ cell: 0, kind: 'annual' as GoalKind }];
  textCells.forEach((c, i) => {
    // As many texts as columns: in order. Otherwise the column printed at or before the cell.
    const kind = textCells.length === kinds.length ? kinds[i]!.kind : ([...kinds].reverse().find((k) => k.cell <= c.index) ?? kinds[0]!).kind;
    const previous = g.values[kind];
    if (previous === undefined) g.values[kind] = c.text;
    else if (previous !== c.text) g.values[kind] = joinWrapped(previous, c.text);
  });
}

/** The texts of a goals block read from flat lines: split into the columns the block prints. */
function flatGoals(g: GoalReader): Partial<Record<GoalKind, string>> {
  if (g.flatFirst === null && g.flat.length === 0) return {};
  const kinds = g.columns.length > 0 ? g.columns.map((c) => c.kind) : (['annual'] as GoalKind[]);
  if (kinds.length === 1) return { [kinds[0]!]: [g.flatFirst ?? '', ...g.flat].reduce(joinWrapped, '') || undefined };
  const [first, second] = kinds as [GoalKind, GoalKind];
  if (g.flatFirst !== null && g.flat.length > 0) return { [first]: g.flatFirst, [second]: g.flat.reduce(joinWrapped, '') };
  if (g.flatFirst !== null) return splitTwo(g.flatFirst, first, second);
  if (g.flat.length === 0) return {};
  // Both texts wrapped over lines: the cut where the two halves are the same text, else the middle.
  let best = Math.ceil(g.flat.length / 2);
  for (let k = 1; k < g.flat.length; k++) {
    if (g.flat.slice(0, k).reduce(joinWrapped, '') === g.flat.slice(k).reduce(joinWrapped, '')) best = k;
  }
  return { [first]: g.flat.slice(0, best).reduce(joinWrapped, ''), [second]: g.flat.slice(best).reduce(joinWrapped, '') };
}

/** "A B" on one line: the space where both sides are alike (often the same text twice). */
function splitTwo(text: string, first: GoalKind, second: GoalKind): Partial<Record<GoalKind, string>> {
  const spaces = [...text.matchAll(/\s+/g)];
  if (spaces.length === 0) return { [first]: text };
  let best = spaces[Math.floor(spaces.length / 2)]!;
  let bestScore = -1;
  for (const s of spaces) {
    const left = text.slice(0, s.index);
    const right = text.slice(s.index + s[0].length);
    const score = commonPrefix(left.replace(/\s/g, ''), right.replace(/\s/g, '')) - Math.abs(left.length - right.length) / 100;
    if (score > bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return { [first]: text.slice(0, best.index).trim(), [second]: text.slice(best.index + best[0].length).trim() };
}

const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

// --- Indicators (绩效指标) -----------------------------------------------------------------------

interface IndicatorReader {
  /** 临汾's …目标 vocabulary, or the standard …指标 one; set by the heading row. */
  family: 'target' | 'indicator' | null;
  /** The form prints 实施期 and 年度 side by side (二级指标 twice in the heading). */
  twoColumns: boolean;
  /** The template of 2024 and later prints 成本指标 as a 一级 indicator; earlier ones as a 二级 under 产出指标. */
  costIsLevel1: boolean;
  level1?: string;
  level2?: string;
  list: Indicator[];
  /** Indicators of the last row still without a value (it may come on the next line). */
  open: Indicator[];
  /**
   * A value wrapped over the following lines (flat extraction): the indicator, the text of its
   * first column and, when the second column repeats the indicator, the text of that one.
   */
  wrapping: { target: Indicator; text: string[]; second: string[] | null } | null;
}

const newIndicatorReader = (): IndicatorReader => ({ family: null, twoColumns: false, costIsLevel1: false, list: [], open: [], wrapping: null });

type LabelHit = { level: 1 | 2; label: string } | { level: 0 };

/** What a cell of an indicator row is: a level label, a heading or nothing (content). */
function indicatorLabel(text: string, family: 'target' | 'indicator' | null, allowCut = true): LabelHit | null {
  const key = labelKey(text);
  if (INDICATOR_HEADING_SET.has(key)) return { level: 0 };
  const levels = family === 'target' ? TARGET_LEVELS : INDICATOR_LEVELS;
  const level1 = family === 'target' ? TARGET_LEVEL1 : INDICATOR_LEVEL1;
  const both = family === null ? [TARGET_LEVELS, INDICATOR_LEVELS] : [levels];
  for (const map of both) if (key in map) return { level: 2, label: key };
  for (const l1 of family === null ? [...TARGET_LEVEL1, ...INDICATOR_LEVEL1] : level1) if (key === l1) return { level: 1, label: key };
  if (family !== 'target' && allowCut) {
    // Cut-off labels (产出指 | 标, 服务对象满意度 | 指标) and the odd 二级 names some forms invent (系统指标).
    for (const full of [...Object.keys(INDICATOR_LEVELS), ...INDICATOR_LEVEL1]) {
      if ((key.length >= 3 && key + INDICATOR_WORD.slice(-1) === full) || (key.length >= 4 && key + INDICATOR_WORD === full)) return INDICATOR_LEVEL1.includes(full) && !(full in INDICATOR_LEVELS) ? { level: 1, label: full } : { level: 2, label: full };
    }
  }
  if (family !== 'target' && OTHER_INDICATOR_LEVEL.test(key)) return { level: 0 };
  return null;
}

/** A word of a flat row that starts with a label glued to the indicator name (服务对象满意度指新增合格企业). */
function splitGluedLabel(word: string): [string, string] | null {
  const key = simplifiedForm(word);
  const labels = [...Object.keys(INDICATOR_LEVELS), ...INDICATOR_LEVEL1].sort((a, b) => b.length - a.length);
  for (const l of labels) if (key.startsWith(l) && key.length > l.length) return [l, word.slice(l.length)];
  for (const l of labels) {
    const cut = l.slice(0, -1);
    if (cut.length >= 5 && key.startsWith(cut) && key.length > cut.length) return [l, word.slice(cut.length)];
  }
  return null;
}

const VALUE_START = /^[≥≤<>=＞＜]/;
const looksLikeValue = (text: string): boolean => VALUE_START.test(text) || /^\d/.test(text);
const squash = (text: string): string => text.replace(/\s+/g, '');

function setLevel(ir: IndicatorReader, hit: { level: 1 | 2; label: string }): void {
  if (hit.level === 1 || (hit.label === COST_INDICATOR_LEVEL && ir.costIsLevel1)) {
    ir.level1 = hit.label;
    ir.level2 = undefined;
    return;
  }
  ir.level2 = hit.label;
  const parent = (ir.family === 'target' ? TARGET_LEVELS : INDICATOR_LEVELS)[hit.label];
  // 临汾 prints 效果影响目标 over both 效果 and 影响力 rows: keep it where it is the printed 一级.
  if (parent && !(ir.level1 === TARGET_COMBINED_LEVEL1.label && TARGET_COMBINED_LEVEL1.covers.includes(parent))) ir.level1 = parent;
}

function readIndicatorRow(ir: IndicatorReader, line: ImportLine, leftover: LeftoverSink): void {
  if (ir.family === null) {
    const key = labelKey(line.text);
    if (TARGET_FAMILY_HEADINGS.test(key)) ir.family = 'target';
    else if (INDICATOR_FAMILY_HEADINGS.test(key)) ir.family = 'indicator';
  }
  if (TWO_COLUMN_HEADINGS.test(labelKey(line.text))) ir.twoColumns = true;

  // Segments of content: a new one starts at each 二级 label (the 年度 half starts with one).
  const segments: string[][] = [[]];
  let sawLevel1 = false;
  let sawLevel2 = false;
  const flat = isFlat(line);
  // Flat lines: columns are runs of two or more spaces where the extraction kept the layout, else single spaces.
  const tokens = flat ? line.text.split(/\s{2,}/.test(line.text) ? /\s{2,}/ : /\s+/) : filledCells(line).map((c) => c.text);
  let previousLevel2 = false;
  for (const token of tokens) {
    // A cut label right after a 二级 label is an indicator name (服务对象满意度指标 | 服务对象满意度).
    let hit = indicatorLabel(token, ir.family, !previousLevel2);
    previousLevel2 = hit !== null && hit.level === 2;
    let rest: string | null = null;
    if (!hit && flat && ir.family !== 'target') {
      const glued = splitGluedLabel(token);
      if (glued) {
        hit = indicatorLabel(glued[0], ir.family);
        rest = glued[1];
      }
    }
    if (hit) {
      if (hit.level !== 0) {
        const level2Before = sawLevel2;
        setLevel(ir, hit);
        if (hit.level === 1) sawLevel1 = true;
        else {
          sawLevel2 = true;
          if (segments.at(-1)!.length > 0 || level2Before) segments.push([]);
        }
      }
      if (rest) segments.at(-1)!.push(rest);
      continue;
    }
    segments.at(-1)!.push(token);
  }
  const content = segments.filter((s) => s.length > 0);
  const emptyAnnual = ir.twoColumns && segments.length >= 2 && segments.at(-1)!.length === 0 && content.length === 1;
  const hasLabel = sawLevel1 || sawLevel2;
  // A long value wrapped over lines: lines without labels continue it.
  if (ir.wrapping) {
    if (!hasLabel && content.length > 0) {
      (ir.wrapping.second ?? ir.wrapping.text).push(line.text);
      return;
    }
    const name = content.flat().join(' ');
    if (flat && sawLevel2 && content.length === 1 && content[0]!.length === 1 && ir.wrapping.second === null && similarName(name, ir.wrapping.target.name)) {
      ir.wrapping.second = [];
      return;
    }
    finishWrapping(ir);
  }
  if (content.length === 0) return;

  // A row of values only: the values of the last row's indicators (one value per column, or one for both).
  let all = content.flat();
  if (ir.open.length === 1 && all.length === 2 && all[0] === all[1]) all = [all[0]!];
  if (ir.open.length > 0 && all.every(looksLikeValue) && all.length <= ir.open.length) {
    all.forEach((v, i) => (ir.open[i]!.value = v));
    mergeOpen(ir);
    ir.open = [];
    return;
  }
  ir.open = [];
  if (flat && sawLevel2 && content.length === 1 && content[0]!.length === 1 && !splitGluedValue(content[0]![0]!)) {
    // A 二级 label and a name alone on a flat line: the value follows on the next lines.
    addIndicator(ir, { level1: ir.level1, level2: ir.level2, name: content[0]![0]!, value: '' }, false);
    ir.wrapping = { target: ir.list.at(-1)!, text: [], second: null };
    return;
  }

  const base = { level1: ir.level1, level2: ir.level2 };
  // Two columns are also recognised by a row that prints one indicator twice.
  const twoColumns = ir.twoColumns || content.length >= 2 || (all.length === 4 && similarName(all[0]!, all[2]!));
  if (ir.family === 'target' || !twoColumns) {
    const pair = singlePair(all, flat);
    if (!pair) {
      leftover(line, REASONS.indicatorRow);
      return;
    }
    addIndicator(ir, { ...base, ...pair }, false);
    if (!pair.value) ir.open = [ir.list.at(-1)!];
    return;
  }
  // 实施期 and 年度: two segments, or one row of four (name, value, name, value).
  let period: string[];
  let annual: string[] | null;
  if (content.length >= 2) {
    period = content[0]!;
    annual = content.slice(1).flat();
  } else if (all.length === 4) {
    period = all.slice(0, 2);
    annual = all.slice(2);
  } else if (all.length === 3 && !looksLikeValue(all[1]!) && looksLikeValue(all[2]!) && similarName(all[0]!, all[1]!)) {
    // name, cut name, value: the 实施期 value is missing.
    period = [all[0]!];
    annual = [all[1]!, all[2]!];
  } else if (all.length === 3) {
    period = all.slice(0, 2);
    annual = all.slice(2);
  } else if (all.length === 2 && similarName(all[0]!, all[1]!) && !looksLikeValue(all[1]!)) {
    period = [all[0]!];
    annual = [all[1]!];
  } else {
    period = all;
    annual = null;
  }
  const p = singlePair(period, flat);
  if (!p) {
    leftover(line, REASONS.indicatorRow);
    return;
  }
  const a = annual && annual.length > 0 ? annualPair(annual, p, flat) : null;
  if (a === 'same' || (a === null && !emptyAnnual)) {
    addIndicator(ir, { ...base, ...p }, true);
    if (!p.value) ir.open = [ir.list.at(-1)!];
    return;
  }
  if (a === null) {
    addIndicator(ir, { ...base, ...p, scope: 'period' }, true);
    return;
  }
  if (!p.value && !a.value && similarName(p.name, a.name)) {
    addIndicator(ir, { ...base, ...longer(p, a) }, true);
    ir.open = [ir.list.at(-1)!];
    return;
  }
  addIndicator(ir, { ...base, ...p, scope: 'period' }, true);
  const periodIndicator = ir.list.at(-1)!;
  addIndicator(ir, { ...base, ...a, scope: 'annual' }, true);
  if (!p.value && !a.value) ir.open = [periodIndicator, ir.list.at(-1)!];
}

const longer = (p: { name: string; value: string }, a: { name: string; value: string }) => ({
  name: squash(a.name).length > squash(p.name).length ? a.name : p.name,
  value: squash(a.value).length > squash(p.value).length ? a.value : p.value,
});

/** Two names for the same indicator: equal, or one cut short of the other. */
function similarName(a: string, b: string): boolean {
  const x = squash(simplifiedForm(a));
  const y = squash(simplifiedForm(b));
  return x === y || (Math.min(x.length, y.length) >= 2 && (x.startsWith(y) || y.startsWith(x)));
}

/** Name and value of one column of a row. */
function singlePair(tokens: string[], flat: boolean): { name: string; value: string } | null {
  if (tokens.length === 0) return null;
  if (tokens.length === 1) {
    const t = tokens[0]!;
    // "name value" in one cell (临汾), or a value glued to its name (flat extraction).
    const space = t.lastIndexOf(' ');
    if (space > 0) return { name: t.slice(0, space).trim(), value: t.slice(space + 1).trim() };
    if (flat) {
      const glued = splitGluedValue(t);
      if (glued) return glued;
    }
    return { name: t, value: '' };
  }
  if (tokens.length === 2) return { name: tokens[0]!, value: tokens[1]! };
  // Two names for one indicator (临汾's doubled grid) and a value.
  if (tokens.length === 3 && similarName(tokens[0]!, tokens[1]!)) return { name: tokens[0]!, value: tokens[2]! };
  return { name: tokens.slice(0, -1).join(' '), value: tokens.at(-1)! };
}

/** A name with its value glued on: at the comparison sign, or the number and unit at the end. */
function splitGluedValue(text: string): { name: string; value: string } | null {
  const sign = text.search(/[≥≤<>=＞＜]/);
  if (sign > 0) return { name: text.slice(0, sign), value: text.slice(sign) };
  const m = /^(.*[^\d.,])(\d[\d.,]*[^\d]{0,4})$/.exec(text);
  if (m && m[1]!.length >= 2) return { name: m[1]!, value: m[2]! };
  return null;
}

/** The 年度 column of a row: the same indicator as the 实施期 one (often cut short or glued), or its own. */
function annualPair(tokens: string[], period: { name: string; value: string }, flat: boolean): { name: string; value: string } | 'same' {
  const joined = squash(tokens.join(''));
  const pName = squash(period.name);
  const pValue = squash(period.value);
  if (joined === pName + pValue) return 'same';
  if (pValue && joined.endsWith(pValue) && joined.length > pValue.length && pName.startsWith(joined.slice(0, -pValue.length))) return 'same';
  const a = singlePair(tokens, flat);
  if (!a) return 'same';
  if (similarName(a.name, period.name) && squash(a.value) === pValue) return 'same';
  // A long value cut short in one column (a text, not a figure: 100 and 100% differ).
  if (similarName(a.name, period.name) && sameOrCut(a.value, period.value)) return 'same';
  // Both glued, cut at different places: their common end is the value.
  if (tokens.length === 1 && !period.value && flat) {
    const common = commonSuffix(squash(period.name), joined);
    if (common > 0 && common < joined.length && common < pName.length) {
      period.value = period.name.slice(-common);
      period.name = period.name.slice(0, -common);
      return 'same';
    }
  }
  return a;
}

const commonSuffix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
};

/**
 * Adds an indicator. In forms that print 实施期 and 年度 side by side the same indicator can come
 * twice on different lines (the extraction broke the row): the second is merged into the first.
 */
function addIndicator(ir: IndicatorReader, ind: Indicator, merge: boolean): void {
  // Keys in the order the YAML files write them.
  const clean: Indicator = {
    ...(ind.level1 ? { level1: ind.level1 } : {}),
    ...(ind.level2 ? { level2: ind.level2 } : {}),
    name: ind.name.trim(),
    value: ind.value.trim(),
    ...(ind.scope ? { scope: ind.scope } : {}),
  };
  if (merge && !clean.scope) {
    const twin = ir.list.find((x) => !x.scope && x.level2 === clean.level2 && x.level1 === clean.level1 && similarName(x.name, clean.name) && sameOrCut(x.value, clean.value));
    if (twin) {
      Object.assign(twin, longer(twin, clean));
      return;
    }
  }
  ir.list.push(clean);
}

/** The same value, or a text of which one column printed only the start (long enough not to be a figure). */
const sameOrCut = (a: string, b: string): boolean => {
  const x = squash(a);
  const y = squash(b);
  return x === y || (Math.min(x.length, y.length) >= 8 && (x.startsWith(y) || y.startsWith(x)));
};

/** After values arrived for open indicators: merge the ones that turned out to be the same. */
function mergeOpen(ir: IndicatorReader): void {
  const [p, a] = ir.open;
  if (p && a && p.scope === 'period' && a.scope === 'annual' && similarName(p.name, a.name) && sameOrCut(p.value, a.value)) {
    Object.assign(p, longer(p, a));
    delete p.scope;
    ir.list.splice(ir.list.indexOf(a), 1);
  }
}

/** Ends a wrapped value: the lines joined; of two columns that say the same, the longer (the other may be cut). */
function finishWrapping(ir: IndicatorReader): void {
  const w = ir.wrapping;
  if (!w) return;
  ir.wrapping = null;
  const first = w.text.reduce(joinWrapped, '');
  const second = (w.second ?? []).reduce(joinWrapped, '');
  if (!second || sameOrCut(first, second)) w.target.value = completed(first, second);
  else {
    w.target.value = first;
    w.target.scope = 'period';
    ir.list.push({ ...w.target, value: second, scope: 'annual' });
  }
}

/** The first text as printed, completed from the second where the first was cut short. */
function completed(first: string, second: string): string {
  const a = squash(first);
  const b = squash(second);
  if (!b.startsWith(a) || b.length === a.length) return a.length >= b.length ? first : second;
  // Where the second text has said as much as the first: the rest is what the first lacks.
  let seen = 0;
  let i = 0;
  while (i < second.length && seen < a.length) if (!/\s/.test(second[i++]!)) seen++;
  return first + second.slice(i);
}

/**
 * The end of the indicators. In two-column forms the 年度 column may list the indicators in
 * another order than the 实施期 one: an indicator found in both columns is one indicator.
 */
function finishIndicators(ir: IndicatorReader): void {
  finishWrapping(ir);
  for (const x of [...ir.list]) {
    if (!x.scope || !ir.list.includes(x)) continue;
    // The same indicator in the other column, or already entered for both.
    const twin = ir.list.find((y) => y !== x && y.scope !== x.scope && y.level2 === x.level2 && similarName(y.name, x.name) && sameOrCut(y.value, x.value));
    if (!twin) continue;
    Object.assign(twin, longer(twin, x));
    delete twin.scope;
    ir.list.splice(ir.list.indexOf(x), 1);
  }
}

// ---------------------------------------------------------------------------------------------
// The project entry.

function projectOf(r: FormReader, id: string, options: { unitId: (unitName: string) => string }): Record<string, unknown> {
  const s = r.short;
  const p: Record<string, unknown> = { id, name: s.name ?? '' };
  if (!s.name) r.leftovers.push({ line: r.lines[0]!.line, text: r.lines[0]!.text, reason: REASONS.noName });
  if (s.unitName) p.unit = options.unitId(s.unitName);
  if (s.category) p.category = s.category;
  if (s.attribute) p.attribute = s.attribute;
  // A value the field cannot hold as printed stays in the report rather than be guessed.
  const unread = (field: ShortField) => {
    if (s[field]) r.leftovers.push({ line: r.shortLines[field] ?? r.lines[0]!.line, text: s[field]!, reason: REASONS.unreadValue });
  };
  const years = PERIOD_YEARS.exec(s.periodYears ?? '');
  if (years) p.period_years = Number(years[1]);
  else unread('periodYears');
  const start = dateOf(s.start);
  const end = dateOf(s.end);
  if (start) p.start = start;
  else unread('start');
  if (end) p.end = end;
  else unread('end');
  if (r.formUnit) p.form_unit = r.formUnit;

  const funding: Record<string, Record<string, string>> = {};
  const period = { ...r.fund.values.period };
  const annual = { ...r.fund.values.annual };
  if (s.periodTotal && isAmount(s.periodTotal)) period.total ??= amountOf(s.periodTotal);
  else unread('periodTotal');
  if (s.annualTotal && isAmount(s.annualTotal)) annual.total ??= amountOf(s.annualTotal);
  else unread('annualTotal');
  const order: FundKind[] = ['central', 'provincial', 'local', 'self_raised', 'other', 'total'];
  const sorted = (v: Partial<Record<FundKind, string>>) => Object.fromEntries(order.filter((k) => v[k] !== undefined).map((k) => [k, v[k]!]));
  if (Object.keys(annual).length > 0) funding.annual = sorted(annual);
  if (Object.keys(period).length > 0) funding.period = sorted(period);
  if (Object.keys(funding).length > 0) p.funding = funding;
  const previous: Record<string, string> = {};
  if (s.previousTotal && isAmount(s.previousTotal)) previous.total = amountOf(s.previousTotal);
  else unread('previousTotal');
  if (s.previousAnnual && isAmount(s.previousAnnual)) previous.annual = amountOf(s.previousAnnual);
  else unread('previousAnnual');
  if (Object.keys(previous).length > 0) p.previous = previous;

  const texts: Record<string, string> = {};
  for (const field of ['overview', 'basis', 'necessity', 'safeguards', 'plan'] as const) {
    const t = r.texts[field];
    const value = t && plainText(r, t);
    if (value) texts[field] = value;
  }
  if (Object.keys(texts).length > 0) p.texts = texts;

  const goalValues = { ...flatGoals(r.goals), ...r.goals.values };
  const goals: Record<string, string> = {};
  for (const kind of ['period', 'annual'] as const) {
    const v = goalValues[kind];
    if (!v) continue;
    const text = HTML_TAG.test(v) ? htmlToText(v) : v.trim();
    // The line of the goal's text: the first line of goal text that has HTML.
    const htmlLine = r.lines.find((l) => r.goals.lines.includes(l.line) && HTML_TAG.test(l.text));
    if (HTML_TAG.test(v) && htmlLine) r.html.push(htmlLine.line);
    if (text) goals[kind] = text;
  }
  if (Object.keys(goals).length > 0) p.goals = goals;

  if (r.detail.rows.length > 0) {
    p.budget_detail = r.detail.rows.map((row) => {
      const d: Record<string, unknown> = {};
      if (row.group) d.group = row.group;
      d.item = row.item;
      if (row.year) d.year = row.year;
      for (const k of ['own', 'higher', 'self_raised', 'other', 'total'] as const) if (row.amounts[k] !== undefined) d[k] = row.amounts[k];
      return d;
    });
  }
  if (r.indicators.list.length > 0) p.indicators = r.indicators.list.map((i) => ({ ...i }));
  const remarks = r.texts.remarks && plainText(r, r.texts.remarks);
  if (remarks) p.remarks = remarks;

  const contacts: Record<string, string> = {};
  const people: [ShortField, string][] = [
    ['leader', 'leader'],
    ['unitLeader', 'unit_leader'],
    ['filler', 'filler'],
    ['handler', 'handler'],
    ['phone', 'phone'],
    ['filledAt', 'filled_at'],
  ];
  for (const [field, key] of people) if (s[field]) contacts[key] = s[field]!;
  if (Object.keys(contacts).length > 0) p.contacts = contacts;

  // Fields the form prints about the department or unit, not the project: kept for the importer's report.
  for (const field of ['supervisor', 'supervisorCode', 'unitCode'] as const) {
    if (s[field]) r.leftovers.push({ line: r.shortLines[field] ?? r.lines[0]!.line, text: s[field]!, reason: REASONS.notProjectField });
  }
  const duties = r.texts.unitDuties;
  if (duties?.value) r.leftovers.push({ line: duties.lines[0] ?? r.lines[0]!.line, text: plainText(r, duties), reason: REASONS.notProjectField });
  return p;
}

/** A text field as plain text; HTML converted and its line recorded. */
function plainText(r: FormReader, t: { value: string; lines: number[] }): string {
  if (HTML_TAG.test(t.value)) {
    if (t.lines[0] !== undefined) r.html.push(t.lines[0]);
    return htmlToText(t.value);
  }
  return t.value.trim();
}

/** 2020/1/1, 2020-01-01, 2020.1.1, 2020年1月1日 → 2020-01-01. */
function dateOf(text: string | undefined): string | null {
  const m = FORM_DATE.exec(text ?? '');
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}
