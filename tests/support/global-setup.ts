// Builds the demo portal once for every test that reads built pages (demo and browser tests).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDist: string;
  }
}

export default function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'gongkai-demo-'));
  // An empty check cache: this build checks every file itself (the shards test compares a build
  // that reads a filled one with this).
  const cache = mkdtempSync(join(tmpdir(), 'gongkai-demo-cache-'));
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', GONGKAI_CACHE_DIR: cache } });
  rmSync(cache, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`demo build failed:\n${r.stdout}${r.stderr}`);
  project.provide('demoDist', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
