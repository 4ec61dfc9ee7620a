// Sharded builds: the demo checked once (npm run check, which fills the check cache), built as 2
// shards that take the check's findings from that cache (npm run build -- --shard i/2) and merged
// (npm run merge) is the single build, file for file and byte for byte, except the search bundles; and the
// whole query suite passes on it, its two bundles merged in the browser. The merge refuses shards
// that do not make one site, saying why.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runMerge } from '../../src/lib/cli/merge.ts';
import { querySuite } from '../search/query-suite.ts';

const work = mkdtempSync(join(tmpdir(), 'gongkai-shards-'));
const shardDir = (i: number) => join(work, `shard-${i}`);
const merged = join(work, 'merged');
const REGIONS = ['fenyang', 'jincheng', 'linfen', 'xinzhou'];
/** The check job's cache, handed to the shard jobs as the workflow does. */
const checkCache = join(work, 'check-cache');
const shardLogs: string[] = [];

function build(args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/build.ts', ...args], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', GONGKAI_CACHE_DIR: checkCache } });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

beforeAll(() => {
  const check = spawnSync(process.execPath, ['scripts/check.js'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GONGKAI_CACHE_DIR: checkCache } });
  if (check.status !== 0) throw new Error(`npm run check failed:\n${check.stdout}${check.stderr}`);
  for (const i of [1, 2]) {
    const r = build(['--outDir', shardDir(i), '--shard', `${i}/2`]);
    if (r.code !== 0) throw new Error(`shard ${i}/2 failed:\n${r.out}`);
    shardLogs.push(r.out);
  }
  const m = runMerge(['--out', merged, shardDir(1), shardDir(2)]);
  if (m.exitCode !== 0) throw new Error(m.output);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a 2-shard build, merged', () => {
  it('equals the single build page for page, byte for byte, except the search bundles', () => {
    const single = inject('demoDist');
    const outside = (f: string) => !f.startsWith('pagefind/');
    const want = filesUnder(single).filter(outside);
    const got = filesUnder(merged).filter(outside);
    expect(got).toEqual(want);
    expect(want.length).toBeGreaterThan(300);
    const differing = want.filter((f) => !readFileSync(join(single, f)).equals(readFileSync(join(merged, f))));
    expect(differing).toEqual([]);
  });

  it("takes every disclosure's findings from the check job's cache in each shard", () => {
    // The demo's 4 disclosures, in both shards: each loads the whole portal.
    for (const log of shardLogs) expect(log).toMatch(/files checked in [\d.]+ s \(4 disclosures from the check cache\): 0 errors/);
  });

  it('renders each region in one shard only, and the portal-wide pages in both', () => {
    const regionsIn = (dir: string) => REGIONS.filter((r) => existsSync(join(dir, r, 'index.html')));
    const [one, two] = [regionsIn(shardDir(1)), regionsIn(shardDir(2))];
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(0);
    expect([...one, ...two].sort()).toEqual(REGIONS);
    for (const page of ['index.html', 'projects/index.html', 'compare/index.html', 'en/index.html', 'search/index.html']) {
      expect(readFileSync(join(shardDir(1), page)).equals(readFileSync(join(shardDir(2), page))), page).toBe(true);
    }
  });

  it('lists the bundles of both shards, and nothing of the shards’ own notes', () => {
    const list = JSON.parse(readFileSync(join(merged, 'pagefind', 'bundles.json'), 'utf8')) as { bundles: { id: string; pages: number }[] };
    expect(list.bundles).toHaveLength(2);
    for (const b of list.bundles) expect(existsSync(join(merged, 'pagefind', b.id, 'pagefind-entry.json')), b.id).toBe(true);
    // The demo's 83 indexed pages: 4 disclosures and 79 projects (npm run build says "83 pages").
    expect(list.bundles.reduce((n, b) => n + b.pages, 0)).toBe(83);
    expect(existsSync(join(merged, '.gongkai-shard.json'))).toBe(false);
  });
});

describe('the merge refuses shards that do not make one site', () => {
  const out = () => join(mkdtempSync(join(work, 'out-')), 'site');

  it('when a shard is missing, given twice, or from another count', () => {
    expect(runMerge(['--out', out(), shardDir(1)]).output).toBe('shard 2/2 is missing: give all 2 shard outputs');
    expect(runMerge(['--out', out(), shardDir(1), shardDir(1), shardDir(2)]).output).toMatch(/^shard 1\/2 is given twice/);
    const odd = join(work, 'odd');
    cpSync(shardDir(2), odd, { recursive: true });
    writeFileSync(join(odd, '.gongkai-shard.json'), '{"index":2,"count":3}\n');
    const r = runMerge(['--out', out(), shardDir(1), odd]);
    expect(r.exitCode).toBe(1);
    expect(r.output).toContain('is shard 2/3, but');
  });

  it('when a file two shards both render differs, naming it; nothing is left behind', () => {
    const changed = join(work, 'changed');
    cpSync(shardDir(2), changed, { recursive: true });
    writeFileSync(join(changed, 'about', 'index.html'), `${readFileSync(join(changed, 'about', 'index.html'), 'utf8')}<!-- changed -->`);
    const target = out();
    const r = runMerge(['--out', target, shardDir(1), changed]);
    expect(r.exitCode).toBe(1);
    expect(r.output).toContain('about/index.html differs between');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(join(target, '..'))).toEqual([]);
  });

  it('when a folder is not a shard, or the output folder is taken', () => {
    expect(runMerge(['--out', out(), shardDir(1), join(work, 'nowhere')]).output).toContain('no such folder');
    expect(runMerge(['--out', out(), shardDir(1), inject('demoDist')]).output).toContain('not the output of a sharded build');
    const taken = out();
    mkdirSync(taken);
    writeFileSync(join(taken, 'x'), '');
    expect(runMerge(['--out', taken, shardDir(1), shardDir(2)]).output).toContain('already exists and is not an empty folder');
    expect(runMerge([shardDir(1)]).exitCode).toBe(2);
  });
});

describe('a shard the portal cannot be split into stops the build', () => {
  it('more shards than regions, or a malformed shard, say so', () => {
    const tooMany = build(['--outDir', join(work, 'bad-1'), '--shard', '1/5']);
    expect(tooMany.code).not.toBe(0);
    expect(tooMany.out).toContain('the portal has 4 regions, so it can be built in at most 4 shards, not 5');
    const malformed = build(['--outDir', join(work, 'bad-2'), '--shard', '3/2']);
    expect(malformed.code).not.toBe(0);
    expect(malformed.out).toContain('a shard is written i/n');
  }, 120_000);
});

describe('the query suite on the merged 2-shard build', () => {
  querySuite(() => merged);
});
