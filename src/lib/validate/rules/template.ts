// Template rules: the template files are sound (ids, labels, figure names), and a disclosure files
// every printed figure, every printed variant and every table status under a table of its template.
import { TERM_KEYS, termByKey } from '../../glossary.ts';
import { FIGURE_REF_EXAMPLES, parseFigureRef } from '../../figures/registry.ts';
import { findLabel } from '../../derive/labels.ts';
import { tableAccepts } from '../../derive/template-cells.ts';
import { tableHasData } from '../../derive/tables.ts';
import type { Loaded } from '../../source/load.ts';
import type { PathSegment } from '../../source/yaml.ts';
import type { Template, TemplateRow } from '../../schema/template.ts';
import { closest } from '../schema-issues.ts';
import { listOf, ruleWord } from '../catalogue.ts';
import type { Finding } from '../finding.ts';
import { makeFinding, type RuleContext } from './context.ts';

/** The template a disclosure names, or the default one. */
export const DEFAULT_TEMPLATE = 'shanxi-municipal';
export const templateIdOf = (data: { template?: string }) => data.template ?? DEFAULT_TEMPLATE;

const suggest = (value: string, options: readonly string[]) => {
  const near = closest(value, options);
  return near ? ruleWord('didYouMean', { value: near }) : '';
};

function knownTemplate(ctx: RuleContext, known: readonly string[]): Finding[] {
  if (ctx.template) {
    const kind = ctx.data.kind ?? 'budget';
    if (ctx.template.kinds.includes(kind)) return [];
    return [makeFinding(ctx.file, 'reference/not-in-template', ctx.data.kind ? ['kind'] : [], { template: ctx.template.id, value: kind, place: ruleWord('amongKinds'), suggestion: '' })];
  }
  const value = templateIdOf(ctx.data);
  return [makeFinding(ctx.file, 'reference/unknown-template', ctx.data.template ? ['template'] : [], { value, known: known.length ? listOf(known) : '—', suggestion: suggest(value, known) })];
}

function inTemplate(ctx: RuleContext): Finding[] {
  const template = ctx.template;
  if (!template) return [];
  const out: Finding[] = [];
  const tables = new Map(template.tables.map((t) => [t.id, t]));
  const ids = [...tables.keys()];
  const titleOf = (id: string) => findLabel(template, tables.get(id)!.title) ?? { zh: id, en: id };
  const missingTable = (path: PathSegment[], id: string) =>
    makeFinding(ctx.file, 'reference/not-in-template', path, { template: template.id, value: id, place: ruleWord('amongTables'), suggestion: suggest(id, ids) });
  for (const [table, figures] of Object.entries(ctx.data.published ?? {})) {
    const t = tables.get(table);
    if (!t) {
      out.push(missingTable(['published', table], table));
      continue;
    }
    for (const name of Object.keys(figures)) {
      const ref = parseFigureRef(name);
      if (ref && !tableAccepts(t, ref)) {
        const title = titleOf(table);
        out.push(makeFinding(ctx.file, 'reference/not-in-template', ['published', table, name], { template: template.id, value: name, place: ruleWord('inTable', { title }), suggestion: '' }));
      }
    }
  }
  ctx.data.expenditure.forEach((l, i) =>
    l.printed?.forEach((p, k) => {
      if (!tables.has(p.table)) out.push(missingTable(['expenditure', i, 'printed', k, 'table'], p.table));
    }),
  );
  const STATUS = { empty: ruleWord('statusEmpty'), not_published: ruleWord('statusNotPublished') } as const;
  for (const [table, status] of Object.entries(ctx.data.tables ?? {})) {
    const t = tables.get(table);
    if (!t) {
      out.push(missingTable(['tables', table], table));
      continue;
    }
    if (status === 'published') continue;
    const printed = Object.keys(ctx.data.published?.[table] ?? {});
    const hasData = tableHasData({ data: ctx.data, derived: ctx.derived, catalogue: ctx.catalogue, template }, t);
    if (printed.length || hasData) {
      const title = titleOf(table);
      out.push(makeFinding(ctx.file, 'reference/table-status', ['tables', table], { table: { zh: title.zh, en: title.en }, status: STATUS[status], value: printed.length ? `published.${table}.${printed[0]}` : ruleWord('tableRows') }));
    }
  }
  return out;
}

