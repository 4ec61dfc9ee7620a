// Links that last and travel: absolute canonical addresses from portal.yaml's base_url, the
// sitemap (with the zh and en versions of a page as alternates of each other), robots.txt, and the
// anchors tables and project rows carry. Pure: the pages and endpoints only call these.
import type { Lang } from './glossary.ts';

/** The language codes a sitemap's hreflang uses (the same as <html lang>). */
const HREFLANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Open Graph's og:locale of each language. */
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };

/** The absolute address of a site path: base_url (without its trailing slash) and the path, encoded. */
export function canonicalUrl(baseUrl: string, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${baseUrl.replace(/\/+$/, '')}${encodeURI(decodeURI(clean))}`;
}

/** A page's address to cite or share: absolute where the site knows its base_url, else the site path. */
export function publicUrl(baseUrl: string | undefined, path: string): string {
  return baseUrl ? canonicalUrl(baseUrl, path) : path;
}

/** The id of a standard table's section on a disclosure page (stable: the template's table id). */
export const tableAnchor = (tableId: string) => `table-${tableId}`;

/** The id of a headline figure in a disclosure's summary (stable: the figure's name, e.g. figure-total). */
export const figureAnchor = (ref: string) => `figure-${ref}`;

/** The id of a project's row in the project table (stable: the project's id from the data). */
export const projectAnchor = (projectId: string) => `project-${projectId}`;

/** One page of the site: its path in each language it exists in. */
export type SitePage = Partial<Record<Lang, string>>;

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/**
 * sitemap.xml: one <url> per page and language; a page that exists in both languages names both
 * versions (itself included) as xhtml:link alternates, as search engines ask.
 */
export function sitemapXml(baseUrl: string, pages: readonly SitePage[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'];
  for (const page of pages) {
    const versions = (Object.entries(page) as [Lang, string][]).filter(([, path]) => path);
    for (const [, path] of versions) {
      out.push('  <url>', `    <loc>${xml(canonicalUrl(baseUrl, path))}</loc>`);
      if (versions.length > 1) for (const [lang, alt] of versions) out.push(`    <xhtml:link rel="alternate" hreflang="${HREFLANG[lang]}" href="${xml(canonicalUrl(baseUrl, alt))}"/>`);
      out.push('  </url>');
    }
  }
  out.push('</urlset>', '');
  return out.join('\n');
}

/** The sitemap protocol's limit of addresses per sitemap file (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * The pages split into sitemaps of at most `max` addresses each, a page's language versions kept
 * together. One part: /sitemap.xml is that sitemap. More: /sitemap.xml is an index of
 * /sitemap-1.xml … /sitemap-n.xml (a portal passes 50,000 addresses near 1,800 disclosures).
 */
export function sitemapParts(pages: readonly SitePage[], max = SITEMAP_MAX_URLS): SitePage[][] {
  const parts: SitePage[][] = [[]];
  let count = 0;
  for (const page of pages) {
    const urls = Object.values(page).filter(Boolean).length;
    if (count + urls > max && count > 0) {
      parts.push([]);
      count = 0;
    }
    parts[parts.length - 1]!.push(page);
    count += urls;
  }
  return parts;
}

/** The name of the n-th sitemap (from 1) when there are several. */
export const sitemapPartName = (n: number) => `sitemap-${n}`;

/** /sitemap.xml as an index of the site's `parts` sitemaps. */
export function sitemapIndexXml(baseUrl: string, parts: number): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (let n = 1; n <= parts; n++) out.push('  <sitemap>', `    <loc>${xml(canonicalUrl(baseUrl, `/${sitemapPartName(n)}.xml`))}</loc>`, '  </sitemap>');
  out.push('</sitemapindex>', '');
  return out.join('\n');
}

/** robots.txt: everything may be crawled; the sitemap's address where the site knows its own. */
export function robotsTxt(baseUrl: string | undefined): string {
  return `User-agent: *\nAllow: /\n${baseUrl ? `\nSitemap: ${canonicalUrl(baseUrl, '/sitemap.xml')}\n` : ''}`;
}
