// npm run build [-- <astro build options, e.g. --outDir dir --shard i/n>]
// Astro validates and renders the site in a process of its own; once that has ended, and its
// memory with it, the search index is built and verified (src/integration/search.ts). Indexing
// inside Astro's process held Astro's whole heap beside Pagefind's (docs/scale.md).
// Exit codes: Astro's when it fails, 1 when the search index is not built, 0 when both are done.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_AFTER_ASTRO, indexSite } from '../src/integration/search.ts';
import { shardOf } from '../src/lib/shard.ts';
import { heapLimitArgs } from '../src/lib/cli/heap.ts';

const args = process.argv.slice(2);
/** Astro's output folder: --outDir dir or --outDir=dir, else its default, dist/. */
function outDirOf(argv: readonly string[]): string {
  const at = argv.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
  if (at < 0) return 'dist';
  return argv[at]!.includes('=') ? argv[at]!.slice('--outDir='.length) : (argv[at + 1] ?? 'dist');
}

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// Astro holds the loaded portal for the whole build: its heap limit is most of the machine's memory.
const built = spawnSync(process.execPath, [...heapLimitArgs(process.env.NODE_OPTIONS), astro, 'build', ...args], { stdio: 'inherit', env: { ...process.env, [INDEX_AFTER_ASTRO]: '1' } });
if (built.status !== 0) {
  if (built.signal) console.error(`astro build ended by ${built.signal}`);
  process.exit(built.status ?? 1);
}
const time = () => new Date().toTimeString().slice(0, 8);
try {
  // Astro has checked the shard already: it is well formed here.
  console.log(`${time()} [gongkai:search] ${await indexSite(resolve(outDirOf(args)), shardOf(args, process.env))}`);
} catch (e) {
  console.error(`${time()} [ERROR] [gongkai:search] ${(e as Error).message}`);
  process.exitCode = 1;
}
