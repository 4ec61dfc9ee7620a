// Sharded builds: `npm run build -- --shard i/n` (or GONGKAI_SHARD=i/n) renders the pages of
// the i-th of n slices of the regions, and its search bundles; `npm run merge` joins the shards.
// Regions are dealt out whole, in the portal's region order, as contiguous runs of about equal
// numbers of disclosures: the same portal and n always give the same slices. Every shard still
// loads and checks the whole portal, and renders the portal-wide pages (home, lists, compare
// pages, sitemap) from it; those come out byte-identical in every shard and the merge checks so.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The file a shard build leaves in its output for `npm run merge` (not part of the merged site). */
export const SHARD_FILE = '.gongkai-shard.json';

/** Reads "i/n", or says what a shard should look like. */
export function parseShard(text: string): Shard {
  const m = /^\s*([1-9]\d*)\s*\/\s*([1-9]\d*)\s*$/.exec(text);
  const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : null;
  if (!shard || shard.index > shard.count) {
    throw new Error(`a shard is written i/n, the i-th of n shards, with 1 ≤ i ≤ n (e.g. --shard 2/4), not "${text}"`);
  }
  return shard;
}

/** The shard this build is, from `--shard i/n` among the arguments or GONGKAI_SHARD; none builds all. */
export function shardOf(argv: readonly string[], env: Record<string, string | undefined>): Shard | null {
  const at = argv.findIndex((a) => a === '--shard' || a.startsWith('--shard='));
  const given = at < 0 ? env.GONGKAI_SHARD : argv[at]!.includes('=') ? argv[at]!.slice('--shard='.length) : argv[at + 1];
  if (given === undefined || given === '') {
    if (at >= 0) throw new Error('--shard needs a value i/n, e.g. --shard 1/2');
    return null;
  }
  return parseShard(given);
}

/**
 * Deals regions (in portal order, each weighed by its disclosures) to n shards as contiguous
 * runs: a region goes to the shard its weight's midpoint falls in. Returns region → shard (1-based).
 */
export function dealRegions(regions: readonly { slug: string; weight: number }[], count: number): Map<string, number> {
  const total = regions.reduce((n, r) => n + r.weight, 0);
  const out = new Map<string, number>();
  let before = 0;
  for (const r of regions) {
    const middle = total ? (before + r.weight / 2) / total : 0;
    out.set(r.slug, Math.min(count, Math.floor(middle * count) + 1));
    before += r.weight;
  }
  return out;
}

/** Why a shard cannot be built from this portal, or null. Every shard must hold at least one region. */
export function shardProblem(shard: Shard, regions: readonly { slug: string; weight: number }[]): string | null {
  if (shard.count > regions.length) return `the portal has ${regions.length} regions, so it can be built in at most ${regions.length} shards, not ${shard.count}`;
  const dealt = dealRegions(regions, shard.count);
  const empty = Array.from({ length: shard.count }, (_, i) => i + 1).filter((i) => ![...dealt.values()].includes(i));
  return empty.length ? `with ${shard.count} shards, shard ${empty.join(', ')} would hold no region (one region outweighs the others); use fewer shards` : null;
}

/** Regions in the portal's order: those portal.yaml's region_order names first, as listed, then the rest by slug. */
export function orderRegions(slugs: readonly string[], order: readonly string[] = []): string[] {
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
  return [...slugs].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The regions a shard renders, from every region's slug and disclosure count in portal order. */
export function regionsOfShard(shard: Shard, regions: readonly { slug: string; weight: number }[]): Set<string> {
  const problem = shardProblem(shard, regions);
  if (problem) throw new Error(`--shard ${shard.index}/${shard.count}: ${problem}`);
  const dealt = dealRegions(regions, shard.count);
  return new Set(regions.filter((r) => dealt.get(r.slug) === shard.index).map((r) => r.slug));
}
