// The validated portal, loaded once per build. Pages read from here; they never parse data.
// Under `astro dev` (src/data/dev.ts) data with errors do not stop the server: the site keeps
// every disclosure it can show, each with its errors for a banner, lists every finding for the
// overview (/_check/), and is loaded again when a data file changes. A build still refuses errors.
import { checkPortal, sharedBuildCheck, tableContextFor, type CheckResult } from '../lib/validate/engine.ts';
import { derive, type Derived } from '../lib/derive/derive.ts';
import type { Loaded } from '../lib/source/load.ts';
import type { Department, Disclosure, Region } from '../lib/schema/index.ts';
import type { Finding } from '../lib/validate/finding.ts';
import { loadSettings, pageRowsMax } from '../lib/settings.ts';
import type { TableContext } from '../lib/derive/tables.ts';
import type { FigureSource, HeadlineSource, ProjectRow } from '../lib/export.ts';
import type { Project } from '../lib/schema/index.ts';
import { matchKey, sameProjectElsewhere } from '../lib/derive/project-match.ts';
import { dataFolderMessage, dataFolderProblem, noDisclosureProblem } from '../lib/source/data-folder.ts';
import { standardTables } from '../lib/derive/tables.ts';
import { summarise } from '../lib/derive/summary.ts';
import { disclosureCharts } from '../lib/charts/specs.ts';
import { dataGeneration, isDevServer } from './dev.ts';
import { compareRows, departmentType, shownFigures, type CompareFigure, type CompareRow, type CompareSource } from '../lib/derive/compare.ts';
import { populationIn } from '../lib/derive/per-capita.ts';
import { orderRegions, regionsOfShard, shardOf } from '../lib/shard.ts';

export interface DisclosureEntry {
  region: string;
  department: string;
  year: number;
  file: Loaded<Disclosure>;
  /** The data with errata applied: what readers see. */
  data: Disclosure;
  derived: Derived;
  /** Errata, notes and rounding footnotes for readers. */
  findings: Finding[];
  /** The file's errors: only the dev server shows a page of a file with errors (a build refuses it). */
  errors: Finding[];
  regionInfo: Region;
  departmentInfo: Department;
  /** URL path, e.g. /linfen/xingzheng-shenpi/2020/ */
  path: string;
}

export interface DepartmentEntry {
  region: string;
  slug: string;
  info: Department;
  path: string;
  /** Oldest first. */
  years: DisclosureEntry[];
}

export interface RegionEntry {
  slug: string;
  info: Region;
  path: string;
  departments: DepartmentEntry[];
}

export interface Site {
  result: CheckResult;
  disclosures: DisclosureEntry[];
  regions: RegionEntry[];
  /** Every error of the check: always empty in a build, which refuses them; the dev server shows them. */
  errors: Finding[];
  /** Dev server: disclosure files with errors that have no page (they did not load, or cannot be shown). */
  unshown: Set<string>;
}

let cached: { site: Site; generation: number } | null = null;

export function loadSite(root = process.env.GONGKAI_DATA ?? 'data'): Site {
  if (cached && cached.generation === dataGeneration()) return cached.site;
  const generation = dataGeneration();
  const dev = isDevServer();
  // The build's integration has stopped on these before any page; `astro dev` comes here directly.
  const unusable = dataFolderProblem(root);
  if (unusable) throw new Error(dataFolderMessage(unusable, 'zh', 'environment').message);
  const result = sharedBuildCheck(root) ?? checkPortal(root, { releaseSources: true });
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (errors.length && !dev) {
    throw new Error(`data check failed with ${errors.length} errors; run npm run check for the report`);
  }
  const empty = noDisclosureProblem(result.portal, root);
  if (empty) throw new Error(dataFolderMessage(empty, 'zh', 'environment').message);
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const unshown = new Set<string>();
  const loaded = new Set(result.portal.disclosures.map((d) => d.source.file));
  for (const f of result.portal.files) if (f.kind === 'disclosure' && !loaded.has(f.file)) unshown.add(f.file);
  const disclosures = result.portal.disclosures
    .flatMap((file): DisclosureEntry[] => {
      const { region, department, year } = file.source as { region: string; department: string; year: number };
      const data = result.corrected.get(file.source.file) ?? file.data;
      const own = byFile.get(file.source.file) ?? [];
      const fileErrors = own.filter((f) => f.severity === 'error');
      const regionInfo = result.portal.regions.get(region)?.data;
      const departmentInfo = result.portal.departments.get(`${region}/${department}`)?.data;
      // Without errors (every build) both are there; under the dev server a file whose region or
      // department did not load, or whose errors break its tables, is on the overview only.
      if (!regionInfo || !departmentInfo || (fileErrors.length && !showable(result, data))) {
        unshown.add(file.source.file);
        return [];
      }
      return [{
        region,
        department,
        year,
        file,
        data,
        derived: derive(data),
        findings: own.filter((f) => f.severity !== 'error'),
        errors: fileErrors,
        regionInfo,
        departmentInfo,
        path: `/${region}/${department}/${year}/`,
      }];
    })
    .sort((a, b) => a.region.localeCompare(b.region) || a.department.localeCompare(b.department) || a.year - b.year);
  // Grouped once: filtering every disclosure per department is quadratic in the portal.
  const yearsOf = new Map<string, DisclosureEntry[]>();
  for (const e of disclosures) {
    const key = `${e.region}/${e.department}`;
    const list = yearsOf.get(key);
    if (list) list.push(e);
    else yearsOf.set(key, [e]);
  }
  const regions: RegionEntry[] = orderRegions([...result.portal.regions.keys()], loadSettings().region_order)
    .map((slug) => [slug, result.portal.regions.get(slug)!] as const)
    .map(([slug, r]) => ({
      slug,
      info: r.data,
      path: `/${slug}/`,
      departments: [...result.portal.departments.entries()]
        .filter(([key]) => key.startsWith(`${slug}/`))
        .map(([key, d]) => ({ region: slug, slug: key.split('/')[1]!, info: d.data, path: `/${key}/`, years: yearsOf.get(key) ?? [] }))
        .sort((a, b) => a.slug.localeCompare(b.slug)),
    }));
  const site: Site = { result, disclosures, regions, errors, unshown };
  cached = { site, generation };
  return site;
}

