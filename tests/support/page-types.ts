// The portal's page types, read from the built site: every HTML file is one type in one language,
// and a suite that checks "every page type" takes one page of each from here (the largest of its
// type: the most to check). A page type the list does not know fails tests/build/page-types.test.ts.
// For a browser suite, showPage() brings a page to what a reader sees: charts drawn, and on the
// search page a query typed with its results shown.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/lib/glossary.ts';
import { otherLang, rootLanguage } from '../../src/lib/i18n.ts';

export const PAGE_TYPES = [
  'home',
  'region',
  'department',
  'disclosure',
  'project',
  'all-projects',
  'region-projects',
  'search',
  'glossary',
  'guide',
  'about',
  'data-dictionary',
  '404',
  'embed',
  'compare-index',
  'compare',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Page types that exist in the root language only: project pages are the forms' Chinese text. */
export const ONE_LANGUAGE: readonly PageType[] = ['project'];

/** The portal's own pages at a fixed path (src/data/routes.ts SITE_PAGES). */
const FIXED: Record<string, PageType> = { search: 'search', projects: 'all-projects', glossary: 'glossary', guide: 'guide', about: 'about', 'data-dictionary': 'data-dictionary' };
const YEAR = /^\d{4}$/;

export interface PageSample {
  type: PageType;
  lang: Lang;
  /** The address to open, from the site's root: '/en/linfen/'. */
  path: string;
  /** The built file it is, in the site folder. */
  file: string;
}

/** Every HTML file of a built site, relative to it, without Pagefind's and Astro's asset folders. */
export function builtPages(dist: string, prefix = ''): string[] {
  return readdirSync(join(dist, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dist, rel)).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtPages(dist, rel);
    return name.endsWith('.html') ? [rel] : [];
  });
}

/** The type and language of a built file ('en/linfen/index.html'), or undefined for one no type describes. */
export function pageTypeOf(rel: string): { type: PageType; lang: Lang } | undefined {
  const root = rootLanguage();
  const alt = otherLang(root);
  if (rel === '404.html') return { type: '404', lang: root };
  if (!rel.endsWith('index.html')) return undefined;
  let parts = rel.split('/').slice(0, -1);
  let lang = root;
  if (parts[0] === alt) [lang, parts] = [alt, parts.slice(1)];
  const [a, b, c, d, e, ...rest] = parts;
  if (rest.length) return undefined;
  const type: PageType | undefined =
    a === undefined ? 'home'
    : a === 'embed' ? (e && YEAR.test(d ?? '') ? 'embed' : undefined)
    : a === 'compare' ? (b === undefined ? 'compare-index' : c === undefined ? 'compare' : undefined)
    : b === undefined ? (FIXED[a] ?? 'region')
    : FIXED[a] ? undefined
    : b === 'projects' ? (c === undefined ? 'region-projects' : undefined)
    : c === undefined ? 'department'
    : !YEAR.test(c) ? undefined
    : d === undefined ? 'disclosure'
    : d === 'projects' && e ? 'project'
    : undefined;
  return type && { type, lang };
}

/** The address of a built file: 'en/linfen/index.html' → '/en/linfen/'. The 404 page at a missing address. */
function pathOf(rel: string, lang: Lang): string {
  if (rel === '404.html') return lang === rootLanguage() ? '/no/such/page/' : `/${lang}/no/such/page/`;
  return `/${rel.replace(/index\.html$/, '')}`;
}

/**
 * One page of each type in each language it exists in: the largest built file of its type. The
 * 404 page is one file for both languages; it is opened at a missing address under each.
 */
export function samplePages(dist: string): PageSample[] {
  const best = new Map<string, { rel: string; size: number }>();
  for (const rel of builtPages(dist)) {
    const t = pageTypeOf(rel);
    if (!t) continue;
    const size = statSync(join(dist, rel)).size;
    const key = `${t.type} ${t.lang}`;
    if (!best.has(key) || size > best.get(key)!.size) best.set(key, { rel, size });
  }
  const root = rootLanguage();
  const alt = otherLang(root);
  const notFound = best.get(`404 ${root}`);
  if (notFound) best.set(`404 ${alt}`, notFound);
  return PAGE_TYPES.flatMap((type) =>
    [root, alt].flatMap((lang) => {
      const found = best.get(`${type} ${lang}`);
      return found ? [{ type, lang, path: pathOf(found.rel, lang), file: found.rel }] : [];
    }),
  );
}

/** What the search page shows in the samples: a query typed, with results. */
export const SAMPLE_QUERY: Record<Lang, string> = { zh: '公务接待费', en: 'hotline' };

/**
 * Opens a sample as a reader sees it: every chart scrolled into view and drawn; on the search page
 * the sample query typed, with its results (in English: an English word typed, and its first
 * Chinese term chosen from the suggestions).
 */
export async function showPage(page: Page, baseUrl: string, sample: PageSample): Promise<void> {
  await page.goto(baseUrl + sample.path);
  if (sample.type === 'search') {
    await page.waitForSelector('form[data-ready="true"]');
    await page.locator('input[name=q]').fill(SAMPLE_QUERY[sample.lang]);
    await page.keyboard.press('Enter');
    if (sample.lang === 'en') {
      const offered = page.locator('[data-search-suggestions] button[data-suggest]').first();
      await offered.waitFor();
      const chinese = await offered.getAttribute('data-suggest');
      await offered.click();
      await page.waitForFunction((q) => document.querySelector<HTMLInputElement>('input[name=q]')?.value === q, chinese);
    }
    await page.locator('[data-search-results] li').first().waitFor();
  }
  const charts = page.locator('figure.chart canvas');
  for (let i = 0; i < (await charts.count()); i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelectorAll('figure.chart canvas')[n]?.hasAttribute('data-drawn'), i, { timeout: 10_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
