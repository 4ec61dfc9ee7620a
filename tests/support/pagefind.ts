// Searching a built index from Node, as the browser would. pagefind.js learns the language from
// <html lang>; in Node there is no document, so one is stubbed (otherwise Chinese queries are not
// segmented and under-match). Each hit says where it lands and its excerpt, by the same code as the
// search page (src/lib/search/landing.ts).
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLES_FILE, parseBundleList } from '../../src/lib/search/bundles.ts';
import { openMergedIndex, type PagefindModule } from '../../src/lib/search/merged.ts';
import { EXCERPT_WORDS, excerptOf, landings, type Landing, type PagefindAnchor, type PagefindWord } from '../../src/lib/search/landing.ts';
import { t } from '../../src/lib/i18n.ts';

export interface SearchHit {
  url: string;
  title: string;
  meta: Record<string, string>;
  /** The part of the page the result links to (its id, none for the top) and the part's heading. */
  landing?: Pick<Landing, 'id' | 'title'>;
  /** The excerpt the page shows, as text (marks removed, entities decoded). */
  excerpt: string;
}

export interface Searcher {
  search(query: string, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<SearchHit[]>;
}

interface Fragment {
  url: string;
  raw_content: string;
  word_count: number;
  anchors: PagefindAnchor[];
  weighted_locations: PagefindWord[];
  meta: Record<string, string>;
}

/** An excerpt as a reader sees it: no marks, entities decoded. */
export function excerptText(html: string): string {
  return html
    .replace(/<\/?mark>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

/** Every bundle of the index, opened as the search page opens them (src/lib/search/merged.ts). */
export async function openIndex(dist: string, baseUrl: string): Promise<Searcher> {
  const g = globalThis as unknown as { document?: unknown };
  g.document ??= { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) };
  const list = parseBundleList(readFileSync(join(dist, BUNDLES_FILE), 'utf8'));
  // The primary bundle's script from disk; every bundle's index files from the served site.
  const load = (url: string) => import(pathToFileURL(join(dist, new URL(url).pathname)).href) as Promise<PagefindModule<Fragment>>;
  const index = await openMergedIndex(load, list, {}, baseUrl);
  return {
    async search(query, options = {}) {
      const r = await index.search(query, options);
      const data = r ? await r.first(r.count) : [];
      return data.map((d) => {
        const best = landings(d.anchors, d.weighted_locations, d.word_count)[0];
        return {
          url: d.url,
          title: d.meta.title!,
          meta: d.meta,
          landing: best && { id: best.id, title: best.title },
          excerpt: best ? excerptText(excerptOf(d.raw_content, best, EXCERPT_WORDS, t('searchSentenceBreak', 'zh'))) : '',
        };
      });
    },
  };
}
