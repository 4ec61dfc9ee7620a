// /<region>/<dept>/figures.csv: every figure of one department's disclosures, every year (long format).
import type { APIRoute } from 'astro';
import { builtRegions } from '../../../data/routes.ts';
import { figureSources, loadSite } from '../../../data/site.ts';
import { CSV, piecesResponse } from '../../../data/respond.ts';
import { figuresCsv } from '../../../lib/export.ts';

export function getStaticPaths() {
  return builtRegions().flatMap((r) => r.departments.map((d) => ({ params: { region: r.slug, dept: d.slug } })));
}

export const GET: APIRoute = ({ params }) => piecesResponse(figuresCsv(figureSources((e) => e.region === params.region && e.department === params.dept)), CSV);
