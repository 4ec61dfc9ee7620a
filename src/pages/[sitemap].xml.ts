// /sitemap.xml: every page, both languages, with the zh and en versions as alternates of each
// other. Past the protocol's 50,000 addresses per file it is an index of /sitemap-1.xml,
// /sitemap-2.xml, … (src/lib/links.ts). A sitemap needs absolute addresses: without portal.yaml's
// base_url there is none (a dynamic route that then has no path), and the build says so once
// (src/integration/validate.ts).
import type { APIRoute } from 'astro';
import { sitePages } from '../data/routes.ts';
import { sitemapIndexXml, sitemapPartName, sitemapParts, sitemapXml } from '../lib/links.ts';
import { loadSettings } from '../lib/settings.ts';

export function getStaticPaths() {
  if (!loadSettings().base_url) return [];
  const parts = sitemapParts(sitePages()).length;
  const named = parts > 1 ? Array.from({ length: parts }, (_, i) => sitemapPartName(i + 1)) : [];
  return ['sitemap', ...named].map((sitemap) => ({ params: { sitemap } }));
}

export const GET: APIRoute = ({ params }) => {
  const base = loadSettings().base_url!;
  const parts = sitemapParts(sitePages());
  const body =
    params.sitemap === 'sitemap'
      ? parts.length === 1
        ? sitemapXml(base, parts[0]!)
        : sitemapIndexXml(base, parts.length)
      : sitemapXml(base, parts[parts.findIndex((_, i) => sitemapPartName(i + 1) === params.sitemap)]!);
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
