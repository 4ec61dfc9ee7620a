// A department's headline figures across years: every year the portal holds, and the prior-year
// figures each disclosure prints (marked as such, never mistaken for a held year), with the change
// on the year before and the reason the document states for it.
import type { Decimal } from '../money.ts';
import type { Claim, Disclosure } from '../schema/index.ts';
import type { Derived } from './derive.ts';
import { REASON_OPENING, REASON_WORD } from '../chinese-text.ts';
import { headline, printedPriorFigure, type Change } from './summary.ts';
import type { Shown } from './display.ts';

/** The headline figures a timeline follows, in the order a page shows them. */
export const TIMELINE_REFS = ['total', 'basic', 'project', 'three_public', 'admin_costs'] as const;
export type TimelineRef = (typeof TIMELINE_REFS)[number];

export interface StatedReason {
  /** The clause or sentence of the narrative that gives the reason, as printed (whitespace dropped). */
  text: string;
  /** The narrative section it is in. */
  section: string;
}

export interface TimelineCell {
  value: Decimal;
  /** As the page shows it (published or derived); absent on a printed prior-year figure. */
  shown?: Shown;
  change?: Change;
  reason?: StatedReason;
}

export interface TimelineYear {
  year: number;
  /** `disclosure`: the portal holds this year's file. `prior-year`: only printed in the next year's file. */
  kind: 'disclosure' | 'prior-year';
  /** For a prior-year row: the year of the disclosure that prints it. */
  printedIn?: number;
  /** For a prior-year row: what the figures are, as the file says (prior_year.basis). */
  basis?: string;
  cells: Partial<Record<TimelineRef, TimelineCell>>;
}

export interface YearData {
  year: number;
  data: Disclosure;
  derived: Derived;
}

const SENTENCE_END = /[。\n]/u;
const CLAUSE_SEPARATORS = /[，,；;]/gu;
const squeeze = (s: string) => s.replace(/\s+/gu, '');

/** The texts a reason may be printed in: the narrative's sections, and the explanations under 三公 and 机关运行经费. */
function reasonTexts(data: Disclosure): { id: string; text: string }[] {
  const out = (data.narrative?.sections ?? []).map((s) => ({ id: s.id, text: s.text }));
  if (data.three_public?.explanation) out.push({ id: 'three_public', text: data.three_public.explanation });
  if (data.admin_costs?.explanation) out.push({ id: 'admin_costs', text: data.admin_costs.explanation });
  return out;
}

/** Where a claim's text ends in a text, when its pieces (a claim may elide with ……) occur in order. */
function endOf(text: string, claimText: string): number | undefined {
  let from = 0;
  for (const piece of claimText.split(/…+/u).filter(Boolean)) {
    const at = text.indexOf(piece, from);
    if (at < 0) return undefined;
    from = at + piece.length;
  }
  return from;
}

/**
 * The reason the document gives for a claim's change: the clause naming 原因 in the rest of the
 * claim's sentence ("…增加45.17%，主要原因是…。"), else the next sentence when it opens with the
 * reason ("…减少6.5%。原因人员调出…。"). None when the claim's text is not found.
 */
export function statedReason(data: Disclosure, claim: Claim): StatedReason | undefined {
  if (!claim.text) {
    // A claim without its sentence: a section about the change (三公, 机关运行经费) gives the reason once.
    const section = claim.section ? reasonTexts(data).find((s) => s.id === claim.section) : undefined;
    if (!section) return undefined;
    const text = squeeze(section.text);
    const at = text.indexOf(REASON_WORD);
    if (at < 0) return undefined;
    const start = Math.max(text.lastIndexOf('。', at), ...[...text.slice(0, at).matchAll(CLAUSE_SEPARATORS)].map((m) => m.index!)) + 1;
    return reasonAfter(text.slice(start), section.id);
  }
  // A claim's text may close its own sentence where the document goes on to give the reason.
  const wanted = squeeze(claim.text).replace(/[。；;，,]+$/u, '');
  const texts = reasonTexts(data).filter((s) => !claim.section || s.id === claim.section);
  for (const section of texts) {
    const text = squeeze(section.text);
    const end = endOf(text, wanted);
    if (end === undefined) continue;
    return reasonAfter(text.slice(end), section.id);
  }
  return undefined;
}

function reasonAfter(rest: string, section: string): StatedReason | undefined {
  const end = rest.search(SENTENCE_END);
  const sentence = end < 0 ? rest : rest.slice(0, end + 1);
  const inSentence = sentence.indexOf(REASON_WORD);
  if (inSentence >= 0) {
    const starts = [...sentence.slice(0, inSentence).matchAll(CLAUSE_SEPARATORS)].map((m) => m.index! + 1);
    return { text: sentence.slice(starts.length ? starts[starts.length - 1]! : 0), section };
  }
  if (end < 0) return undefined;
  const after = rest.slice(end + 1).replace(/^[。]+/u, '');
  const next = after.search(SENTENCE_END);
  const nextSentence = next < 0 ? after : after.slice(0, next + 1);
  return REASON_OPENING.test(nextSentence) ? { text: nextSentence, section } : undefined;
}

/** The first stated reason among the claims about a headline figure that state a change. */
export function reasonFor(data: Disclosure, ref: string): StatedReason | undefined {
  for (const claim of data.narrative?.claims ?? []) {
    if (claim.subject !== ref || !(claim.direction || claim.change || claim.previous)) continue;
    const reason = statedReason(data, claim);
    if (reason) return reason;
  }
  return undefined;
}

/**
 * Every held year, oldest first, and before each the year its file prints as last year's when the
 * portal does not hold that year itself. A held year's change is on the held year before it when
 * there is one, else on its own printed prior-year figure (as the summary cards compute it).
 */
export function departmentTimeline(years: readonly YearData[]): TimelineYear[] {
  const held = new Set(years.map((y) => y.year));
  const out: TimelineYear[] = [];
  const sorted = [...years].sort((a, b) => a.year - b.year);
  for (const [i, y] of sorted.entries()) {
    const before = sorted[i - 1];
    const previous = before && before.year === y.year - 1 ? before : undefined;
    if (!held.has(y.year - 1)) {
      const cells: TimelineYear['cells'] = {};
      for (const ref of TIMELINE_REFS) {
        const value = printedPriorFigure(y.data, ref);
        if (value) cells[ref] = { value };
      }
      if (Object.keys(cells).length) out.push({ year: y.year - 1, kind: 'prior-year', printedIn: y.year, ...(y.data.prior_year?.basis && { basis: y.data.prior_year.basis }), cells });
    }
    const cells: TimelineYear['cells'] = {};
    for (const ref of TIMELINE_REFS) {
      const h = headline(y.data, y.derived, ref, previous);
      if (!h.shown) continue;
      const reason = h.change ? reasonFor(y.data, ref) : undefined;
      cells[ref] = { value: h.shown.value, shown: h.shown, ...(h.change && { change: h.change }), ...(reason && { reason }) };
    }
    out.push({ year: y.year, kind: 'disclosure', cells });
  }
  return out;
}
