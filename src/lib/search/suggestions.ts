// The English search page's suggestions: English words and the Chinese terms to search for, from
// the glossary (the common search words first, then every budget term). The index holds the
// Chinese pages only, so an English reader searches with these.
import { SEARCH_WORDS, TERM_GROUPS, type Term } from '../glossary.ts';
import type { Suggestion } from './english.ts';

/** Each Chinese term once, with the English of its first appearance: the common search words, then the glossary's terms. */
export function suggestionList(): Suggestion[] {
  const seen = new Set<string>();
  return [...commonSuggestions(), ...Object.values(TERM_GROUPS).flatMap((group) => (Object.values(group) as Term[]).map((term) => ({ en: term.en, zh: term.zh })))].filter((s) => {
    if (seen.has(s.zh)) return false;
    seen.add(s.zh);
    return true;
  });
}

/** The common search words, to offer before anything is typed. */
export function commonSuggestions(): Suggestion[] {
  return Object.values(SEARCH_WORDS).map((term) => ({ en: term.en, zh: term.zh, common: true }));
}
