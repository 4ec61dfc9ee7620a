// Links that last and travel: absolute canonical addresses, the sitemap with its language
// alternates, robots.txt, and the anchors of tables and project rows.
import { describe, expect, it } from 'vitest';
import { canonicalUrl, projectAnchor, publicUrl, robotsTxt, SITEMAP_MAX_URLS, sitemapIndexXml, sitemapParts, sitemapXml, tableAnchor } from '../../src/lib/links.ts';

describe('canonical addresses', () => {
  it('join base_url and the path, whether or not base_url ends with a slash', () => {
    expect(canonicalUrl('https://budget.example.org', '/linfen/x/2020/')).toBe('https://budget.example.org/linfen/x/2020/');
    expect(canonicalUrl('https://budget.example.org/', '/en/')).toBe('https://budget.example.org/en/');
    expect(canonicalUrl('https://example.org/portal/', '/linfen/')).toBe('https://example.org/portal/linfen/');
  });

  it('encode what a URL cannot carry, once', () => {
    expect(canonicalUrl('https://example.org', '/a b/')).toBe('https://example.org/a%20b/');
    expect(canonicalUrl('https://example.org', '/a%20b/')).toBe('https://example.org/a%20b/');
  });

  it('fall back to the site path where there is no base_url', () => {
    expect(publicUrl(undefined, '/linfen/')).toBe('/linfen/');
    expect(publicUrl('https://example.org', '/linfen/')).toBe('https://example.org/linfen/');
  });
});

describe('the sitemap', () => {
  it('lists each version of a page, with both languages as alternates where both exist', () => {
    const xml = sitemapXml('https://example.org', [{ zh: '/', en: '/en/' }, { zh: '/x/2020/projects/p/' }]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">')).toBe(true);
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(['https://example.org/', 'https://example.org/en/', 'https://example.org/x/2020/projects/p/']);
    const home = xml.split('<url>')[1]!;
    expect(home).toContain('<xhtml:link rel="alternate" hreflang="zh-CN" href="https://example.org/"/>');
    expect(home).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/"/>');
    expect(xml.split('<url>')[3]).not.toContain('xhtml:link');
  });

  it('escapes what XML must', () => {
    expect(sitemapXml('https://example.org/?a=1&b=2', [{ zh: '/' }])).toContain('<loc>https://example.org/?a=1&amp;b=2/</loc>');
  });
});

describe('robots.txt', () => {
  it('names the sitemap only where the site knows its address', () => {
    expect(robotsTxt('https://example.org/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('anchors', () => {
  it('come from ids in the data, not from order', () => {
    expect(tableAnchor('expenditure_summary')).toBe('table-expenditure_summary');
    expect(projectAnchor('shuzi-zhengfu')).toBe('project-shuzi-zhengfu');
  });
});

describe('a sitemap too large for one file', () => {
  const page = (n: number) => ({ zh: `/p${n}/`, en: `/en/p${n}/` });

  it('is split at the limit of addresses, a page and its other language together', () => {
    // Five pages of two addresses each, at most 5 addresses a part: 2 pages (4), 2 pages (4), 1 page.
    const parts = sitemapParts([1, 2, 3, 4, 5].map(page), 5);
    expect(parts.map((p) => p.map((x) => x.zh))).toEqual([['/p1/', '/p2/'], ['/p3/', '/p4/'], ['/p5/']]);
    expect(sitemapParts([1, 2].map(page), 4)).toHaveLength(1);
    expect(sitemapParts([], 4)).toEqual([[]]);
    expect(SITEMAP_MAX_URLS).toBe(50_000);
  });

  it('is listed by /sitemap.xml as an index of its parts, at absolute addresses', () => {
    expect(sitemapIndexXml('https://example.org/', 2)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <sitemap>',
        '    <loc>https://example.org/sitemap-1.xml</loc>',
        '  </sitemap>',
        '  <sitemap>',
        '    <loc>https://example.org/sitemap-2.xml</loc>',
        '  </sitemap>',
        '</sitemapindex>',
        '',
      ].join('\n'),
    );
  });
});
