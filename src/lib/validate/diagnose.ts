// Diagnosis (issue 12): when several findings of a file can be explained by one amount, say so
// first. Candidates come from the findings themselves: each error names an amount (its own path)
// and the amounts that feed it (related), and its difference suggests the correction. Each
// candidate is tried on a corrected copy of the file (corrections.ts re-reads it through the
// schema, errata and notes still applied) and kept when it removes at least two errors and brings
// no new one. Pairs are tried among the best few when no single amount explains everything.
//
// The same mechanism finds slips inside the rounding tolerance (balance/slip): in a table printed
// with one decimal, a cell off by 0.1 makes every total it feeds differ by 0.1, which the
// tolerance (N × 0.05) lets through as rounding. Legitimate rounding differences are independent
// of one another; a slip's are not. A cell is a slip when changing it by one unit of its last
// place (0.1) makes two or more rounding differences exactly zero and no other finding appears:
// a correctly printed cell also feeds identities that balance exactly, and moving it would break
// those. A cell is named only when no other cell sits in all the same identities (otherwise the
// identities cannot tell which one slipped).
//
// Nothing here hides a finding: causes are attached to the findings they explain, slips are
// findings of their own. The work is bounded (candidates, pairs, time), and a file without errors
// or one-decimal rounding warnings costs nothing.
import { Decimal, parseAmount, WAN, ZERO, type Amount } from '../money.ts';
import type { Disclosure } from '../schema/index.ts';
import type { Loaded } from '../source/load.ts';
import { formatPath, isUnder, resolvePath } from '../source/paths.ts';
import type { PathSegment } from '../source/yaml.ts';
import { fileWith, type Replacement } from './corrections.ts';
import type { Cause, CauseAmount, Finding, RelatedLocation } from './finding.ts';
import { makeFinding, rawValueAt, signed } from './rules/context.ts';
import { ruleWord } from './catalogue.ts';

/** Checks a copy of the file: every rule, errata and notes (not whether each erratum is still needed). */
export type Recheck = (file: Loaded<Disclosure>) => Finding[];

/** Names an amount of the file for a message (rules/context.ts placeOf, with the file's template). */
export type Place = (segments: readonly PathSegment[], line: number) => { zh: string; en: string };

/** A shared time limit for the whole check, so that a portal full of errors stays fast. */
export interface DiagnosisBudget {
  /** performance.now() after which no more copies are checked. */
  until: number;
}

/** How long diagnosis may take over a whole check, in milliseconds. */
export const DIAGNOSIS_MS = 10_000;
/** Per file: single corrections tried, the pool pairs are drawn from, and time. */
export const MAX_SINGLES = 10;
export const PAIR_POOL = 3;
/** Second amounts tried with each first one of a pair. */
export const PAIR_SECOND = 3;
export const FILE_MS = 2_000;
/** Slip candidates tried per file. */
export const MAX_SLIPS = 6;
/** Errors read per file for candidates (the first ones; a file with hundreds is not one typo). */
const MAX_ERRORS_READ = 200;

export function diagnosisBudget(ms = DIAGNOSIS_MS): DiagnosisBudget {
  return { until: performance.now() + ms };
}

const keyOf = (f: Finding) => `${f.rule}\u0000${f.path}\u0000${f.line}:${f.column}`;

interface Candidate {
  segments: PathSegment[];
  path: string;
  printed: Amount;
  suggested: Decimal;
  votes: number;
  /** Votes weighted by how specific each finding is: one with few amounts points at them more. */
  weight: number;
  /** The findings that proposed it. */
  voters: Set<string>;
}

function amountAt(file: Loaded<Disclosure>, segments: PathSegment[]): Amount | null {
  const text = rawValueAt(file, segments);
  if (text === undefined) return null;
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.amount : null;
}

function differenceOf(f: Finding): Decimal | null {
  if (f.difference === undefined) return null;
  const parsed = parseAmount(f.difference.replace(/^\+/, ''), { allowNegative: true });
  return parsed.ok && !parsed.amount.value.isZero() ? parsed.amount.value : null;
}

/** The suggested amount as the file would print it: at the printed places where it fits. */
function textOf(value: Decimal, printed: Amount): string {
  return value.toFixed(Math.max(printed.scale, value.decimalPlaces()));
}

/** Collects corrections proposed by findings: each finding votes once for each (amount, value). */
class Candidates {
  private byKey = new Map<string, Candidate>();
  private file: Loaded<Disclosure>;
  constructor(file: Loaded<Disclosure>) {
    this.file = file;
  }

