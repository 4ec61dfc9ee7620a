// Downloads: a disclosure as JSON, its tables and the project list as CSV. Amounts are written as
// exact decimal strings, never as JSON numbers (a reader's float would round them).
import { Decimal, WAN, type Amount } from './money.ts';
import type { Disclosure } from './schema/index.ts';
import type { StandardTable } from './derive/tables.ts';
import type { Lang } from './glossary.ts';
import type { Derived } from './derive/derive.ts';
import { annualYuan, formUnit, projectWan } from './derive/project-amount.ts';

/** Plain JSON of a value: Amounts become their text ("1138.19"), Decimals their fixed form. */
export function toPlain(value: unknown): unknown {
  if (value instanceof Decimal) return value.toFixed();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('value' in v && 'text' in v && 'scale' in v && v.value instanceof Decimal) return (v as unknown as Amount).text;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = toPlain(x);
    return out;
  }
  return value;
}

/**
 * Personal data stays out of downloads as it stays off the pages. The unit of each project form
 * and of the performance targets is written out, so a reader of the amounts need not know the defaults.
 */
function forDownload(data: Disclosure): Disclosure {
  return {
    ...data,
    projects: data.projects?.map(({ contacts: _contacts, ...p }) => ({ ...p, form_unit: formUnit(p) })),
    ...(data.performance_targets && { performance_targets: { ...data.performance_targets, unit: data.performance_targets.unit ?? '万元' } }),
  };
}

export const EXPORT_VERSION = 1;

export interface DisclosureExport {
  format: string;
  region: string;
  department: string;
  year: number;
  totals: Record<string, string>;
  /** The template's tables as the page shows them, where asked for. */
  tables?: TableExport[];
  data: unknown;
}

export interface TableExport {
  id: string;
  title: { zh: string; en: string };
  status: StandardTable['status'];
  unit: string;
  columns: { zh: string; en: string }[];
  rows: { code?: string; label: string; kind: string; depth: number; cells: (string | null)[] }[];
}

/** A table as JSON: amounts as text at the precision shown, blank cells null. */
export function tableJson(table: StandardTable): TableExport {
  return {
    id: table.id,
    title: table.title,
    status: table.status,
    unit: table.unit,
    columns: [...table.heading, ...table.columns],
    rows: table.rows.map((r) => ({ ...(r.code !== undefined && { code: r.code }), label: r.label.zh, kind: r.kind, depth: r.depth, cells: r.cells.map((c) => (c.value === null ? null : c.value.toFixed(c.scale))) })),
  };
}

export function disclosureJson(data: Disclosure, derived: Derived, tables?: readonly StandardTable[]): DisclosureExport {
  const totals: Record<string, string> = {};
  for (const ref of ['total', 'basic', 'project', 'income', 'personnel', 'public_costs', 'three_public', 'admin_costs', 'projects']) {
    const f = derived.figure(ref);
    if (f) totals[ref] = f.value.toFixed(2);
  }
  return { format: `gongkai-disclosure/${EXPORT_VERSION}`, region: data.region, department: data.department, year: data.year, totals, ...(tables && { tables: tables.map(tableJson) }), data: toPlain(forDownload(data)) };
}

/**
 * A portal's JSON, `{ ...head, disclosures: [...] }`, in pieces: the head, then one disclosure per
 * piece, each taken only when asked for. The same text as JSON.stringify of the whole, which at
 * 20,000 disclosures is longer than any string V8 can hold.
 */
export function* portalJsonPieces(head: Record<string, unknown>, disclosures: Iterable<unknown>): Generator<string> {
  const empty = JSON.stringify({ ...head, disclosures: [] });
  yield empty.slice(0, -2);
  let first = true;
  for (const d of disclosures) {
    yield `${first ? '' : ','}${JSON.stringify(d)}`;
    first = false;
  }
  yield ']}';
}

/** One CSV field, quoted when it must be (RFC 4180). Leading =+-@ are neutralised for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a byte order mark, so Excel shows Chinese correctly; CRLF line ends. */
export function csv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * The same CSV as `csv`, in pieces: the header, then each group's rows (one disclosure's, say),
 * computed only when the piece is asked for. A portal's long-format file outgrows the longest
 * string V8 can hold (about 512 M characters) near 15,000 disclosures; pieces never make one.
 */
