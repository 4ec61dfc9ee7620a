// /<region>/projects.csv: every project of one region.
import type { APIRoute } from 'astro';
import { builtRegions } from '../../data/routes.ts';
import { loadSite, projectRows } from '../../data/site.ts';
import { CSV, piecesResponse } from '../../data/respond.ts';
import { projectsCsv } from '../../lib/export.ts';

export function getStaticPaths() {
  return builtRegions().map((r) => ({ params: { region: r.slug } }));
}

export const GET: APIRoute = ({ params }) => piecesResponse(projectsCsv(projectRows(params.region)), CSV);
