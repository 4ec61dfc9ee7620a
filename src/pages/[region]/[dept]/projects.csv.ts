// /<region>/<dept>/projects.csv: one department's projects, every year.
import type { APIRoute } from 'astro';
import { builtRegions } from '../../../data/routes.ts';
import { loadSite, projectRows } from '../../../data/site.ts';
import { CSV, piecesResponse } from '../../../data/respond.ts';
import { projectsCsv } from '../../../lib/export.ts';

export function getStaticPaths() {
  return builtRegions().flatMap((r) => r.departments.map((d) => ({ params: { region: r.slug, dept: d.slug } })));
}

export const GET: APIRoute = ({ params }) => piecesResponse(projectsCsv(projectRows(params.region, params.dept)), CSV);
