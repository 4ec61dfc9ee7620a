// Links that last and travel: absolute canonical addresses, the sitemap with its language
// alternates, robots.txt, and the anchors of tables and project rows.
import { describe, expect, it } from 'vitest';
import { canonicalUrl, projectAnchor, publicUrl, robotsTxt, sitemapXml, tableAnchor } from '../../src/lib/links.ts';

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
