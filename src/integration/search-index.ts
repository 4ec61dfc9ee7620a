// Builds the Pagefind index of a finished site, in a process of its own: `node search-index.ts <site>`.
// The pages that ask to be indexed (data-pagefind-body) are split into bundles of at most
// GONGKAI_SEARCH_BUNDLE_PAGES pages (src/lib/search/bundles.ts); each is indexed and written by a
// Pagefind service of its own, closed before the next starts, so memory is bounded by one bundle.
// Pagefind's Node API drives a child binary and never settles its promises if that binary dies (an
// out-of-memory kill, say); in this process the event loop then simply empties. So the exit code is
// 1 from the start and only written, verified bundles set it to 0: a dead indexer cannot pass as a
// finished one. The last line on stdout is the result as JSON.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { BUNDLES_FILE, bundlePagesSetting, bundlePath, planBundles, type Bundle } from '../lib/search/bundles.ts';
import { bundlePageCount, pagesAskingToBeIndexed } from '../lib/search/site-files.ts';

process.exitCode = 1;
const site = process.argv[2];
if (!site) throw new Error('usage: node search-index.ts <site folder>');
const max = bundlePagesSetting(process.env.GONGKAI_SEARCH_BUNDLE_PAGES);

const pages = pagesAskingToBeIndexed(site);
if (!pages.length) throw new Error('no page asks to be indexed (data-pagefind-body)');
const bundles: Bundle[] = [];
for (const plan of planBundles(pages, max)) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let indexed = 0;
  for (const sourcePath of plan.pages) {
    const added = await index.addHTMLFile({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') });
    if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
    indexed++;
  }
  const out = join(site, bundlePath(plan.id));
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  // A new service for the next bundle: the memory of this one goes with its process.
  await pagefind.close();
  for (const file of ['pagefind.js', 'pagefind-entry.json']) {
    if (!existsSync(join(out, file))) throw new Error(`Pagefind reported success but wrote no ${file} for bundle ${plan.id}`);
  }
  const counted = bundlePageCount(site, plan.id);
  if (counted !== indexed) throw new Error(`bundle ${plan.id}: Pagefind indexed ${counted} of its ${indexed} pages`);
  bundles.push({ id: plan.id, pages: indexed });
}
writeFileSync(join(site, BUNDLES_FILE), `${JSON.stringify({ bundles }, null, 1)}\n`);
process.stdout.write(`${JSON.stringify({ pages: pages.length, bundles: bundles.length })}\n`);
process.exitCode = 0;
