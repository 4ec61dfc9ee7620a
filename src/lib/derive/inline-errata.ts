// An erratum shown where the wrong figure is printed: a narrative claim's figure corrected by an
// erratum (narrative.claims[39].percent) is found in its section's text — inside the claim's own
// sentence where the claim quotes it — and marked there, the printed figure struck and the
// corrected one beside it. Only a figure found exactly once is marked; any other stays as printed
// (the data notes still list its erratum). Plain text in, offsets out: the page escapes as ever.
import { formatNumberText } from '../format.ts';
import type { Disclosure } from '../schema/index.ts';
import type { AppliedErratum } from './notes.ts';

/** A stretch of a text that prints a figure an erratum corrects. */
export interface TextMark extends CorrectedValue {
  /** Offsets in the text: [start, end). `printed` is what stands there (with its % sign, where the text has one). */
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place a number is printed in `text` between `from` and `to`: standing alone, as written or grouped with commas. */
function numberAt(text: string, number: string, percent: boolean, from: number, to: number): { start: number; end: number; grouped: boolean }[] {
  const forms = [...new Set([number, formatNumberText(number)])].map(escape).join('|');
  const re = new RegExp(`(?<![\\d.,])(${forms})(?![\\d])${percent ? '(\\s*[%％])' : '(?!\\.\\d)'}`, 'g');
  const out: { start: number; end: number; grouped: boolean }[] = [];
  for (const m of text.slice(from, to).matchAll(re)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, grouped: m[1]!.includes(',') });
  }
  return out;
}

/** Every occurrence of `needle` in `text`, as [start, end). */
function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push([at, at + needle.length]);
  return out;
}

/**
 * Marks for the narrative sections, by section id: one for each erratum of a claim's figure whose
 * printed value stands once in the claim's sentence (or, for a claim without one, once in its
 * section).
 */
export function narrativeMarks(data: Disclosure, errata: readonly AppliedErratum[]): Map<string, TextMark[]> {
  const sections = data.narrative?.sections ?? [];
  const out = new Map<string, TextMark[]>();
  for (const e of errata) {
    const [first, second, index, field] = e.segments;
    if (first !== 'narrative' || second !== 'claims' || typeof index !== 'number' || typeof field !== 'string') continue;
    const claim = data.narrative?.claims?.[index];
    if (!claim) continue;
    const percent = field === 'percent' || field === 'share';
    const published = e.published.trim().replace(/[%％]$/, '');
    const corrected = e.corrected.trim().replace(/[%％]$/, '');
    const candidates = claim.section ? sections.filter((s) => s.id === claim.section) : sections;
    const found: { section: string; start: number; end: number; grouped: boolean }[] = [];
    for (const s of candidates) {
      // The claim's sentence, where the section prints it; else the whole section.
      const spans = claim.text ? occurrences(s.text, claim.text) : [];
      const within: [number, number][] = spans.length ? spans : claim.text && !claim.section ? [] : [[0, s.text.length]];
      for (const [from, to] of within) for (const at of numberAt(s.text, published, percent, from, to)) found.push({ section: s.id, ...at });
    }
    if (found.length !== 1) continue;
    const [at] = found as [(typeof found)[number]];
    const text = sections.find((s) => s.id === at.section)!.text;
    const printed = text.slice(at.start, at.end);
    const sign = percent ? printed.slice(printed.search(/\s*[%％]$/)) : '';
    const mark: TextMark = { start: at.start, end: at.end, printed, corrected: `${at.grouped ? formatNumberText(corrected) : corrected}${sign}`, href: `#${e.anchor}` };
    const list = out.get(at.section) ?? [];
    if (list.some((m) => m.start < mark.end && mark.start < m.end)) continue;
    list.push(mark);
    out.set(at.section, list.sort((a, b) => a.start - b.start));
  }
  return out;
}

/** A run of a text line: plain, or a figure an erratum corrects. */
export interface TextRun {
  text: string;
  mark?: TextMark;
}

/**
 * A text as the page shows it: paragraphs at blank lines (trimmed, empty ones dropped), each a list
 * of lines, each line a list of runs with the marks that fall inside it.
 */
export function paragraphsOf(text: string, marks: readonly TextMark[] = []): TextRun[][][] {
  const paragraphs: [number, number][] = [];
  let at = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    paragraphs.push([at, m.index]);
    at = m.index + m[0].length;
  }
  paragraphs.push([at, text.length]);
  const out: TextRun[][][] = [];
  for (let [start, end] of paragraphs) {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start === end) continue;
    const lines: TextRun[][] = [];
    let lineStart = start;
    for (let i = start; i <= end; i++) {
      if (i < end && text[i] !== '\n') continue;
      lines.push(runsOf(text, lineStart, i, marks));
      lineStart = i + 1;
    }
    out.push(lines);
  }
  return out;
}

function runsOf(text: string, start: number, end: number, marks: readonly TextMark[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = start;
  for (const m of marks) {
    if (m.start < at || m.end > end) continue;
    if (m.start > at) runs.push({ text: text.slice(at, m.start) });
    runs.push({ text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < end || runs.length === 0) runs.push({ text: text.slice(at, end) });
  return runs;
}

/** A value an erratum corrects, where a page shows it: as printed, as corrected, and the erratum's anchor. */
export interface CorrectedValue {
  printed: string;
  corrected: string;
  /** The erratum among the data notes of the disclosure page: #erratum-N. */
  href: string;
}

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;
const shown = (text: string) => (PLAIN_NUMBER.test(text.trim()) ? formatNumberText(text.trim()) : text.trim());

/**
 * The values of one project an erratum corrects, by their path under the project
 * ("indicators.3.value", "budget_detail.6.own"): its page marks them where it shows them.
 */
export function projectCorrections(errata: readonly AppliedErratum[], projectIndex: number): Map<string, CorrectedValue> {
  const out = new Map<string, CorrectedValue>();
  for (const e of errata) {
    const [first, index, ...rest] = e.segments;
    if (first !== 'projects' || index !== projectIndex || rest.length === 0) continue;
    out.set(rest.join('.'), { printed: shown(e.published), corrected: shown(e.corrected), href: `#${e.anchor}` });
  }
  return out;
}