  /** Every amount a finding names, with the corrections its difference suggests. */
  vote(f: Finding, d: Decimal, only?: (a: Amount) => boolean): void {
    const seen = new Set<string>();
    const tolerance = f.tolerance !== undefined && parseAmount(f.tolerance).ok ? new Decimal(f.tolerance) : ZERO;
    const add = (segments: PathSegment[], delta: Decimal) => {
      const printed = amountAt(this.file, segments);
      if (!printed || (only && !only(printed))) return;
      one(segments, printed, printed.value.plus(delta));
      // Two adjacent digits swapped, when that accounts for the difference within its tolerance.
      for (const swapped of swapsOf(printed.text)) {
        if (swapped.minus(printed.value).minus(delta).abs().lte(tolerance)) one(segments, printed, swapped);
      }
    };
    const one = (segments: PathSegment[], printed: Amount, suggested: Decimal) => {
      if (suggested.isNegative()) return;
      const path = formatPath(segments, this.file.raw);
      const key = `${path}\u0000${suggested.toFixed()}`;
      if (seen.has(key)) return;
      seen.add(key);
      const c = this.byKey.get(key) ?? { segments, path, printed, suggested, votes: 0, weight: 0, voters: new Set<string>() };
      c.votes++;
      c.weight += 1 / (1 + (f.related?.length ?? 0)) ** 2;
      c.voters.add(keyOf(f));
      this.byKey.set(key, c);
    };
    // The finding's own amount is the value side: value − difference balances it.
    if (f.segments) add(f.segments, d.negated());
    // An amount that feeds it may sit on either side of the identity.
    for (const r of f.related ?? []) {
      const target = resolvePath(r.path, this.file.raw);
      if (!target) continue;
      add(target.path, d);
      add(target.path, d.negated());
    }
  }

  /** Most findings first. */
  ranked(): Candidate[] {
    return [...this.byKey.values()].sort((a, b) => b.votes - a.votes || b.weight - a.weight);
  }

  /**
   * The candidates to try: half by votes, half by weight (a typo in a leaf that also feeds a
   * second typo's totals is proposed most by the few findings about its own row).
   */
  shortlist(n: number): Candidate[] {
    const byVotes = this.ranked();
    const byWeight = [...byVotes].sort((a, b) => b.weight - a.weight || b.votes - a.votes);
    const out = new Set<Candidate>();
    for (let i = 0; out.size < n && i < byVotes.length; i++) {
      out.add(byVotes[i]!);
      if (out.size < n) out.add(byWeight[i]!);
    }
    return [...out];
  }
}

function replacementOf(c: Candidate): Replacement {
  return { path: c.segments, value: textOf(c.suggested, c.printed) };
}

interface Trial {
  candidates: Candidate[];
  /** Keys of the original findings (of the kind asked for) that are gone. */
  removed: Set<string>;
  /** Findings of the copy at places and rules the original did not have. */
  added: Finding[];
  /** Every finding of the copy (errors left, for the second amount of a pair). */
  after: Finding[];
}

function tryCorrection(file: Loaded<Disclosure>, recheck: Recheck, before: readonly Finding[], wanted: (f: Finding) => boolean, candidates: Candidate[]): Trial | null {
  const copy = fileWith(file, candidates.map(replacementOf));
  if (!copy) return null;
  const after = recheck(copy).filter((f) => f.severity !== 'info');
  const afterKeys = new Set(after.map(keyOf));
  const beforeKeys = new Set(before.filter((f) => f.severity !== 'info').map(keyOf));
  const removed = new Set(before.filter((f) => wanted(f) && !afterKeys.has(keyOf(f))).map(keyOf));
  return { candidates, removed, added: after.filter((f) => !beforeKeys.has(keyOf(f))), after };
}

/** The values the printed text takes with two adjacent digits swapped. */
function swapsOf(text: string): Decimal[] {
  const out: Decimal[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    let j = i + 1;
    if (text[j] === '.') j++;
    if (j >= text.length || text[i] === text[j] || text[i] === '.' || !/\d/.test(text[i]!) || !/\d/.test(text[j]!)) continue;
    const chars = [...text];
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    out.push(new Decimal(chars.join('')));
  }
  return out;
}

/** How many characters the corrections change (a swap of two digits is 2). */
function edits(t: Trial): number {
  return t.candidates.reduce((n, c) => {
    const [a, b] = [c.printed.text, textOf(c.suggested, c.printed)];
    if (a.length !== b.length) return n + Math.max(a.length, b.length);
    return n + [...a].filter((ch, i) => ch !== b[i]).length;
  }, 0);
}

/** Two digits of the printed text swapped give the suggestion: which ones, as printed and suggested. */
function swapOf(printed: string, suggested: string): { from: string; to: string } | undefined {
  if (printed.length !== suggested.length) return undefined;
  const diff: number[] = [];
  for (let i = 0; i < printed.length; i++) if (printed[i] !== suggested[i]) diff.push(i);
  if (diff.length !== 2) return undefined;
  const [i, j] = diff as [number, number];
  if (printed[i] !== suggested[j] || printed[j] !== suggested[i]) return undefined;
  return { from: printed.slice(i, j + 1), to: suggested.slice(i, j + 1) };
}

