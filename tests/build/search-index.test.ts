// Search never fails silently: a build whose Pagefind indexer dies stops with a message instead of
// shipping a site without an index (as a killed indexer once did, exiting 0).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** `npm run build` (scripts/build.ts: the index after Astro has exited), or a bare `astro build` (the index in Astro's process). */
function build(env: Record<string, string>, command = ['scripts/build.ts']) {
  const outDir = mkdtempSync(join(tmpdir(), 'gongkai-search-'));
  dirs.push(outDir);
  const r = spawnSync(process.execPath, [...command, '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_DATA: join(FIXTURES, 'base'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, outDir };
}

/** A stand-in for the Pagefind binary that is killed as soon as it starts, as the OOM killer does. */
function killedIndexer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-pagefind-'));
  dirs.push(dir);
  const path = join(dir, 'pagefind');
  writeFileSync(path, '#!/bin/sh\nkill -KILL $$\n');
  chmodSync(path, 0o755);
  return path;
}

describe('the search index step', () => {
  it('stops the build when the indexer is killed, and says so', () => {
    const fake = killedIndexer();
    const r = build({ PAGEFIND_EXTENDED_BINARY_PATH: fake, PAGEFIND_BINARY_PATH: fake });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('搜索索引没有建成，构建已停止');
    expect(r.out).not.toMatch(/^\s+at /m);
    expect(existsSync(join(r.outDir, 'pagefind', 'bundles.json'))).toBe(false);
  }, 180_000);

  it('builds and reports the index when the indexer works', () => {
    const r = build({});
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/search index: \d+ pages, 1 bundle, in/);
    const list = JSON.parse(readFileSync(join(r.outDir, 'pagefind', 'bundles.json'), 'utf8')) as { bundles: { id: string; pages: number }[] };
    expect(list.bundles).toHaveLength(1);
    expect(existsSync(join(r.outDir, 'pagefind', list.bundles[0]!.id, 'pagefind-entry.json'))).toBe(true);
  }, 180_000);

  it('builds the same index under a bare astro build, inside Astro’s process, and stops there too when the indexer is killed', () => {
    const bare = ['node_modules/astro/bin/astro.mjs', 'build'];
    const r = build({}, bare);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/\[gongkai:search\] search index: \d+ pages, 1 bundle, in/);
    expect(existsSync(join(r.outDir, 'pagefind', 'bundles.json'))).toBe(true);
    const fake = killedIndexer();
    const killed = build({ PAGEFIND_EXTENDED_BINARY_PATH: fake, PAGEFIND_BINARY_PATH: fake }, bare);
    expect(killed.code).not.toBe(0);
    expect(killed.out).toContain('搜索索引没有建成，构建已停止');
  }, 240_000);

  it('splits the index into bundles of at most GONGKAI_SEARCH_BUNDLE_PAGES pages, each written and whole', () => {
    const r = build({ GONGKAI_SEARCH_BUNDLE_PAGES: '2' });
    expect(r.code, r.out).toBe(0);
    const list = JSON.parse(readFileSync(join(r.outDir, 'pagefind', 'bundles.json'), 'utf8')) as { bundles: { id: string; pages: number }[] };
    const wanted = indexable(r.outDir);
    expect(list.bundles.length).toBe(Math.ceil(wanted / 2));
    expect(list.bundles.every((b) => b.pages >= 1 && b.pages <= 2)).toBe(true);
    expect(list.bundles.reduce((n, b) => n + b.pages, 0)).toBe(wanted);
    for (const b of list.bundles) {
      const entry = JSON.parse(readFileSync(join(r.outDir, 'pagefind', b.id, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), b.id).toBe(b.pages);
    }
    expect(r.out).toContain(`search index: ${wanted} pages, ${list.bundles.length} bundles, in`);
  }, 180_000);

  it('stops the build on a bundle size that is not a whole number of pages', () => {
    const r = build({ GONGKAI_SEARCH_BUNDLE_PAGES: '0' });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('搜索索引没有建成，构建已停止');
    expect(r.out).toContain('GONGKAI_SEARCH_BUNDLE_PAGES must be a whole number of pages above 0, not "0"');
  }, 180_000);
});

/** Built pages that ask to be indexed, counted by reading them. */
function indexable(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html') && readFileSync(join(e.parentPath, e.name), 'utf8').includes('data-pagefind-body')).length;
}
