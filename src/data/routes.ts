// Static paths for every route, shared by the Chinese pages and their English twins under /en/.
import { loadSite } from './site.ts';

export function regionPaths() {
  return loadSite().regions.map((region) => ({ params: { region: region.slug }, props: { region } }));
}

export function departmentPaths() {
  return loadSite().regions.flatMap((r) => r.departments.map((department) => ({ params: { region: r.slug, dept: department.slug }, props: { department, regionName: r.info.name } })));
}

export function disclosurePaths() {
  return loadSite().disclosures.map((entry) => ({ params: { region: entry.region, dept: entry.department, year: String(entry.year) }, props: { entry } }));
}

export function projectPaths() {
  return loadSite().disclosures.flatMap((entry) =>
    (entry.data.projects ?? []).map((project) => ({ params: { region: entry.region, dept: entry.department, year: String(entry.year), project: project.id }, props: { entry, project } })),
  );
}
