// /headlines.csv: each disclosure's headline figures, one line per disclosure.
import type { APIRoute } from 'astro';
import { headlineSources } from '../data/site.ts';
import { headlinesCsv } from '../lib/export.ts';

export const GET: APIRoute = () => new Response(headlinesCsv(headlineSources()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
