// /headlines.csv: each disclosure's headline figures, one line per disclosure.
import type { APIRoute } from 'astro';
import { CSV, textResponse } from '../data/respond.ts';
import { headlineSources } from '../data/site.ts';
import { headlinesCsv } from '../lib/export.ts';

export const GET: APIRoute = () => textResponse(headlinesCsv(headlineSources()), CSV);
