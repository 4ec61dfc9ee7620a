// /robots.txt: everything may be crawled; it names the sitemap where portal.yaml gives base_url.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/links.ts';
import { loadSettings } from '../lib/settings.ts';

export const GET: APIRoute = () => new Response(robotsTxt(loadSettings().base_url), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