function causeAmount(file: Loaded<Disclosure>, c: Candidate): CauseAmount {
  const at = file.locator.locate(c.segments);
  const suggested = textOf(c.suggested, c.printed);
  const delta = c.suggested.minus(c.printed.value);
  const places = Math.max(c.printed.scale, c.suggested.decimalPlaces());
  const units = delta.abs().times(new Decimal(10).pow(places));
  const ninefold = units.isInteger() && units.mod(9).isZero();
  const swapped = ninefold ? swapOf(c.printed.text, suggested) : undefined;
  return {
    file: file.source.file,
    line: at.line,
    column: at.column,
    path: c.path,
    segments: c.segments,
    printed: c.printed.text,
    suggested,
    delta: signed(delta, places),
    ninefold,
    ...(swapped && { swapped }),
  };
}

/**
 * The probable typos behind a file's errors, attached to the findings they explain (a finding
 * keeps its place and its severity). Returns the findings unchanged when nothing is found.
 */
export function diagnoseErrors(file: Loaded<Disclosure>, findings: readonly Finding[], recheck: Recheck, budget: DiagnosisBudget = diagnosisBudget()): Finding[] {
  const errors = findings.filter((f) => f.severity === 'error' && f.file === file.source.file);
  if (errors.length < 2 || performance.now() > budget.until) return [...findings];
  const until = Math.min(budget.until, performance.now() + FILE_MS);
  const isError = (f: Finding) => f.severity === 'error';
  const errorKeys = new Set(errors.map(keyOf));

  const candidates = new Candidates(file);
  for (const f of errors.slice(0, MAX_ERRORS_READ)) {
    const d = differenceOf(f);
    if (d) candidates.vote(f, d);
  }

  const singles: Trial[] = [];
  // Once one amount explains every error, only other values of that same amount are worth a try.
  let settled: string | undefined;
  for (const c of candidates.shortlist(MAX_SINGLES)) {
    if (performance.now() > until) break;
    if (settled !== undefined && c.path !== settled) continue;
    const trial = tryCorrection(file, recheck, findings, isError, [c]);
    if (!trial || trial.added.some(isError)) continue;
    singles.push(trial);
    if (trial.removed.size === errorKeys.size) settled ??= c.path;
  }
  const best = Math.max(0, ...singles.map((t) => t.removed.size));
  const pairs: Trial[] = [];
  if (best < errorKeys.size) {
    // A pair: with the first amount corrected, the errors left propose the second.
    const pool = [...singles].filter((t) => t.removed.size > 0).sort((a, b) => b.removed.size - a.removed.size).slice(0, PAIR_POOL);
    for (const first of pool) {
      const a = first.candidates[0]!;
      const left = new Candidates(file);
      for (const f of first.after.filter((x) => x.severity === 'error' && errorKeys.has(keyOf(x))).slice(0, MAX_ERRORS_READ)) {
        const d = differenceOf(f);
        if (d) left.vote(f, d);
      }
      for (const b of left.shortlist(PAIR_SECOND).filter((x) => x.path !== a.path)) {
        if (performance.now() > until) break;
        const trial = tryCorrection(file, recheck, findings, isError, [a, b]);
        if (!trial || trial.added.some(isError)) continue;
        if (trial.removed.size > first.removed.size) pairs.push(trial);
      }
    }
  }

  // Rank by findings explained; on a tie one amount before two, then the fewest digits changed.
  const ranked = [...singles, ...pairs].sort((x, y) => y.removed.size - x.removed.size || x.candidates.length - y.candidates.length || edits(x) - edits(y));
  const covered = new Map<string, Cause>();
  for (const trial of ranked) {
    const fresh = [...trial.removed].filter((k) => !covered.has(k));
    if (fresh.length < 2) continue;
    const amounts = trial.candidates.map((c) => causeAmount(file, c)).sort((x, y) => x.line - y.line || x.column - y.column);
    const cause: Cause = { id: `${file.source.file}:${amounts[0]!.line}`, file: file.source.file, amounts, explains: fresh.length };
    for (const k of fresh) covered.set(k, cause);
  }
  if (!covered.size) return [...findings];
  return findings.map((f) => (isError(f) && covered.has(keyOf(f)) ? { ...f, cause: covered.get(keyOf(f))! } : f));
}

