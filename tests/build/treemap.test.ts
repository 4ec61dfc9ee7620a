// The drill-down treemap in the built demo: its table twin is on every disclosure page, in both
// languages, with the page's 支出合计 as its total and 类 rows that add up to it; its project rows
// lead to project pages; and the treemap plugin's code is reachable only from pages with a
// treemap, and from them only by a dynamic import.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkPortal } from '../../src/lib/validate/engine.ts';
import { Decimal } from '../../src/lib/money.ts';
import { elementWith, textOf, unescapeHtml } from '../support/html.ts';

const outDir = inject('demoDist');
const { portal } = checkPortal('data');

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const path = join(prefix, e.name);
    if (e.isDirectory()) return htmlFiles(dir, path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

const number = (text: string) => new Decimal(/[\d,]+(?:\.\d+)?/.exec(text)![0].replace(/,/g, ''));

interface TwinRow {
  depth: number;
  amount: string;
  marked: boolean;
  href?: string;
}

function twinRows(html: string): TwinRow[] {
  const table = elementWith(html, 'data-treemap-table', 'table')!;
  return [...table.matchAll(/<tr\b[^>]*data-depth="(\d)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => {
    const cell = /<td[^>]*data-amount[^>]*>([\s\S]*?)<\/td>/.exec(m[2]!)![1]!;
    const href = /<a href="([^"]+)"/.exec(m[2]!)?.[1];
    return { depth: Number(m[1]), amount: textOf(cell).replace('†', ''), marked: cell.includes('†'), ...(href && { href: unescapeHtml(href) }) };
  });
}

const pages = portal.disclosures.flatMap((d) => {
  const path = `${d.source.region}/${d.source.department}/${d.source.year}`;
  return [path, `en/${path}`];
});

describe.each(pages)('/%s/', (path) => {
  const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');

  it('has the treemap with its table twin in the page, the canvas hidden from screen readers', () => {
    expect(html).toContain('data-treemap-table');
    expect(html).toMatch(/<canvas aria-hidden="true" data-treemap-canvas/);
  });

  it('totals the twin with the page’s 支出合计, and its 类 rows add up to it (or a † says why not)', () => {
    const rows = twinRows(html);
    const total = rows.filter((r) => r.depth === 0);
    expect(total).toHaveLength(1);
    const headline = /data-figure="total"[^>]*>([^<]*)/.exec(html)![1]!;
    expect(total[0]!.amount).toBe(/[\d,]+(?:\.\d+)?/.exec(headline)![0]);
    const classes = rows.filter((r) => r.depth === 1);
    expect(classes.length).toBeGreaterThan(0);
    const sum = classes.reduce((s, r) => s.plus(number(r.amount)), new Decimal(0));
    if (!total[0]!.marked && !classes.some((r) => r.marked)) expect(sum.toFixed(2)).toBe(number(total[0]!.amount).toFixed(2));
  });

  it('links every project row to a project page that exists', () => {
    const links = twinRows(html).flatMap((r) => (r.href ? [r.href] : []));
    for (const href of links) expect(existsSync(join(outDir, href, 'index.html')), href).toBe(true);
  });
});

describe('the treemap plugin ships only to pages with a treemap', () => {
  const assets = join(outDir, '_astro');
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const text = (file: string) => readFileSync(join(assets, file), 'utf8');
  // The plugin's own default display mode: a string no other code has.
  const plugin = scripts.filter((f) => text(f).includes('containerBoxes'));
  /** Scripts a file imports: statically (`import … from "./x.js"`), or also by dynamic import and preload lists. */
  const importsOf = (file: string, dynamic: boolean) => {
    const js = text(file);
    const pattern = dynamic ? /["'`](?:\.\/|\/?_astro\/)([\w.-]+\.js)["'`]/g : /(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g;
    return [...js.matchAll(pattern)].map((m) => m[1]!);
  };
  const reachable = (html: string, dynamic: boolean) => {
    const seen = new Set<string>();
    const queue = [...html.matchAll(/\/_astro\/([\w.-]+\.js)/g)].map((m) => m[1]!);
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...importsOf(file, dynamic));
    }
    return seen;
  };
  const all = htmlFiles(outDir);

  it('has the plugin in one script of its own', () => {
    expect(plugin).toHaveLength(1);
    expect(all.length).toBeGreaterThan(100);
  });

  it('reaches the plugin from every page with a treemap, only by a dynamic import', () => {
    const withTreemap = all.filter((f) => readFileSync(join(outDir, f), 'utf8').includes('data-treemap '));
    expect(withTreemap.length).toBe(pages.length);
    for (const f of withTreemap) {
      const html = readFileSync(join(outDir, f), 'utf8');
      expect(reachable(html, true).has(plugin[0]!), f).toBe(true);
      expect(reachable(html, false).has(plugin[0]!), f).toBe(false);
    }
  });

  it('does not reach the plugin from any other page, charts or not', () => {
    const others = all.filter((f) => !readFileSync(join(outDir, f), 'utf8').includes('data-treemap '));
    expect(others.some((f) => readFileSync(join(outDir, f), 'utf8').includes('data-chart='))).toBe(true);
    const reaching = others.filter((f) => reachable(readFileSync(join(outDir, f), 'utf8'), true).has(plugin[0]!));
    expect(reaching).toEqual([]);
  });
});