export function templateRules(known: readonly string[]) {
  return [(ctx: RuleContext) => knownTemplate(ctx, known), inTemplate];
}

/** Every label key and figure name of a row, with its path under the row. */
function rowParts(row: TemplateRow): { labels: [PathSegment[], string][]; figures: [PathSegment[], string][] } {
  const labels: [PathSegment[], string][] = [];
  const figures: [PathSegment[], string][] = [];
  const list = (key: string, names: readonly (string | null)[] | undefined, at: PathSegment[]) => names?.forEach((n, i) => n !== null && figures.push([[...at, key, i], n]));
  if ('group' in row) labels.push([['group'], row.group]);
  else if ('functional' in row) {
    list('total', row.functional.total, ['functional']);
    if (row.functional.total_label) labels.push([['functional', 'total_label'], row.functional.total_label]);
  } else if ('economic' in row) {
    list('total', row.economic.total, ['economic']);
    if (row.economic.total_label) labels.push([['economic', 'total_label'], row.economic.total_label]);
  } else if ('list' in row) {
    if (row.total_label) labels.push([['total_label'], row.total_label]);
  } else if ('label' in row) {
    labels.push([['label'], row.label]);
    list('figures', row.figures, []);
    if (row.only_if) figures.push([['only_if'], row.only_if]);
  }
  return { labels, figures };
}

/** The template files themselves: id and file name, unique tables and terms, known labels and figures. */
export function checkTemplate(file: Loaded<Template>): Finding[] {
  const t = file.data;
  const out: Finding[] = [];
  if (file.source.name !== undefined && t.id !== file.source.name) out.push(makeFinding(file, 'template/id', ['id'], { value: t.id, expected: file.source.name }));
  const termKeys = new Set<string>();
  t.terms?.forEach((term, i) => {
    if (termKeys.has(term.key) || termByKey(term.key)) out.push(makeFinding(file, 'template/duplicate', ['terms', i, 'key'], { what: ruleWord('templateTerm'), value: term.key }));
    termKeys.add(term.key);
  });
  const label = (path: PathSegment[], key: string) => {
    if (!findLabel(t, key)) out.push(makeFinding(file, 'template/unknown-label', path, { value: key, suggestion: suggest(key, [...TERM_KEYS, ...termKeys]) }));
  };
  const figure = (path: PathSegment[], name: string) => {
    if (!parseFigureRef(name)) out.push(makeFinding(file, 'template/figure', path, { value: name, examples: FIGURE_REF_EXAMPLES.slice(0, 12).join(', ') }));
  };
  const tableIds = new Set<string>();
  t.tables.forEach((table, ti) => {
    const at: PathSegment[] = ['tables', ti];
    if (tableIds.has(table.id)) out.push(makeFinding(file, 'template/duplicate', [...at, 'id'], { what: ruleWord('templateTable'), value: table.id }));
    tableIds.add(table.id);
    label([...at, 'title'], table.title);
    if (table.note) label([...at, 'note'], table.note);
    if (table.empty_unless && table.empty_unless !== 'never') figure([...at, 'empty_unless', 'figure'], table.empty_unless.figure);
    const layouts: [PathSegment[], { heading: string[]; columns: { label: string }[]; rows: TemplateRow[] }][] = [[at, table], ...(table.fallback ? [[[...at, 'fallback'], table.fallback] as [PathSegment[], typeof table.fallback]] : [])];
    for (const [base, l] of layouts) {
      l.heading.forEach((k, i) => label([...base, 'heading', i], k));
      l.columns.forEach((c, i) => label([...base, 'columns', i, 'label'], c.label));
      l.rows.forEach((row, ri) => {
        const parts = rowParts(row);
        for (const [p, k] of parts.labels) label([...base, 'rows', ri, ...p], k);
        for (const [p, n] of parts.figures) figure([...base, 'rows', ri, ...p], n);
      });
    }
  });
  return out;
}
