// The processes that hold a whole portal start with most of the machine's memory as their heap
// limit (src/lib/cli/heap.ts): Node's default of about 4 GB stops a portal of 20,000 disclosures.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { describe, expect, it } from 'vitest';
import { HEAP_LIMIT, heapLimitArgs } from '../../src/lib/cli/heap.ts';

const heapLimitWith = (args: string[]) =>
  Number(spawnSync(process.execPath, [...args, '-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))'], { encoding: 'utf8' }).stdout);

describe('heap limit of the portal-sized processes', () => {
  it('is three quarters of the machine memory, which this Node accepts', () => {
    const limit = heapLimitWith(heapLimitArgs(undefined));
    expect(limit / totalmem()).toBeGreaterThan(0.7);
    expect(limit / totalmem()).toBeLessThan(0.8);
  });

  it('gives way to a limit set in NODE_OPTIONS', () => {
    expect(heapLimitArgs('--max-old-space-size=2048')).toEqual([]);
    expect(heapLimitArgs('--enable-source-maps')).toEqual([HEAP_LIMIT]);
  });

  it('is what npm run check starts with', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.check).toBe(`node ${HEAP_LIMIT} scripts/check.js`);
  });
});
