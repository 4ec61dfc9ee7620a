// Which regions a shard renders (src/lib/shard.ts): "i/n" read from the arguments or the
// environment, regions dealt out whole as contiguous runs of about equal weight.
import { describe, expect, it } from 'vitest';
import { dealRegions, orderRegions, parseShard, regionsOfShard, shardOf, shardProblem } from '../../src/lib/shard.ts';

const regions = (...weights: number[]) => weights.map((weight, i) => ({ slug: `r${i + 1}`, weight }));

describe('reading a shard', () => {
  it('reads i/n from --shard, --shard=, or GONGKAI_SHARD, the argument first', () => {
    expect(shardOf(['build', '--shard', '2/4'], {})).toEqual({ index: 2, count: 4 });
    expect(shardOf(['build', '--shard=1/3'], {})).toEqual({ index: 1, count: 3 });
    expect(shardOf(['build'], { GONGKAI_SHARD: '3/3' })).toEqual({ index: 3, count: 3 });
    expect(shardOf(['--shard', '1/2'], { GONGKAI_SHARD: '2/2' })).toEqual({ index: 1, count: 2 });
    expect(shardOf(['build'], {})).toBeNull();
  });

  it('refuses what is not i/n with 1 ≤ i ≤ n, saying how to write it', () => {
    for (const bad of ['0/2', '3/2', '1', '1/0', 'a/b', '-1/2', '1/2/3']) expect(() => parseShard(bad), bad).toThrow(/a shard is written i\/n/);
    expect(() => shardOf(['--shard'], {})).toThrow('--shard needs a value');
  });
});

describe('dealing regions to shards', () => {
  it('gives contiguous runs of about equal weight, in portal order', () => {
    // Weights 1,1,1,1 in 2 shards: midpoints 0.125, 0.375, 0.625, 0.875 of the whole.
    expect([...dealRegions(regions(1, 1, 1, 1), 2).values()]).toEqual([1, 1, 2, 2]);
    // One heavy region: 10 of 13; its midpoint (1 + 5) / 13 = 0.46 falls in shard 2 of 3.
    expect([...dealRegions(regions(1, 10, 1, 1), 3).values()]).toEqual([1, 2, 3, 3]);
    expect([...dealRegions(regions(5, 5, 5), 1).values()]).toEqual([1, 1, 1]);
  });

  it('says when a shard would hold no region', () => {
    expect(shardProblem({ index: 1, count: 5 }, regions(1, 1, 1, 1))).toBe('the portal has 4 regions, so it can be built in at most 4 shards, not 5');
    // 1 and 30 in 2 shards: both midpoints (0.016 and 0.52) fall in… shard 1 and 2: fine.
    expect(shardProblem({ index: 1, count: 2 }, regions(1, 30))).toBeNull();
    // 30, 1, 1 in 3 shards: midpoints 0.47, 0.95, 0.98 → shards 2, 3, 3: shard 1 is empty.
    expect(shardProblem({ index: 1, count: 3 }, regions(30, 1, 1))).toMatch(/shard 1 would hold no region/);
    expect(() => regionsOfShard({ index: 2, count: 3 }, regions(30, 1, 1))).toThrow(/--shard 2\/3: with 3 shards, shard 1 would hold no region/);
  });

  it('gives each shard its own regions, all of them once', () => {
    const all = regions(3, 1, 2, 2, 4);
    const shards = [1, 2, 3].map((index) => [...regionsOfShard({ index, count: 3 }, all)]);
    expect(shards.flat().sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(shards.every((s) => s.length > 0)).toBe(true);
  });

  it('orders regions as portal.yaml lists them, then by slug', () => {
    expect(orderRegions(['xinzhou', 'fenyang', 'linfen', 'jincheng'], ['linfen', 'jincheng'])).toEqual(['linfen', 'jincheng', 'fenyang', 'xinzhou']);
  });
});
