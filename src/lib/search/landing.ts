// Where a search hit lands on its page, and the excerpt shown for it. Pagefind gives each result
// its page's anchors (elements with an id, in reading order) and the places of the matched words.
// Its own sub-results split a page on headings with ids only, so a hit in a table would land on
// the heading above all the tables; here a hit belongs to the nearest section or heading with an
// id before it: a figure's table (section#table-three_public), a narrative part (h3#n-basic).
// Runs in the browser (src/scripts/search.ts) and in the query tests, on the same data.

/** An element with an id, as Pagefind reports it: its tag, its id, its own text, its place. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** A matched word's place in the page's content and its score. */
export interface PagefindWord {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A part of a page that holds hits. */
export interface Landing {
  /** The id to link to; none: the top of the page. */
  id?: string;
  /** Its heading: a heading's own text, or for a section the text of its `<id>-title` element. */
  title?: string;
  /** Its first word and the first word after it, in the page's content. */
  start: number;
  end: number;
  /** The places of the hits in it, in order. */
  words: number[];
  score: number;
}

/** About how many words an excerpt has (Chinese words are one or two characters). */
export const EXCERPT_WORDS = 40;

const TARGET = /^(h[1-6]|section)$/i;
const isSection = (a: PagefindAnchor) => a.element.toLowerCase() === 'section';

/** The longest run of hits on consecutive words: how much of the query stands together. */
function longestRun(words: readonly number[]): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < words.length; i++) {
    run = i > 0 && words[i] === words[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/**
 * The parts of a page that hold hits, the best first: the part where most of the query stands
 * together (公务接待费 whole, not 公务 here and 费 there), then the part where the hits are densest
 * (score over the square root of its length: the 三公 table's row before the long economic table
 * that names 费 in every line), then the earliest. `length` is the page's number of words.
 */
export function landings(anchors: readonly PagefindAnchor[], words: readonly PagefindWord[], length = Infinity): Landing[] {
  const targets: PagefindAnchor[] = [];
  for (const a of [...anchors].sort((x, y) => x.location - y.location)) {
    if (!TARGET.test(a.element) || (!isSection(a) && !a.text?.trim())) continue;
    // A section and the heading it opens start at the same word: the section is the target.
    if (targets.at(-1)?.location === a.location) continue;
    targets.push(a);
  }
  const titleOf = (a: PagefindAnchor) => (isSection(a) ? anchors.find((x) => x.id === `${a.id}-title`)?.text : a.text)?.trim() || undefined;
  const parts: Landing[] = [
    { start: 0, end: targets[0]?.location ?? Infinity, words: [], score: 0 },
    ...targets.map((a, i) => ({ id: a.id, title: titleOf(a), start: a.location, end: targets[i + 1]?.location ?? Infinity, words: [], score: 0 })),
  ];
  for (const w of [...words].sort((x, y) => x.location - y.location)) {
    const part = parts.findLast((p) => p.start <= w.location) ?? parts[0]!;
    if (part.words.at(-1) !== w.location) part.words.push(w.location);
    part.score += w.balanced_score;
  }
  const held = parts.filter((p) => p.words.length > 0);
  const run = new Map(held.map((p) => [p, longestRun(p.words)]));
  const density = new Map(held.map((p) => [p, p.score / Math.sqrt(Math.max(1, Math.min(p.end, length, Math.max(...p.words) + 1) - p.start))]));
  return held.sort((a, b) => run.get(b)! - run.get(a)! || density.get(b)! - density.get(a)! || a.start - b.start);
}

/** The separator Pagefind puts between blocks of text (". "), and the ends of sentences. */
const BLOCK_BREAK = /^\.\s*$/;
const SENTENCE_END = /[.。；！？]\s*$/;

/**
 * The excerpt of a part: about `length` words from the start of the sentence where most of the
 * query stands together, within the part, hits in <mark>. `raw` is the page's content
 * as Pagefind gives it (escaped text, words split by zero-width spaces for Chinese); the block
 * breaks Pagefind inserted read as `sentenceBreak`.
 */
export function excerptOf(raw: string, part: Landing, length: number, sentenceBreak = '. '): string {
  const zws = raw.includes('\u200B');
  const words = zws ? raw.split('\u200B') : raw.split(/\s+/);
  const from = part.start;
  const to = Math.min(part.end, words.length);
  const hits = part.words.filter((w) => w >= from && w < to);
  if (hits.length === 0) return '';
  // The first place where most of the query stands together.
  let first = hits[0]!;
  let longest = 0;
  for (let i = 0, run = 0; i < hits.length; i++) {
    run = i > 0 && hits[i] === hits[i - 1]! + 1 ? run + 1 : 1;
    if (run > longest) [first, longest] = [hits[i - run + 1]!, run];
  }
  // Back to the start of that hit's sentence, at most half the length.
  let start = Math.max(from, first - Math.floor(length / 2));
  for (let i = first - 1; i >= start; i--) {
    if (SENTENCE_END.test(words[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  // Up to the end of the last whole sentence, if that leaves at least half the length.
  let end = Math.min(to, start + length);
  for (let i = end - 1; i - start >= length / 2; i--) {
    if (BLOCK_BREAK.test(words[i] ?? '') || SENTENCE_END.test(words[i] ?? '')) {
      end = i + 1;
      break;
    }
  }
  const marked = new Set(hits);
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const word = words[i] ?? '';
    if (BLOCK_BREAK.test(word)) out.push(sentenceBreak);
    else out.push(marked.has(i) ? `<mark>${word}</mark>` : word);
  }
  while (out.length && out.at(-1) === sentenceBreak) out.pop();
  return out.join(zws ? '' : ' ').trim();
}
