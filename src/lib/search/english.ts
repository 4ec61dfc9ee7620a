// Matching an English query against the English of the glossary's terms, in the browser: which
// Chinese terms to offer for "vehicle" or "travel abroad". No dictionary of its own.

export interface Suggestion {
  en: string;
  zh: string;
  /** One of the common search words, offered before the other terms. */
  common?: boolean;
}

/** Words that say nothing on their own. */
const SMALL = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'by', 'from', 'with', 'at', 'or']);

/** The words of an English text: lower case, letters and digits only, a plural's final s dropped, small words left out. */
export function englishWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !SMALL.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Whether a text has English words to match (Latin letters). */
export function hasEnglish(text: string): boolean {
  return /[a-z]{2,}/i.test(text);
}

/**
 * The suggestions for an English query: the terms whose English holds every word of the query (a
 * word of four letters or more also as the start of a longer one: "vehic", "hospital"), the common
 * search words first, then the shortest English, at most `max`.
 */
export function suggestFor(query: string, list: readonly Suggestion[], max = 6): Suggestion[] {
  const wanted = englishWords(query);
  if (wanted.length === 0) return [];
  const matches = list.filter((s) => {
    const words = englishWords(s.en);
    return wanted.every((w) => words.some((x) => x === w || (w.length >= 4 && x.startsWith(w))));
  });
  return matches
    .map((s, i) => ({ s, i }))
    .sort((a, b) => Number(!!b.s.common) - Number(!!a.s.common) || englishWords(a.s.en).length - englishWords(b.s.en).length || a.i - b.i)
    .slice(0, max)
    .map(({ s }) => s);
}
