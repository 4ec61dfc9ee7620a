// Searching a built index from Node, as the browser would. pagefind.js learns the language from
// <html lang>; in Node there is no document, so one is stubbed (otherwise Chinese queries are not
// segmented and under-match).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

export interface SearchHit {
  url: string;
  title: string;
}

export interface Searcher {
  search(query: string, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<SearchHit[]>;
}

export async function openIndex(dist: string, baseUrl: string): Promise<Searcher> {
  const g = globalThis as unknown as { document?: unknown };
  g.document ??= { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) };
  const pagefind = await import(pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href);
  await pagefind.options({ basePath: `${baseUrl}/pagefind/` });
  await pagefind.init();
  return {
    async search(query, options = {}) {
      const r = await pagefind.search(query, options);
      const data = await Promise.all(r.results.map((x: { data: () => Promise<{ url: string; meta: { title: string } }> }) => x.data()));
      return data.map((d) => ({ url: d.url, title: d.meta.title }));
    },
  };
}