/** Dev server: whether a disclosure with errors still yields its page's figures, tables and charts. */
function showable(result: CheckResult, data: Disclosure): boolean {
  try {
    const ctx = tableContextFor(result, data);
    standardTables(ctx);
    summarise(ctx);
    disclosureCharts(ctx);
    return true;
  } catch {
    return false;
  }
}

/**
 * The entry as the site holds it now. A build loads the site once, so this is `entry`. The dev
 * server loads it again when data change, while Astro may still hand a page the props of its
 * cached static paths for a moment: the page then shows the data on disk, not the old props.
 */
export function currentEntry(entry: DisclosureEntry): DisclosureEntry {
  if (!isDevServer()) return entry;
  return loadSite().disclosures.find((d) => d.path === entry.path) ?? entry;
}

export function tableContext(entry: DisclosureEntry): TableContext {
  return tableContextFor(loadSite().result, entry.data, entry.derived);
}

/** Last year's disclosure of the same department, when there is one. */
export function previousOf(entry: DisclosureEntry): DisclosureEntry | undefined {
  return loadSite().disclosures.find((d) => d.region === entry.region && d.department === entry.department && d.year === entry.year - 1);
}

export function latestOf(dept: DepartmentEntry): DisclosureEntry | undefined {
  return dept.years[dept.years.length - 1];
}

/** Every disclosure with the figures its page shows, for the compare pages; built once per site. */
let compared: { site: Site; sources: CompareSource[] } | null = null;
export function compareSources(): CompareSource[] {
  const site = loadSite();
  if (compared?.site === site) return compared.sources;
  const sources = site.disclosures.map((e) => ({
    region: e.region,
    regionName: e.regionInfo.name,
    regionNameEn: e.regionInfo.name_en,
    department: e.department,
    departmentName: e.departmentInfo.name,
    departmentNameEn: e.departmentInfo.name_en,
    type: departmentType(e.departmentInfo, e.department),
    year: e.year,
    path: e.path,
    figures: shownFigures(tableContext(e)),
    population: populationIn(e.regionInfo, e.year),
  }));
  compared = { site, sources };
  return sources;
}

/** One figure's rows across the portal, largest first; built once per site and figure. */
let figureRowsCache: { site: Site; rows: Map<string, CompareRow[]> } | null = null;
export function figureRows(figure: CompareFigure): CompareRow[] {
  const site = loadSite();
  if (figureRowsCache?.site !== site) figureRowsCache = { site, rows: new Map() };
  let rows = figureRowsCache.rows.get(figure.slug);
  if (!rows) figureRowsCache.rows.set(figure.slug, (rows = compareRows(figure, compareSources())));
  return rows;
}

/**
 * Whether each group of peers (department type and year) has a page of its own: when the portal
 * has more disclosures than a page lists (page_rows_max), a compare page lists the groups instead
 * of every row.
 */
export function peersOnOwnPages(): boolean {
  return loadSite().disclosures.length > pageRowsMax();
}

/** A page's address on the published site (portal.yaml's base_url): downloads carry it whole. */
export function absoluteUrl(path: string): string {
  return `${(loadSettings().base_url ?? '').replace(/\/$/, '')}${path}`;
}

