// Static paths for every route, shared by the Chinese pages and their English twins under /en/.
import { existsSync } from 'node:fs';
import { currentEntry, figureRows, loadSite, peersOnOwnPages, regionInShard, tableContext, type DisclosureEntry } from './site.ts';
import { disclosureCharts } from '../lib/charts/specs.ts';
import { standardTables, type StandardTable } from '../lib/derive/tables.ts';
import { localePath, otherLang, rootLanguage } from '../lib/i18n.ts';
import { archivePath } from '../lib/source/load.ts';
import { COMPARE_FIGURES, comparePath, peerGroups, peersPath } from '../lib/derive/compare.ts';
import type { Lang } from '../lib/glossary.ts';
import type { SitePage } from '../lib/links.ts';

/** The language at the root of the site, from portal.yaml. */
export function rootLang(): Lang {
  return rootLanguage();
}

/** The same paths under the other language's prefix (/en/… or /zh/…). */
export function altPaths<T extends { params: Record<string, string>; props?: object }>(paths: T[] = [{ params: {}, props: {} } as unknown as T]) {
  const alt = otherLang(rootLang());
  return paths.map((p) => ({ ...p, params: { ...p.params, alt } }));
}

/** The regions this build renders: all of them, or a shard's (src/lib/shard.ts). */
export function builtRegions() {
  return loadSite().regions.filter((r) => regionInShard(r.slug));
}

/** The disclosures this build renders. */
function builtDisclosures() {
  return loadSite().disclosures.filter((e) => regionInShard(e.region));
}

export function regionPaths() {
  return builtRegions().map((region) => ({ params: { region: region.slug }, props: { region } }));
}

export function departmentPaths() {
  return builtRegions().flatMap((r) => r.departments.map((department) => ({ params: { region: r.slug, dept: department.slug }, props: { department, region: r.info } })));
}

/**
 * A CSV per standard table of each disclosure: /<region>/<dept>/<year>/tables/<table>.csv (and
 * under /en/). Props name the table, not hold it: Astro keeps every route's paths for the whole
 * build, and tables held there grew the build's memory with the portal (docs/scale.md).
 */
export function tableCsvPaths() {
  return builtDisclosures().flatMap((entry) =>
    standardTables(tableContext(entry)).map((table) => ({ params: { region: entry.region, dept: entry.department, year: String(entry.year), table: table.id }, props: { entry, table: table.id } })),
  );
}

/** The standard table `id` of a disclosure, as its CSV route names it. */
export function tableOf(entry: DisclosureEntry, id: string): StandardTable {
  const table = standardTables(tableContext(currentEntry(entry))).find((t) => t.id === id);
  if (!table) throw new Error(`${entry.path}: no standard table "${id}"`);
  return table;
}

export function disclosurePaths() {
  return builtDisclosures().map((entry) => ({ params: { region: entry.region, dept: entry.department, year: String(entry.year) }, props: { entry } }));
}

/**
 * Project pages exist in Chinese only: they are the published forms' text, with a handful of
 * interface words. When Chinese is not the root language they live under /zh/.
 */
export function projectPaths() {
  if (rootLanguage() !== 'zh') return [];
  return allProjectPaths();
}

export function altProjectPaths() {
  if (rootLanguage() === 'zh') return [];
  return altPaths(allProjectPaths());
}

function allProjectPaths() {
  return builtDisclosures().flatMap((entry) =>
    (entry.data.projects ?? []).map((project) => ({ params: { region: entry.region, dept: entry.department, year: String(entry.year), project: project.id }, props: { entry, project } })),
  );
}

/**
 * The archived copies of the documents (source.archive), each published beside its disclosure. A
 * build has checked that each is there; under astro dev a missing one (a finding) has no page.
 */
export function archivePaths() {
  return builtDisclosures().flatMap((entry) => {
    const name = entry.data.source.archive;
    const file = name ? archivePath(entry.file.source.file, name) : '';
    return name && existsSync(file) ? [{ params: { region: entry.region, dept: entry.department, year: String(entry.year), archive: name }, props: { file } }] : [];
  });
}

/** A page per compared figure: /compare/<figure>/ (the index, /compare/, is one of the site's own pages). */
export function comparePaths() {
  return COMPARE_FIGURES.map((figure) => ({ params: { figure: figure.slug }, props: { figure } }));
}

/** A page per group of peers of each figure, for a portal past page_rows_max; none otherwise. */
export function comparePeerPaths() {
  if (!peersOnOwnPages()) return [];
  return COMPARE_FIGURES.flatMap((figure) => peerGroups(figureRows(figure)).map((g) => ({ params: { figure: figure.slug, type: g.type, year: String(g.year) }, props: { figure, type: g.type, year: g.year } })));
}

/** The portal's own pages, each in both languages (search, lists, glossary and the MDX pages). */
const SITE_PAGES = ['/', '/search/', '/projects/', '/compare/', '/glossary/', '/about/', '/data-dictionary/', '/guide/'];

/**
 * Every page the build writes (the 404 page aside), each with its path in each language it exists
 * in, for the sitemap. From the same paths the routes above give; a test checks it against the
 * built files, so a new page type that is missing here fails it.
 */
export function sitePages(): SitePage[] {
  const both = (path: string): SitePage => ({ zh: localePath(path, 'zh'), en: localePath(path, 'en') });
  const site = loadSite();
  return [
    ...SITE_PAGES.map(both),
    ...COMPARE_FIGURES.map((f) => both(comparePath(f.slug))),
    ...comparePeerPaths().map(({ props: p }) => both(peersPath(p.figure.slug, p.type, p.year, true))),
    ...site.regions.flatMap((r) => [both(r.path), both(`${r.path}projects/`), ...r.departments.map((d) => both(d.path))]),
    ...site.disclosures.flatMap((e) => [both(e.path), ...(e.data.projects ?? []).map((p) => ({ zh: localePath(`${e.path}projects/${p.id}/`, 'zh') }))]),
  ];
}

/**
 * A page per chart of a disclosure, to embed in another site: /embed/<region>/<dept>/<year>/<chart>/.
 * Chart ids are the same in either language.
 */
export function embedPaths() {
  return builtDisclosures().flatMap((entry) =>
    disclosureCharts(tableContext(entry), rootLang())
      .filter((spec) => !spec.sentence)
      .map((spec) => ({ params: { region: entry.region, dept: entry.department, year: String(entry.year), chart: spec.id }, props: { entry, chart: spec.id } })),
  );
}
