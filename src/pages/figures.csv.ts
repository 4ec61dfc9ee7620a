// /figures.csv: every figure of every table of every disclosure, one per line (long format).
import type { APIRoute } from 'astro';
import { figureSources } from '../data/site.ts';
import { CSV, piecesResponse } from '../data/respond.ts';
import { figuresCsv } from '../lib/export.ts';

export const GET: APIRoute = () => piecesResponse(figuresCsv(figureSources()), CSV);
