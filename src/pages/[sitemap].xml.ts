// /sitemap.xml: every page, both languages, with the zh and en versions as alternates of each
// other. A sitemap needs absolute addresses: without portal.yaml's base_url there is none (a
// dynamic route that then has no path), and the build says so once (src/integration/validate.ts).
import type { APIRoute } from 'astro';
import { sitePages } from '../data/routes.ts';
import { sitemapXml } from '../lib/links.ts';
import { loadSettings } from '../lib/settings.ts';

export function getStaticPaths() {
  return loadSettings().base_url ? [{ params: { sitemap: 'sitemap' } }] : [];
}

export const GET: APIRoute = () =>
  new Response(sitemapXml(loadSettings().base_url!, sitePages()), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
