// /data.json: every disclosure in one file, with the regions and departments.
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { JSON_TYPE, piecesResponse } from '../data/respond.ts';
import { disclosureJson, EXPORT_VERSION, portalJsonPieces, toPlain } from '../lib/export.ts';

export const GET: APIRoute = () => {
  const site = loadSite();
  const head = {
    format: `gongkai-portal/${EXPORT_VERSION}`,
    regions: site.regions.map((r) => ({ slug: r.slug, ...(toPlain(r.info) as object), departments: r.departments.map((d) => ({ slug: d.slug, ...(toPlain(d.info) as object), years: d.years.map((y) => y.year) })) })),
  };
  // Each disclosure's JSON is made when its piece is read.
  const disclosures = (function* () {
    for (const e of site.disclosures) yield disclosureJson(e.data, e.derived);
  })();
  return piecesResponse(portalJsonPieces(head, disclosures), JSON_TYPE);
};
