// /projects.csv: every project of the portal.
import type { APIRoute } from 'astro';
import { projectRows } from '../data/site.ts';
import { CSV, piecesResponse } from '../data/respond.ts';
import { projectsCsv } from '../lib/export.ts';

export const GET: APIRoute = () => piecesResponse(projectsCsv(projectRows()), CSV);