export function* csvPieces(header: readonly string[], groups: Iterable<readonly (readonly string[])[]>): Generator<string> {
  yield `\uFEFF${header.map(csvField).join(',')}\r\n`;
  for (const rows of groups) if (rows.length) yield rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

/** A standard table as CSV: the columns of the page, each amount at the precision it is shown with. */
export function tableCsv(table: StandardTable, lang: Lang = 'zh'): string {
  const hasCode = table.heading.length > 1;
  const header = [...table.heading, ...table.columns].map((l) => l[lang]);
  const rows = table.rows.map((r) => {
    const cells = r.cells.map((c) => (c.value === null ? '' : c.value.toFixed(c.scale)));
    return hasCode ? [r.code ?? '', r.label[lang], ...cells] : [r.label[lang], ...cells];
  });
  return csv([header, ...rows]);
}

export interface ProjectRow {
  region: string;
  regionName: string;
  department: string;
  departmentName: string;
  year: number;
  data: Disclosure;
  project: NonNullable<Disclosure['projects']>[number];
  /** The project page's path on the site, for links: /linfen/xingzheng-shenpi/2020/projects/<id>/. */
  path: string;
  /** Its absolute address (base_url and path), for the CSV. */
  url: string;
}

export const PROJECT_COLUMNS = ['region', 'region_name', 'department', 'department_name', 'year', 'project_id', 'project_name', 'unit', 'category', 'attribute', 'code', 'amount_wan', 'annual_yuan', 'url'] as const;

/** The project list as CSV, in pieces of up to 1,000 projects, each made when it is read. */
export function projectsCsv(rows: readonly ProjectRow[]): Generator<string> {
  return csvPieces(PROJECT_COLUMNS, (function* () {
    for (let i = 0; i < rows.length; i += 1000) yield rows.slice(i, i + 1000).map(projectLine);
  })());
}

function projectLine(r: ProjectRow): string[] {
  const unit = r.data.organisation?.units?.find((u) => u.id === r.project.unit)?.name ?? '';
  return [
    r.region,
    r.regionName,
    r.department,
    r.departmentName,
    String(r.year),
    r.project.id,
    r.project.name,
    unit,
    r.project.category ?? '',
    r.project.attribute ?? '',
    r.project.code ?? '',
    projectWan(r.project)?.toFixed(2) ?? '',
    annualYuan(r.project)?.value.toFixed() ?? '',
    r.url,
  ];
}

/** One disclosure's place in a long-format file: who, which year, which kind of document. */
export interface FigureSource {
  region: string;
  department: string;
  year: number;
  kind: string;
  tables: readonly StandardTable[];
}

export const FIGURE_COLUMNS = ['region', 'department', 'year', 'kind', 'table', 'code', 'name', 'column', 'amount', 'unit'] as const;

/**
 * Every figure of every table, one per line ("tidy", long format): the cell's table, its row's
 * code and name, its column, and the amount at the precision the page shows. Blank cells are left
 * out; a table the document did not print has no lines. Names and columns in Chinese, as printed.
 */
export function figureRows(source: FigureSource): string[][] {
  return source.tables.flatMap((table) =>
    table.rows.flatMap((row) =>
      row.cells.flatMap((cell, i) => (cell.value === null ? [] : [[source.region, source.department, String(source.year), source.kind, table.id, row.code ?? '', row.label.zh, table.columns[i]?.zh ?? '', cell.value.toFixed(cell.scale), table.unit]])),
    ),
  );
}

/** The long-format CSV in pieces, one per disclosure, each source taken only when its piece is asked for. */
export function figuresCsv(sources: Iterable<FigureSource>): Generator<string> {
  return csvPieces(FIGURE_COLUMNS, (function* () {
    for (const source of sources) yield figureRows(source);
  })());
}

/** The headline figures, one line per disclosure: the ones the portal's cards show. */
export const HEADLINE_FIGURES = ['total', 'basic', 'project', 'income', 'three_public', 'admin_costs', 'projects'] as const;
export const HEADLINE_COLUMNS = ['region', 'region_name', 'department', 'department_name', 'year', 'kind', ...HEADLINE_FIGURES, 'unit', 'url'] as const;

export interface HeadlineSource {
  region: string;
  regionName: string;
  department: string;
  departmentName: string;
  year: number;
  kind: string;
  derived: Derived;
  url: string;
}

/** Each headline figure from the file's leaves, two decimals (万元); blank where the file has nothing to derive it from. */
export function headlinesCsv(sources: readonly HeadlineSource[]): string {
  return csv([
    [...HEADLINE_COLUMNS],
    ...sources.map((h) => [h.region, h.regionName, h.department, h.departmentName, String(h.year), h.kind, ...HEADLINE_FIGURES.map((f) => h.derived.figure(f)?.value.toFixed(2) ?? ''), WAN, h.url]),
  ]);
}