/** A rounding warning whose figures are all printed with at most one decimal. */
function oneDecimal(f: Finding): boolean {
  if (f.rule !== 'balance/rounding' || f.severity !== 'warning' || f.value === undefined || !f.related?.length) return false;
  const scaleOf = (text: string | undefined) => {
    const parsed = text === undefined ? null : parseAmount(text);
    return parsed?.ok ? parsed.amount.scale : Infinity;
  };
  return scaleOf(f.value) <= 1 && f.related.every((r) => scaleOf(r.value) <= 1);
}

const ONE_TENTH = new Decimal('0.1');

/**
 * Slips inside the rounding tolerance (balance/slip), in tables printed with one decimal: a
 * printed cell that, changed by 0.1, makes two or more rounding differences exactly zero and no
 * other finding appear. A note naming balance/slip explains one like any other finding.
 */
export function findSlips(file: Loaded<Disclosure>, findings: readonly Finding[], recheck: Recheck, budget: DiagnosisBudget = diagnosisBudget(), place: Place = (_, line) => ruleWord('atLine', { line })): Finding[] {
  const warnings = findings.filter((f) => f.file === file.source.file && oneDecimal(f));
  if (warnings.length < 2 || performance.now() > budget.until) return [];
  const until = Math.min(budget.until, performance.now() + FILE_MS);
  const candidates = new Candidates(file);
  for (const w of warnings) {
    const d = differenceOf(w);
    // A slip of one unit in the last printed place.
    if (d && d.abs().equals(ONE_TENTH)) candidates.vote(w, d, (a) => a.scale === 1);
  }
  const warningKeys = new Set(warnings.map(keyOf));
  const out: Finding[] = [];
  const taken = new Set<string>();
  const voted = candidates.ranked().filter((x) => x.votes >= 2);
  // Another cell in every identity this one is in explains them as well: the slip cannot be placed.
  const unique = voted.filter((c) => !voted.some((o) => o.path !== c.path && [...c.voters].every((k) => o.voters.has(k))));
  for (const c of unique.slice(0, MAX_SLIPS)) {
    if (performance.now() > until) break;
    if (taken.has(c.path)) continue;
    const trial = tryCorrection(file, recheck, findings, (f) => warningKeys.has(keyOf(f)), [c]);
    // A correctly printed cell feeds identities that balance exactly: moving it adds findings.
    if (!trial || trial.removed.size < 2 || trial.added.length) continue;
    taken.add(c.path);
    const gone: RelatedLocation[] = warnings.filter((w) => trial.removed.has(keyOf(w))).map((w) => ({ file: w.file, line: w.line, column: w.column, path: w.path, ...(w.value !== undefined && { value: w.value }) }));
    const suggested = textOf(c.suggested, c.printed);
    const delta = c.suggested.minus(c.printed.value);
    out.push(
      makeFinding(
        file,
        'balance/slip',
        c.segments,
        { where: place(c.segments, file.locator.locate(c.segments).line), value: c.printed.text, suggested, count: gone.length, difference: signed(delta, 1) },
        { value: c.printed.text, expected: suggested, difference: signed(delta.negated(), 1), unit: WAN, related: gone },
      ),
    );
  }
  return explainByNotes(file, out);
}

/** A note naming balance/slip at or above a slip's path explains it (it is shown as info). */
function explainByNotes(file: Loaded<Disclosure>, slips: Finding[]): Finding[] {
  const notes = file.data.notes ?? [];
  return slips.map((f) => {
    const i = notes.findIndex((n) => {
      if (n.rule !== 'balance/slip') return false;
      if (n.path === undefined) return true;
      const target = resolvePath(n.path, file.raw);
      return !!target && isUnder(f.segments ?? [], target.path);
    });
    if (i < 0) return f;
    return { ...f, severity: 'info' as const, explainedBy: { kind: 'note' as const, text: notes[i]!.text, line: file.locator.locate(['notes', i]).line, ...(notes[i]!.source !== undefined && { source: notes[i]!.source }) } };
  });
}

/**
 * A disclosure's findings with its slips added and its probable typos attached: what the engine
 * reports. `recheck` checks a corrected copy the way the findings were made.
 */
export function diagnose(file: Loaded<Disclosure>, findings: readonly Finding[], recheck: Recheck, budget: DiagnosisBudget = diagnosisBudget(), place?: Place): Finding[] {
  const slips = findSlips(file, findings, recheck, budget, place);
  // A note that explains a slip is used: drop the warning that said it explained nothing.
  const usedNotes = new Set(slips.filter((s) => s.explainedBy?.kind === 'note').map((s) => s.explainedBy!.line));
  const kept = usedNotes.size
    ? findings.filter((f) => !(f.rule === 'errata/note-unused' && f.segments?.[0] === 'notes' && usedNotes.has(file.locator.locate(['notes', f.segments[1]!]).line)))
    : findings;
  return diagnoseErrors(file, [...kept, ...slips], recheck, budget);
}
