// The search index in bounded pieces. Pagefind holds a whole index in memory while it builds it
// (about 250 KB per page), so a portal is indexed as several bundles of at most N pages each,
// written one after another, and merged in the browser with Pagefind's multisite mergeIndex.
// A bundle holds whole pages in path order (region, department, year), so it is a region or a
// run of them, and a large region is split. Bundle ids name the region the bundle starts in
// (linfen-1, linfen-2, …): ids from builds of different regions (shards) never collide.

/** Where the list of bundles is written in the site, and read by the search page. */
export const BUNDLES_FILE = 'pagefind/bundles.json';
/** Pages per bundle unless GONGKAI_SEARCH_BUNDLE_PAGES says otherwise: about 1 GB of Pagefind's memory. */
export const DEFAULT_BUNDLE_PAGES = 4000;
/** A filter each bundle adds to its own pages (Pagefind's mergeFilter), to search one bundle alone. */
export const BUNDLE_FILTER = 'bundle';

export interface Bundle {
  id: string;
  /** Pages indexed in it. */
  pages: number;
}

export interface BundleList {
  bundles: Bundle[];
}

/** The folder of a bundle in the site: /pagefind/<id>/. */
export function bundlePath(id: string): string {
  return `/pagefind/${id}/`;
}

/** The region a page belongs to: its first path segment after a language prefix. */
export function regionOfPage(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return (parts[0] === 'zh' || parts[0] === 'en' ? parts[1] : parts[0]) ?? '';
}

/** The pages per bundle: a positive whole number from the environment, else the default. */
export function bundlePagesSetting(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_BUNDLE_PAGES;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`GONGKAI_SEARCH_BUNDLE_PAGES must be a whole number of pages above 0, not "${value}"`);
  return Number(value);
}

/**
 * Splits the pages to index (site-relative paths) into bundles of at most `max` pages, in path
 * order. Deterministic: the same pages give the same bundles.
 */
export function planBundles(pages: readonly string[], max: number): { id: string; pages: string[] }[] {
  const sorted = [...pages].sort();
  const out: { id: string; pages: string[] }[] = [];
  const perRegion = new Map<string, number>();
  for (const page of sorted) {
    const last = out[out.length - 1];
    if (last && last.pages.length < max) {
      last.pages.push(page);
      continue;
    }
    const region = regionOfPage(page) || 'site';
    const n = (perRegion.get(region) ?? 0) + 1;
    perRegion.set(region, n);
    out.push({ id: `${region}-${n}`, pages: [page] });
  }
  return out;
}

/** Joins the bundle lists of several builds (shards) into one, in the order given; ids must not repeat. */
export function joinBundleLists(lists: readonly BundleList[]): BundleList {
  const bundles = lists.flatMap((l) => l.bundles);
  const seen = new Set<string>();
  for (const b of bundles) {
    if (seen.has(b.id)) throw new Error(`the search bundle "${b.id}" is in two shards: were the shards built with the same --shard count?`);
    seen.add(b.id);
  }
  return { bundles };
}

/** Reads a bundle list, or says what is wrong with it. */
export function parseBundleList(text: string): BundleList {
  const value = JSON.parse(text) as unknown;
  const bundles = (value as BundleList | null)?.bundles;
  if (!Array.isArray(bundles) || !bundles.length || !bundles.every((b) => typeof b?.id === 'string' && /^[a-z0-9-]+$/.test(b.id) && Number.isInteger(b.pages))) {
    throw new Error(`${BUNDLES_FILE} does not list any search bundle`);
  }
  return { bundles };
}