/**
 * Every figure of every table of each disclosure (of one department, or all), for the long-format
 * CSV: one disclosure at a time, its tables built when it is reached, so a portal's tables are
 * never all in memory at once.
 */
export function* figureSources(filter: (e: DisclosureEntry) => boolean = () => true): Generator<FigureSource> {
  for (const e of loadSite().disclosures) {
    if (filter(e)) yield { region: e.region, department: e.department, year: e.year, kind: e.data.kind ?? 'budget', tables: standardTables(tableContext(e)) };
  }
}

/** Each disclosure's headline figures, for headlines.csv. */
export function headlineSources(): HeadlineSource[] {
  return loadSite().disclosures.map((e) => ({ region: e.region, regionName: e.regionInfo.name, department: e.department, departmentName: e.departmentInfo.name, year: e.year, kind: e.data.kind ?? 'budget', derived: e.derived, url: absoluteUrl(e.path) }));
}

export function projectRows(region?: string, department?: string): ProjectRow[] {
  return loadSite()
    .disclosures.filter((e) => (!region || e.region === region) && (!department || e.department === department))
    .flatMap((e) =>
      (e.data.projects ?? []).map((project) => ({
        region: e.region,
        regionName: e.regionInfo.name,
        department: e.department,
        departmentName: e.departmentInfo.name,
        year: e.year,
        data: e.data,
        project,
        path: `${e.path}projects/${project.id}/`,
        url: absoluteUrl(`${e.path}projects/${project.id}/`),
      })),
    );
}

export interface RegionProjectCount {
  region: RegionEntry;
  projects: number;
  departments: number;
}

/** How many projects each region has, in the regions' order, without building their rows. */
export function projectCountsByRegion(): RegionProjectCount[] {
  return loadSite().regions.map((region) => {
    const years = region.departments.flatMap((d) => d.years);
    return {
      region,
      projects: years.reduce((n, e) => n + (e.data.projects?.length ?? 0), 0),
      departments: region.departments.filter((d) => d.years.some((e) => e.data.projects?.length)).length,
    };
  });
}

export interface DepartmentProjectCount {
  department: DepartmentEntry;
  /** Each year that has projects, oldest first. */
  years: { entry: DisclosureEntry; projects: number }[];
  projects: number;
}

/** How many projects each department of a region has in each year, without building their rows. */
export function projectCountsByDepartment(region: string): DepartmentProjectCount[] {
  const entry = loadSite().regions.find((r) => r.slug === region);
  return (entry?.departments ?? []).map((department) => {
    const years = department.years.map((e) => ({ entry: e, projects: e.data.projects?.length ?? 0 })).filter((y) => y.projects > 0);
    return { department, years, projects: years.reduce((n, y) => n + y.projects, 0) };
  });
}

/** Projects by department and match key, built once per site: project pages look up their other years here. */
let byMatch: Map<string, { entry: DisclosureEntry; project: Project }[]> | null = null;
let byMatchOf: Site | null = null;

/** The same project in the department's other years, nearest year first. */
export function otherYears(entry: DisclosureEntry, project: Project): { entry: DisclosureEntry; project: Project }[] {
  const site = loadSite();
  if (!byMatch || byMatchOf !== site) {
    byMatch = new Map();
    byMatchOf = site;
    for (const e of site.disclosures) {
      for (const p of e.data.projects ?? []) {
        const key = `${e.region}/${e.department}/${matchKey(p)}`;
        byMatch.set(key, [...(byMatch.get(key) ?? []), { entry: e, project: p }]);
      }
    }
  }
  const candidates = (byMatch.get(`${entry.region}/${entry.department}/${matchKey(project)}`) ?? []).map((c) => ({ year: c.entry.year, id: c.project.id, name: c.project.name, match: c.project.match, ...c }));
  return sameProjectElsewhere({ year: entry.year, id: project.id, name: project.name, match: project.match }, candidates).map((c) => ({ entry: c.entry, project: c.project }));
}

let shardCache: { site: Site; regions: Set<string> | null } | null = null;

/**
 * Whether this build renders a region's pages: always, unless it is a shard (GONGKAI_SHARD or
 * --shard i/n, src/lib/shard.ts). The portal-wide pages are rendered by every shard.
 */
export function regionInShard(slug: string): boolean {
  const site = loadSite();
  if (shardCache?.site !== site) {
    const shard = shardOf(process.argv, process.env);
    const weights = site.regions.map((r) => ({ slug: r.slug, weight: r.departments.reduce((n, d) => n + d.years.length, 0) }));
    shardCache = { site, regions: shard ? regionsOfShard(shard, weights) : null };
  }
  return !shardCache.regions || shardCache.regions.has(slug);
}
