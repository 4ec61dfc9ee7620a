// One search over every bundle of the index (bundles.ts), for the search page and the query tests.
// The first bundle's pagefind.js is the primary; the others join it through Pagefind's mergeIndex,
// each tagged with its own `bundle` filter. A search by relevance is Pagefind's own merged search.
// A search sorted by amount is not: Pagefind scores a sorted result by its rank inside its own
// bundle, so its merged list interleaves the bundles' ranks. Each bundle is searched alone (its
// filter) and the sorted lists are merged here by the amounts, loading only the results shown.
import { BUNDLE_FILTER, bundlePath, type BundleList } from './bundles.ts';

export interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
}
interface PagefindResult<D> {
  data: () => Promise<D>;
}
type Filters = Record<string, string | Record<string, string[]>>;
export interface PagefindModule<D> {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: Record<string, unknown>): Promise<{ results: PagefindResult<D>[] } | null>;
}

export interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface MergedResults<D> {
  count: number;
  /** The first n results' data, in order. */
  first(n: number): Promise<D[]>;
}
export interface MergedIndex<D> {
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, options?: SearchOptions): Promise<MergedResults<D> | null>;
}

/**
 * Opens every bundle as one index. `load` imports a bundle's pagefind.js; `origin` is put before
 * bundle paths where they must be absolute (in Node); `options` are Pagefind options for each bundle.
 */
export async function openMergedIndex<D extends PagefindResultData>(
  load: (path: string) => Promise<PagefindModule<D>>,
  list: BundleList,
  options: Record<string, unknown> = {},
  origin = '',
): Promise<MergedIndex<D>> {
  const [first, ...rest] = list.bundles;
  if (!first) throw new Error('the search index has no bundle');
  const pagefind = await load(`${origin}${bundlePath(first.id)}pagefind.js`);
  // Options given before init() are its start-up options; a second call before it would replace them.
  await pagefind.options({ ...options, basePath: `${origin}${bundlePath(first.id)}`, baseUrl: `${origin}/` });
  await pagefind.init();
  await pagefind.options({ mergeFilter: { [BUNDLE_FILTER]: first.id } });
  for (const b of rest) await pagefind.mergeIndex(`${origin}${bundlePath(b.id)}`, { ...options, baseUrl: `${origin}/`, mergeFilter: { [BUNDLE_FILTER]: b.id } });
  const ids = list.bundles.map((b) => b.id);

  return {
    async filters() {
      const all = await pagefind.filters();
      delete all[BUNDLE_FILTER];
      return all;
    },
    async search(q, { filters = {}, sort } = {}) {
      if (!sort || !Object.keys(sort).length || ids.length === 1) {
        const r = await pagefind.search(q, { filters, ...(sort && { sort }) });
        if (!r) return null;
        return { count: r.results.length, first: (n) => Promise.all(r.results.slice(0, n).map((x) => x.data())) };
      }
      const lists = await Promise.all(ids.map((id) => pagefind.search(q, { filters: { ...filters, [BUNDLE_FILTER]: id }, sort })));
      if (lists.some((l) => !l)) return null;
      const [key, direction] = Object.entries(sort)[0]!;
      const results = lists.map((l) => l!.results);
      return { count: results.reduce((n, l) => n + l.length, 0), first: (n) => mergeSorted(results, n, (d) => d.meta[key] ?? '', direction) };
    },
  };
}

/** Results loaded a few at a time ahead of the merge: fewer round trips than one by one. */
const LOAD_AHEAD = 8;

/**
 * The first n of several lists each sorted by a decimal amount, merged by that amount; loads
 * each result's data only when the merge reaches it. Equal amounts keep the lists' order.
 */
export async function mergeSorted<D>(lists: readonly PagefindResult<D>[][], n: number, amountOf: (d: D) => string, direction: 'asc' | 'desc'): Promise<D[]> {
  const loaded: D[][] = lists.map(() => []);
  const next = lists.map(() => 0);
  const ensure = async (i: number) => {
    const have = loaded[i]!.length;
    if (next[i]! < have || have >= lists[i]!.length) return;
    const batch = await Promise.all(lists[i]!.slice(have, have + LOAD_AHEAD).map((r) => r.data()));
    loaded[i]!.push(...batch);
  };
  await Promise.all(lists.map((_, i) => ensure(i)));
  const out: D[] = [];
  const sign = direction === 'asc' ? 1 : -1;
  while (out.length < n) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      if (next[i]! >= lists[i]!.length) continue;
      if (best < 0 || sign * compareDecimalText(amountOf(loaded[i]![next[i]!]!), amountOf(loaded[best]![next[best]!]!)) < 0) best = i;
    }
    if (best < 0) break;
    out.push(loaded[best]![next[best]!]!);
    next[best]!++;
    await ensure(best);
  }
  return out;
}

/**
 * Compares two amounts as printed ("1,138.19", "-3.5", "") exactly, without making them floats.
 * An empty or unreadable amount sorts after every number.
 */
export function compareDecimalText(a: string, b: string): number {
  const pa = parseDecimal(a);
  const pb = parseDecimal(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  if (pa.negative !== pb.negative) return pa.negative ? -1 : 1;
  const magnitude = compareMagnitude(pa, pb);
  return pa.negative ? -magnitude : magnitude;
}

function parseDecimal(text: string): { negative: boolean; whole: string; fraction: string } | null {
  const m = /^\s*([-−]?)([\d,]*\d)(?:\.(\d+))?\s*$/.exec(text);
  if (!m) return null;
  const whole = m[2]!.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  const zero = whole === '0' && !fraction;
  return { negative: !!m[1] && !zero, whole, fraction };
}

function compareMagnitude(a: { whole: string; fraction: string }, b: { whole: string; fraction: string }): number {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, '0');
  const fb = b.fraction.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}
