// /projects.csv: every project of the portal.
import type { APIRoute } from 'astro';
import { projectRows } from '../data/site.ts';
import { projectsCsv } from '../lib/export.ts';

export const GET: APIRoute = () => new Response(projectsCsv(projectRows()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
