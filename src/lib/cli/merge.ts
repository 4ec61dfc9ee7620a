// npm run merge -- --out <site> <shard>…: the outputs of a sharded build (src/lib/shard.ts) as
// one site. Each shard's pages are its own regions' plus the portal-wide pages every shard renders
// from the whole portal; a file two shards both have must be byte for byte the same (else the
// shards were built from different code or data, and the merge stops). The search bundles'
// lists are joined into one. The site is assembled beside `--out` and moved there when whole.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { BUNDLES_FILE, joinBundleLists, parseBundleList, type BundleList } from '../search/bundles.ts';
import { SHARD_FILE, parseShard, type Shard } from '../shard.ts';

export interface MergeResult {
  exitCode: 0 | 1 | 2;
  output: string;
}

const USAGE = 'usage: npm run merge -- --out <site folder> <shard output> <shard output> …';

interface ShardOutput {
  dir: string;
  shard: Shard;
  bundles: BundleList;
}

function readShard(dir: string): ShardOutput | string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return `${dir}: no such folder`;
  const note = join(dir, SHARD_FILE);
  if (!existsSync(note)) return `${dir}: not the output of a sharded build (no ${SHARD_FILE}; build it with npm run build -- --shard i/n)`;
  let shard: Shard;
  try {
    const value = JSON.parse(readFileSync(note, 'utf8')) as Shard;
    shard = parseShard(`${value.index}/${value.count}`);
  } catch (e) {
    return `${dir}: ${SHARD_FILE} is unreadable (${(e as Error).message})`;
  }
  try {
    return { dir, shard, bundles: parseBundleList(readFileSync(join(dir, BUNDLES_FILE), 'utf8')) };
  } catch (e) {
    return `${dir}: its search index is missing or unreadable (${BUNDLES_FILE}: ${(e as Error).message})`;
  }
}

/** Every file under dir, as paths relative to it with forward slashes, in name order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

function sameBytes(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}

export function runMerge(args: readonly string[]): MergeResult {
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  const dirs = args.filter((_, i) => i !== at && i !== at + 1);
  if (!out || out.startsWith('--') || !dirs.length || dirs.some((d) => d.startsWith('--'))) return { exitCode: 2, output: USAGE };
  if (existsSync(out) && (!statSync(out).isDirectory() || readdirSync(out).length)) return { exitCode: 1, output: `${out} already exists and is not an empty folder: the merged site needs a new one` };

  const shards: ShardOutput[] = [];
  for (const dir of dirs) {
    const read = readShard(dir);
    if (typeof read === 'string') return { exitCode: 1, output: read };
    shards.push(read);
  }
  const count = shards[0]!.shard.count;
  const other = shards.find((s) => s.shard.count !== count);
  if (other) return { exitCode: 1, output: `${other.dir} is shard ${other.shard.index}/${other.shard.count}, but ${shards[0]!.dir} is one of ${count}: all shards must come from one --shard i/${count} run` };
  for (let i = 1; i <= count; i++) {
    const found = shards.filter((s) => s.shard.index === i);
    if (found.length !== 1) return { exitCode: 1, output: found.length ? `shard ${i}/${count} is given twice: ${found.map((s) => s.dir).join(', ')}` : `shard ${i}/${count} is missing: give all ${count} shard outputs` };
  }
  shards.sort((a, b) => a.shard.index - b.shard.index);
  let bundles: BundleList;
  try {
    bundles = joinBundleLists(shards.map((s) => s.bundles));
  } catch (e) {
    return { exitCode: 1, output: (e as Error).message };
  }

  const target = resolve(out);
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  const from = new Map<string, string>();
  let shared = 0;
  try {
    for (const s of shards) {
      for (const file of filesUnder(s.dir)) {
        if (file === SHARD_FILE || file === BUNDLES_FILE) continue;
        const source = join(s.dir, file);
        const first = from.get(file);
        if (first) {
          if (!sameBytes(join(first, file), source)) {
            rmSync(partial, { recursive: true, force: true });
            return { exitCode: 1, output: `${file} differs between ${first} and ${s.dir}: shards must be built from the same code and data` };
          }
          shared++;
          continue;
        }
        from.set(file, s.dir);
        mkdirSync(dirname(join(partial, file)), { recursive: true });
        copyFileSync(source, join(partial, file));
      }
    }
    writeFileSync(join(partial, BUNDLES_FILE), `${JSON.stringify(bundles, null, 1)}\n`);
    if (existsSync(target)) rmSync(target, { recursive: true });
    renameSync(partial, target);
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw e;
  }
  return {
    exitCode: 0,
    output: `merged ${count} shards into ${out}: ${from.size + 1} files (${shared} rendered by more than one shard, all identical), ${bundles.bundles.length} search bundles`,
  };
}
