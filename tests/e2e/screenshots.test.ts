// A screenshot of every page type in Chinese and English at a phone's and a desktop's width, full
// page, as a reader sees it (charts drawn; the search page with a query and its results), saved for
// review as test-results/screenshots/<page-type>-<lang>-<width>.png (git-ignored). A screenshot
// that could not be taken or written, or is not the picture it should be, fails its test.
import { existsSync, mkdirSync, openSync, readSync, closeSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { servedPortal } from '../support/served.ts';
import { samplePages, showPage, type PageSample } from '../support/page-types.ts';

const SHOTS = join('test-results', 'screenshots');
const WIDTHS = [390, 1280] as const;
const HEIGHT = 900;
const portal = servedPortal();
const samples = samplePages(inject('demoDist'));
const shots = samples.flatMap((s) => WIDTHS.map((width) => [`${s.type}-${s.lang}-${width}.png`, s, width] as [string, PageSample, number]));

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** A PNG file's signature and the size its header (IHDR) gives. */
function pngHeader(file: string): { png: boolean; width: number; height: number } {
  const head = Buffer.alloc(24);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 24, 0);
  } finally {
    closeSync(fd);
  }
  return { png: head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

describe('screenshots of every page type', () => {
  it.each(shots)('%s', async (name, sample, width) => {
    const file = join(SHOTS, name);
    rmSync(file, { force: true });
    const page = await portal.browser().newPage({ viewport: { width, height: HEIGHT } });
    try {
      await showPage(page, portal.url(), sample);
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({ path: file, fullPage: true });
      // Written, whole, and of the whole page.
      expect(existsSync(file), file).toBe(true);
      const header = pngHeader(file);
      expect(header.png, file).toBe(true);
      expect(header.width).toBe(width);
      expect(header.height).toBe(Math.max(pageHeight, HEIGHT));
      expect(statSync(file).size).toBeGreaterThan(5_000);
    } finally {
      await page.close();
    }
  }, 90_000);

  it('are named <page-type>-<lang>-<width>.png, every one of them there', () => {
    const names = readdirSync(SHOTS);
    for (const [name] of shots) expect(names, name).toContain(name);
    expect(shots.length).toBe(samples.length * WIDTHS.length);
  });
});
