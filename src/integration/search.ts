// Builds the Pagefind index over the finished site (Chinese-aware): after Astro under npm run build
// (scripts/build.ts), or as an Astro integration under a bare `astro build`. Only elements
// marked data-pagefind-body are indexed: disclosures and projects, without navigation. The index is
// built in a process of its own (search-index.ts); a build whose indexer dies, fails or writes
// nothing stops with a message, never ships a site without search.
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildStopped } from './stop.ts';
import { BUNDLES_FILE, parseBundleList } from '../lib/search/bundles.ts';
import { bundlePageCount, pagesAskingToBeIndexed } from '../lib/search/site-files.ts';
import { SHARD_FILE, shardOf, type Shard } from '../lib/shard.ts';

interface IndexRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runIndexer(script: string, site: string): Promise<IndexRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, site], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Pages the written bundles hold, by their list and each bundle's own entry file; 0 if either is missing. */
function indexedPages(site: string): number {
  try {
    return parseBundleList(readFileSync(join(site, BUNDLES_FILE), 'utf8')).bundles.reduce((n, b) => n + bundlePageCount(site, b.id), 0);
  } catch {
    return 0;
  }
}

/** Set by `npm run build` (scripts/build.ts): it builds the index itself once Astro has exited. */
export const INDEX_AFTER_ASTRO = 'GONGKAI_INDEX_AFTER_ASTRO';

/**
 * Builds and verifies the search index of a finished site, and for a shard leaves its note for
 * `npm run merge`. Returns the line to log; throws an error that stops the build.
 */
export async function indexSite(site: string, shard: Shard | null): Promise<string> {
  const started = performance.now();
  const run = await runIndexer(fileURLToPath(new URL('./search-index.ts', import.meta.url)), site);
  // What the indexer said last, without stack frames: they point into Pagefind, not at the cause.
  const said = run.stderr.split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)).slice(-3).join('\n');
  const detail = [run.signal ? `signal ${run.signal}` : `exit code ${run.code}`, said].filter(Boolean).join('；');
  if (run.code !== 0) {
    throw buildStopped(`搜索索引没有建成，构建已停止 / the search index was not built, build stopped\n\nPagefind 的索引进程异常结束（${detail}）。站点没有可用的搜索，因此不发布。若是内存不足被终止，见 BENCHMARKS.md。`);
  }
  const expected = pagesAskingToBeIndexed(site).length;
  const indexed = indexedPages(site);
  if (indexed < expected) {
    throw buildStopped(`搜索索引不完整，构建已停止 / the search index is incomplete, build stopped\n\nPagefind 只收录了 ${indexed} 个页面，应收录 ${expected} 个（${BUNDLES_FILE}）。`);
  }
  const bundles = parseBundleList(readFileSync(join(site, BUNDLES_FILE), 'utf8')).bundles.length;
  if (shard) writeFileSync(join(site, SHARD_FILE), `${JSON.stringify(shard)}\n`);
  // npm run bench reads this line for the time of the indexing phase.
  return `search index: ${indexed} pages, ${bundles} bundle${bundles === 1 ? '' : 's'}, in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

export function gongkaiSearch(): AstroIntegration {
  return {
    name: 'gongkai:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Under npm run build the index is built after Astro's process has ended, so Astro's
        // memory is free by then; a bare `astro build` builds it here.
        if (process.env[INDEX_AFTER_ASTRO] === '1') return;
        logger.info(await indexSite(fileURLToPath(dir), shardOf([], process.env)));
      },
    },
  };
}
