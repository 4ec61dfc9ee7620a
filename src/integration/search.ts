// Astro integration: builds the Pagefind index over the finished site (Chinese-aware). Only elements
// marked data-pagefind-body are indexed: disclosures and projects, without navigation. The index is
// built in a process of its own (search-index.ts); a build whose indexer dies, fails or writes
// nothing stops with a message, never ships a site without search.
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildStopped } from './stop.ts';

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

/** Pages that ask to be indexed (data-pagefind-body): the index must hold at least these. */
function pagesToIndex(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    if (readFileSync(join(entry.parentPath, entry.name), 'utf8').includes('data-pagefind-body')) count++;
  }
  return count;
}

export function gongkaiSearch(): AstroIntegration {
  let root = '';
  return {
    name: 'gongkai:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const run = await runIndexer(join(root, 'src', 'integration', 'search-index.ts'), site);
        // What the indexer said last, without stack frames: they point into Pagefind, not at the cause.
        const said = run.stderr.split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)).slice(-3).join('\n');
        const detail = [run.signal ? `signal ${run.signal}` : `exit code ${run.code}`, said].filter(Boolean).join('；');
        if (run.code !== 0) {
          throw buildStopped(`搜索索引没有建成，构建已停止 / the search index was not built, build stopped\n\nPagefind 的索引进程异常结束（${detail}）。站点没有可用的搜索，因此不发布。若是内存不足被终止，见 BENCHMARKS.md。`);
        }
        const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { pages?: number };
        const expected = pagesToIndex(site);
        if (!result.pages || result.pages < expected) {
          throw buildStopped(`搜索索引不完整，构建已停止 / the search index is incomplete, build stopped\n\nPagefind 只收录了 ${result.pages ?? 0} 个页面，应收录 ${expected} 个。`);
        }
        // npm run bench reads this line for the time of the indexing phase.
        logger.info(`search index: ${result.pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
