// Builds the Pagefind index of a finished site, in a process of its own: `node search-index.ts <site>`.
// Pagefind's Node API drives a child binary and never settles its promises if that binary dies (an
// out-of-memory kill, say); in this process the event loop then simply empties. So the exit code is
// 1 from the start and only a written, verified index sets it to 0: a dead indexer cannot pass as
// a finished one. The last line on stdout is the result as JSON.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

process.exitCode = 1;
const site = process.argv[2];
if (!site) throw new Error('usage: node search-index.ts <site folder>');

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();
for (const file of ['pagefind.js', 'pagefind-entry.json']) {
  if (!existsSync(join(site, 'pagefind', file))) throw new Error(`Pagefind reported success but wrote no ${file}`);
}
process.stdout.write(`${JSON.stringify({ pages: added.page_count })}\n`);
process.exitCode = 0;
