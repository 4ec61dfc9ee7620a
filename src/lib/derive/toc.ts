// The table of contents of a disclosure page: its sections in the order the page shows them, each
// standard table and each narrative section under its own. The ids are those the page gives its
// headings (src/views/DisclosureView.astro and its components; a build test checks that every
// entry leads to one and that every section heading has an entry).
import type { Bilingual } from '../figures/types.ts';
import { PERFORMANCE_TARGETS, SECTIONS, type Lang } from '../glossary.ts';
import { t } from '../i18n.ts';
import { tableAnchor } from '../links.ts';
import type { Disclosure } from '../schema/index.ts';

export interface TocEntry {
  /** The id the entry links to. */
  id: string;
  label: string;
  /** The label is text from the data (Chinese on an English page). */
  data?: boolean;
  children?: TocEntry[];
}

/** What a disclosure page shows, as far as its table of contents needs to know. */
export interface DisclosureSections {
  charts: boolean;
  tables: readonly { id: string; title: Bilingual }[];
  narrative: readonly { id: string; title: string }[];
  organisation: boolean;
  procurement: boolean;
  assets: boolean;
  purchaseServices: boolean;
  performance: boolean;
  otherNotes: boolean;
  projects: boolean;
  performanceTargets: boolean;
}

/** The sections a disclosure's data gives its page, beside its tables and whether it has charts. */
export function sectionsOf(data: Disclosure, departmentName: string, tables: DisclosureSections['tables'], charts: boolean): DisclosureSections {
  return {
    charts,
    tables,
    narrative: data.narrative?.sections ?? [],
    organisation: showsOrganisation(data.organisation, departmentName),
    procurement: !!data.procurement?.text,
    assets: showsAssets(data.assets),
    purchaseServices: !!data.purchase_services,
    performance: !!data.performance,
    otherNotes: !!data.other_notes,
    projects: !!data.projects?.length,
    performanceTargets: !!data.performance_targets,
  };
}

/** The page's sections, in its order: summary, charts, tables, narrative, …, data notes, downloads, source. */
export function disclosureToc(s: DisclosureSections, lang: Lang): TocEntry[] {
  const entry = (show: boolean, id: string, label: string, children?: TocEntry[]): TocEntry[] => (show ? [{ id, label, ...(children?.length && { children }) }] : []);
  return [
    ...entry(true, 'summary-title', t('summary', lang)),
    ...entry(s.charts, 'charts-title', t('charts', lang)),
    ...entry(
      true,
      'tables-title',
      t('tables', lang),
      s.tables.map((tb) => ({ id: tableAnchor(tb.id), label: tb.title[lang] })),
    ),
    ...entry(
      s.narrative.length > 0,
      'narrative-title',
      t('narrative', lang),
      s.narrative.map((n) => ({ id: `n-${n.id}`, label: n.title, data: true })),
    ),
    ...entry(s.organisation, 'organisation-title', SECTIONS.organisation[lang]),
    ...entry(s.procurement, 'procurement-title', SECTIONS.procurement[lang]),
    ...entry(s.assets, 'assets-title', SECTIONS.assets[lang]),
    ...entry(s.purchaseServices, 'purchase-services-title', SECTIONS.purchase_services[lang]),
    ...entry(s.performance, 'performance-title', SECTIONS.performance[lang]),
    ...entry(s.otherNotes, 'other-notes-title', SECTIONS.other_notes[lang]),
    ...entry(s.projects, 'projects-title', t('projects', lang)),
    ...entry(s.performanceTargets, 'performance-targets-title', PERFORMANCE_TARGETS.table[lang]),
    ...entry(true, 'notes-title', t('dataNotes', lang)),
    ...entry(true, 'downloads-title', t('downloads', lang)),
    ...entry(true, 'source-title', t('source', lang)),
  ];
}

type Organisation = NonNullable<Disclosure['organisation']>;
type Staffing = NonNullable<Organisation['staffing']>;

/** Staff figures worth a line: any count, or the document's note. */
export function hasStaff(s: Staffing | undefined): boolean {
  const counts = (record: Record<string, number> | undefined) => Object.keys(record ?? {}).length;
  return !!s && (counts(s.authorized) > 0 || counts(s.actual) > 0 || s.retired !== undefined || s.contract !== undefined || !!s.note);
}

/** Whether 部门基本情况 has anything to show (its printed name only where it differs from the portal's). */
export function showsOrganisation(o: Organisation | undefined, departmentName: string): boolean {
  if (!o) return false;
  return !!(o.aliases?.length || o.duties || o.structure || o.internal_divisions || o.units?.length || hasStaff(o.staffing) || (o.name && o.name !== departmentName));
}

/** Whether 国有资产占有使用情况 has anything to show. */
export function showsAssets(a: Disclosure['assets']): boolean {
  return !!a && !!(a.vehicles || a.buildings?.length || a.fixed_assets?.length || a.figures?.length || a.text);
}
