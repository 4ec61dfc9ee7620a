// /data.json: every disclosure in one file, with the regions and departments.
import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { disclosureJson, EXPORT_VERSION, toPlain } from '../lib/export.ts';

export const GET: APIRoute = () => {
  const site = loadSite();
  const body = {
    format: `gongkai-portal/${EXPORT_VERSION}`,
    regions: site.regions.map((r) => ({ slug: r.slug, ...(toPlain(r.info) as object), departments: r.departments.map((d) => ({ slug: d.slug, ...(toPlain(d.info) as object), years: d.years.map((y) => y.year) })) })),
    disclosures: site.disclosures.map((e) => disclosureJson(e.data, e.derived)),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
