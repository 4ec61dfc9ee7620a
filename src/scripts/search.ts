// The search page: Pagefind's JavaScript API, a plain form, results as links. Each result links to
// the part of its page its hits are in (landing.ts) and shows where it is from, region ·
// department · year, apart. Excerpts are rebuilt as text and <mark> only, so nothing from the index
// is inserted as markup. On the English page, English words get the Chinese terms to search for.
import { EXCERPT_WORDS, excerptOf, landings, type Landing, type PagefindAnchor, type PagefindWord } from '../lib/search/landing.ts';
import { hasEnglish, suggestFor, type Suggestion } from '../lib/search/english.ts';
import { BUNDLES_FILE, parseBundleList } from '../lib/search/bundles.ts';
import { openMergedIndex, type PagefindModule, type PagefindResultData } from '../lib/search/merged.ts';

interface PagefindResult extends PagefindResultData {
  raw_content?: string;
  word_count: number;
  anchors: PagefindAnchor[];
  weighted_locations: PagefindWord[];
}

const SHOWN = 50;
const SEP = ' · ';

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const suggestions = document.querySelector<HTMLElement>('[data-search-suggestions]');
const zh = form?.dataset.lang !== 'en';
/** Text from the index is Chinese: on the English page it says so. */
const dataLang = zh ? '' : 'zh-CN';
const words = form?.dataset ?? {};
const terms: Suggestion[] = words.terms ? (JSON.parse(words.terms) as Suggestion[]) : [];

/** A string of the page's language with its {placeholders} filled; `data` values are Chinese text. */
function phrase(template: string, params: Record<string, string>, data: readonly string[] = []): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of template.split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (!name || !(name in params)) {
      out.append(part);
      continue;
    }
    if (data.includes(name) && dataLang) out.append(span(params[name]!, dataLang));
    else out.append(params[name]!);
  }
  return out;
}

function span(text: string, lang = ''): HTMLSpanElement {
  const s = document.createElement('span');
  s.textContent = text;
  if (lang) s.lang = lang;
  return s;
}

function safeExcerpt(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(node.textContent ?? '');
  }
  return out;
}

/** Where a result is from, each part apart: 临汾市 · 行政审批服务管理局 · 2020年 · 1,138.19 万元. */
function whereFrom(meta: Record<string, string>): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'result-meta';
  const parts: Node[] = [];
  if (meta.region) parts.push(span(meta.region, dataLang));
  if (meta.department) parts.push(span(meta.department, dataLang));
  if (meta.year) parts.push(phrase(words.year ?? '{year}', { year: meta.year }));
  if (meta.amount) parts.push(document.createTextNode(`${meta.amount} ${words.unit ?? ''}`));
  parts.forEach((part, i) => p.append(...(i ? [SEP, part] : [part])));
  return p;
}

const linkTo = (url: string, part: Landing) => (part.id ? `${url.split('#')[0]}#${part.id}` : url);

function resultItem(r: PagefindResult): HTMLLIElement {
  const parts = landings(r.anchors ?? [], r.weighted_locations ?? [], r.word_count);
  const best = parts[0];
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = best ? linkTo(r.url, best) : r.url;
  a.textContent = r.meta.title ?? r.url;
  a.dataset.resultLink = '';
  if (dataLang) a.lang = dataLang;
  li.append(a, whereFrom(r.meta));
  if (best?.title) {
    const section = document.createElement('p');
    section.className = 'result-section';
    section.textContent = best.title;
    if (dataLang) section.lang = dataLang;
    li.append(section);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  if (best && r.raw_content) excerpt.append(safeExcerpt(excerptOf(r.raw_content, best, EXCERPT_WORDS, words.sentenceBreak)));
  if (dataLang) excerpt.lang = dataLang;
  li.append(excerpt);
  // Other parts of the same page with hits, by their headings.
  const more = parts.slice(1).filter((p) => p.id && p.title).slice(0, 2);
  if (more.length) {
    const p = document.createElement('p');
    p.className = 'result-more';
    p.append(words.also ?? '');
    more.forEach((part, i) => {
      const link = document.createElement('a');
      link.href = linkTo(r.url, part);
      link.textContent = part.title!;
      if (dataLang) link.lang = dataLang;
      p.append(...(i ? [SEP, link] : [link]));
    });
    li.append(p);
  }
  return li;
}

function suggestionButton(s: Suggestion): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset.suggest = s.zh;
  b.append(phrase(words.suggestion ?? '{en} {zh}', { en: s.en, zh: s.zh }, ['zh']));
  return b;
}

/** On the English page, for a query in English: the Chinese terms to search for instead. */
function showSuggestions(q: string): void {
  if (!suggestions) return;
  suggestions.replaceChildren();
  if (zh || !hasEnglish(q)) return;
  const found = suggestFor(q, terms);
  const p = document.createElement('p');
  p.append(phrase((found.length ? words.termsFor : words.noTermFor) ?? '', { query: q }));
  suggestions.append(p);
  if (!found.length) return;
  const ul = document.createElement('ul');
  ul.className = 'suggestions';
  for (const s of found) {
    const li = document.createElement('li');
    li.append(suggestionButton(s));
    ul.append(li);
  }
  suggestions.append(ul);
}

async function main(): Promise<void> {
  if (!form || !status || !list) return;
  // The index is in bundles (src/lib/search/bundles.ts), searched as one.
  const response = await fetch(`/${BUNDLES_FILE}`);
  if (!response.ok) throw new Error(`/${BUNDLES_FILE}: ${response.status}`);
  const bundles = parseBundleList(await response.text());
  const load = (url: string) => import(/* @vite-ignore */ url) as Promise<PagefindModule<PagefindResult>>;
  const pagefind = await openMergedIndex(load, bundles, { excerptLength: EXCERPT_WORDS });
  const available = await pagefind.filters();
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    const values = Object.keys(available[select.dataset.filter!] ?? {}).sort();
    if (!values.length) select.closest('label')!.hidden = true;
    for (const v of values) select.append(new Option(v, v));
  }
  const params = new URLSearchParams(location.search);
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  input.value = params.get('q') ?? '';
  for (const [k, v] of params) {
    const field = form.elements.namedItem(k);
    if (field instanceof HTMLSelectElement) field.value = v;
  }

  // A newer search replaces an older one that is still running.
  let latest = 0;
  const run = async () => {
    const mine = ++latest;
    const data = new FormData(form);
    const q = String(data.get('q') ?? '').trim();
    const filters: Record<string, string> = {};
    for (const [k, v] of data) if (k.startsWith('filter-') && v) filters[k.slice(7)] = String(v);
    const sort = data.get('sort') ? { amount: String(data.get('sort')) as 'asc' | 'desc' } : undefined;
    const query = new URLSearchParams([...data].filter(([, v]) => v !== '') as [string, string][]);
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
    showSuggestions(q);
    if (!q && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.search(q || null, { filters, ...(sort && { sort }) });
    if (!search || mine !== latest) return;
    const results = await search.first(SHOWN);
    if (mine !== latest) return;
    const count = String(search.count);
    status.replaceChildren(phrase(words.count ?? '{count}', { count }), search.count > SHOWN ? phrase(words.firstShown ?? '', { shown: String(SHOWN) }) : '');
    list.replaceChildren(...results.map(resultItem));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  // A suggested Chinese term runs as the query.
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-suggest]');
    if (!button) return;
    input.value = button.dataset.suggest!;
    input.focus();
    void run();
  });
  if (input.value || [...params.keys()].some((k) => k.startsWith('filter-'))) await run();
  form.dataset.ready = 'true';
}

void main();

export {};
