// What a finished site holds for search, read from its files: the pages that ask to be indexed,
// and how many pages a written bundle says it holds. The indexer plans its bundles from the first;
// the build checks the second against the first (src/integration/search.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { bundlePath } from './bundles.ts';

/** Site-relative paths (with /) of the HTML pages marked data-pagefind-body. */
export function pagesAskingToBeIndexed(site: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(site, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    if (readFileSync(file, 'utf8').includes('data-pagefind-body')) out.push(relative(site, file).split(sep).join('/'));
  }
  return out;
}

/** The pages a written bundle holds, by its pagefind-entry.json; throws if the file is missing. */
export function bundlePageCount(site: string, id: string): number {
  const entry = JSON.parse(readFileSync(join(site, bundlePath(id), 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
}
