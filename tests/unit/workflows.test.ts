// The sharded deploy workflow (.github/workflows/sharded-deploy.yml) runs what docs/scale.md says:
// the whole check first, one job per shard of one count, the merge of all of them, then the deploy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  run?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  strategy?: { matrix: { shard: number[] } };
  steps?: Step[];
}
const workflow = parse(readFileSync('.github/workflows/sharded-deploy.yml', 'utf8')) as { env: { SHARDS: number; GONGKAI_CACHE_DIR: string }; jobs: Record<string, Job> };
const runs = (job: string) => (workflow.jobs[job]!.steps ?? []).map((s) => s.run ?? '').join('\n');

describe('the sharded deploy workflow', () => {
  it('checks the whole portal before any shard is built', () => {
    expect(runs('check')).toContain('npm run check');
    expect(workflow.jobs.shard!.needs).toBe('check');
  });

  it("hands the check's cache to every shard, which builds after downloading it", () => {
    const cache = workflow.env.GONGKAI_CACHE_DIR;
    expect(cache).toBeTruthy();
    const checkSteps = workflow.jobs.check!.steps!;
    const upload = checkSteps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact') && s.with!.name === 'check-cache');
    expect(upload).toBeGreaterThan(checkSteps.findIndex((s) => s.run?.includes('npm run check')));
    expect(String(checkSteps[upload]!.with!.path).replace(/\/$/, '')).toBe(cache);
    // The cache folder's name starts with a dot: the upload must keep hidden files.
    expect(checkSteps[upload]!.with!['include-hidden-files']).toBe(true);
    // Kept between runs: a run checks anew only what changed since the last one.
    const kept = checkSteps.findIndex((s) => s.uses?.startsWith('actions/cache'));
    expect(kept).toBeGreaterThanOrEqual(0);
    expect(kept).toBeLessThan(checkSteps.findIndex((s) => s.run?.includes('npm run check')));
    expect(checkSteps[kept]!.with!.path).toBe(cache);
    const shardSteps = workflow.jobs.shard!.steps!;
    const download = shardSteps.findIndex((s) => s.uses?.startsWith('actions/download-artifact') && s.with!.name === 'check-cache');
    expect(download).toBeGreaterThanOrEqual(0);
    expect(shardSteps[download]!.with!.path).toBe(cache);
    expect(download).toBeLessThan(shardSteps.findIndex((s) => s.run?.includes('npm run build')));
  });

  it('builds one job per shard, 1 to SHARDS, each with --shard i/SHARDS', () => {
    const count = workflow.env.SHARDS;
    expect(workflow.jobs.shard!.strategy!.matrix.shard).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(runs('shard')).toContain('npm run build -- --shard ${{ matrix.shard }}/${{ env.SHARDS }}');
    // The shard's note for the merge is a hidden file: the upload must keep it.
    expect(workflow.jobs.shard!.steps!.find((s) => s.uses?.startsWith('actions/upload-artifact'))!.with!['include-hidden-files']).toBe(true);
  });

  it('merges every shard after all are built, and deploys the merged site', () => {
    expect(workflow.jobs.merge!.needs).toBe('shard');
    expect(runs('merge')).toMatch(/npm run merge -- --out site \$\(ls -d shards\/shard-\* \| sort -V\)/);
    expect(workflow.jobs.merge!.steps!.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!.with!.path).toBe('site/');
    expect(workflow.jobs.deploy!.needs).toBe('merge');
  });
});
