// A published document → a draft disclosure: the tables (tables.ts), the project forms
// (projects.ts), and everything else kept as comments at its source line. The draft is YAML text
// that `check` judges like any other file; nothing in it is invented.
import { Document, isMap, isSeq } from 'yaml';
import type { CodeCatalogue } from '../derive/catalogue.ts';
import { normaliseName } from '../derive/catalogue.ts';
import { DEPARTMENT_NAME_LINE, DEPARTMENT_TARGETS_TITLE, departmentBeforeYear, PROJECT_FORM_TITLE } from '../chinese-text.ts';
import type { Lang } from '../glossary.ts';
import { bilingual, otherLang, t, tf } from '../i18n.ts';
import type { Template } from '../schema/template.ts';
import { labelText } from './cells.ts';
import { importNarrative } from './narrative.ts';
import { statedProcurement } from './procurement.ts';
import { isPerformanceTargetsTitle, readPerformanceTargets } from './performance-targets.ts';
import { importProjectForms } from './projects.ts';
import { tableSections, titleOf } from './segment.ts';
import { importLines, type ImportLine, type Leftover } from './source.ts';
import { readSections, type Draft } from './tables.ts';

export interface ImportTarget {
  region: string;
  department: string;
  year: number;
  /** File name of the source, recorded as source.document. */
  document: string;
}

export interface ImportResult {
  /** The draft as YAML text. */
  yaml: string;
  /** The draft as data (what `yaml` holds), for tests and the report. */
  data: Record<string, unknown>;
  found: Draft['found'];
  projects: number;
  indicators: number;
  leftovers: Leftover[];
  /** Source lines whose HTML was turned into plain text. */
  htmlConverted: number[];
  /** Rows placed under the code their name has elsewhere in the document, not the code printed. */
  recoded: Draft['recoded'];
  /** The department's name as the document prints it, when found. */
  departmentName?: string;
}

/** Units named in the tables and forms, each given an id once (unit-1, unit-2 …). */
class Units {
  readonly list: { id: string; name: string }[] = [];
  idOf(name: string): string {
    const key = normaliseName(labelText(name));
    const found = this.list.find((u) => normaliseName(u.name) === key);
    if (found) return found.id;
    const id = `unit-${this.list.length + 1}`;
    this.list.push({ id, name: labelText(name) });
    return id;
  }
}

/** The department's name: 单位名称 / 部门名称 lines, else what precedes the year in a table title. */
function departmentNameOf(lines: readonly ImportLine[], year: number): string | undefined {
  for (const l of lines) {
    const m = DEPARTMENT_NAME_LINE.exec(l.text);
    if (m) return labelText(m[1]!);
  }
  for (const l of lines) {
    if (!titleOf(l)) continue;
    const m = departmentBeforeYear(year).exec(labelText(l.text));
    if (m && m[1]!.length >= 4) return m[1];
  }
  return undefined;
}

const isFormTitle = (l: ImportLine) => PROJECT_FORM_TITLE.test(l.text.replace(/\s+/g, '')) && !DEPARTMENT_TARGETS_TITLE.test(l.text);

/** `context.lang`: the language of the draft's comments (zh unless given); leftovers keep both. */
export function importDocument(text: string, target: ImportTarget, context: { template: Template; catalogue: CodeCatalogue; lang?: Lang }): ImportResult {
  const lines = importLines(text);
  const units = new Units();
  const forms = importProjectForms(lines, { unitId: (name) => units.idOf(name) });
  // The department-wide targets: from their title to the next table or form.
  const targetsAt = lines.findIndex((l) => isPerformanceTargetsTitle(l));
  const targetsEnd = targetsAt < 0 ? -1 : lines.findIndex((l, i) => i > targetsAt && (titleOf(l) !== null || isFormTitle(l)));
  const targetLines = targetsAt < 0 ? [] : lines.slice(targetsAt, targetsEnd < 0 ? undefined : targetsEnd);
  const performance = targetLines.length ? readPerformanceTargets(targetLines) : undefined;
  const inTargets = new Set(targetLines.map((l) => l.line));
  const inForm = (l: ImportLine) => inTargets.has(l.line) || forms.consumed.some(([a, b]) => l.line >= a && l.line <= b);
  const { sections, outside } = tableSections(
    lines.filter((l) => !inForm(l)),
    (l) => isFormTitle(l),
  );
  const projects = forms.projects.map((p) => ({ id: String(p.id), name: String(p.name ?? '') }));
  const draft = readSections(sections.filter((s) => s.table !== 'narrative'), { template: context.template, catalogue: context.catalogue, year: target.year, projects });
  // 项目支出表 gives each project's amount in 万元, beside its form's funding in 元.
  for (const p of forms.projects) {
    const id = String(p.id);
    if (draft.projectAmounts[id]) p.amount = draft.projectAmounts[id];
    // The table's name is the name where the form's differs only in how it is written
    // (traditional characters 綜合窗口改革經費, bracket width): the tables print it the same way.
    const tableName = draft.projectNames[id];
    if (tableName) p.name = tableName;
  }
  const narrative = importNarrative(sections.filter((s) => s.table === 'narrative'), outside);
  const name = departmentNameOf(lines, target.year);
  // Procurement: the table's items and totals, else the totals the text states.
  const stated = statedProcurement(lines);
  const totals = { ...stated, ...draft.procurement?.totals };
  const procurement = draft.procurement?.items.length || Object.keys(totals).length ? { ...totals, ...(draft.procurement?.items.length && { items: draft.procurement.items }) } : undefined;
  const adminUnits = draft.admin_costs.map((a) => ({ unit: units.idOf(a.unitName), amount: a.amount }));
  draft.admin_costs.forEach((a, i) => {
    if (a.rowTotal) (draft.published.admin_costs ??= {})[`admin_costs.${adminUnits[i]!.unit}`] = a.amount;
  });

  const data: Record<string, unknown> = {
    region: target.region,
    department: target.department,
    year: target.year,
    ...(context.template.id !== 'shanxi-municipal' && { template: context.template.id }),
    source: { title: labelText(lines[0]?.text ?? target.document), publisher: name ?? target.department, year: target.year, document: target.document },
    organisation: { name: name ?? target.department, units: units.list.map((u) => ({ id: u.id, name: u.name })) },
    income: draft.income,
    expenditure: draft.expenditure.map(({ line: _line, ...e }) => e),
    ...((draft.economic.basic.length || draft.economic.project.length) && {
      economic: {
        ...(draft.economic.basic.length && { basic: draft.economic.basic.map(({ line: _line, ...e }) => e) }),
        ...(draft.economic.project.length && { project: draft.economic.project.map(({ line: _line, ...e }) => e) }),
      },
    }),
    ...(Object.keys(draft.three_public).length && { three_public: draft.three_public }),
    ...(adminUnits.length && { admin_costs: { units: adminUnits } }),
    ...(forms.projects.length && { projects: forms.projects }),
    ...(procurement && { procurement }),
    ...(narrative.sections.length && { narrative: { sections: narrative.sections } }),
    ...(performance && Object.keys(performance.targets).length && { performance_targets: performance.targets }),
    published: draft.published,
  };
  if (!units.list.length) delete (data.organisation as Record<string, unknown>).units;

  // Lines outside every table and form: titles of parts, narrative, notes. Kept, never dropped.
  const narrativeLeftovers: Leftover[] = sections
    .filter((s) => s.table === 'narrative')
    .flatMap((s) => [s.title, ...s.lines])
    .filter((l) => !narrative.placed.has(l.line))
    .map((l) => ({ line: l.line, text: l.text, reason: bilingual('importLeftoverNarrativePreamble') }));
  const outsideLeftovers: Leftover[] = outside.filter((l) => !titleOf(l) && !narrative.placed.has(l.line)).map((l) => ({ line: l.line, text: l.text, reason: bilingual('importLeftoverOutsideTables') }));
  const leftovers = [...draft.leftovers, ...forms.leftovers, ...(performance?.leftovers ?? []), ...narrativeLeftovers, ...outsideLeftovers].sort((a, b) => a.line - b.line);
  const indicators = forms.projects.reduce((n, p) => n + (Array.isArray(p.indicators) ? p.indicators.length : 0), 0);
  return { yaml: toYaml(data, target, leftovers, forms.htmlConverted, draft.recoded, context.lang ?? 'zh'), data, found: draft.found, projects: forms.projects.length, indicators, leftovers, htmlConverted: forms.htmlConverted, recoded: draft.recoded, ...(name && { departmentName: name }) };
}

/**
 * The draft's text: a header that says what it is (in the import's language, then the other), the
 * data, then every leftover as a comment, in the import's language.
 */
function toYaml(data: Record<string, unknown>, target: ImportTarget, leftovers: readonly Leftover[], htmlConverted: readonly number[], recoded: Draft['recoded'], lang: Lang): string {
  const doc = new Document(data);
  // Short lines in flow style, as hand-made files write them: one expenditure or economic line per row.
  const flow = (node: unknown) => {
    if (isSeq(node)) for (const item of node.items) if (isMap(item)) item.flow = item.items.every((p) => !isMap(p.value) && !isSeq(p.value));
  };
  flow(doc.getIn(['expenditure']));
  flow(doc.getIn(['economic', 'basic']));
  flow(doc.getIn(['economic', 'project']));
  flow(doc.getIn(['admin_costs', 'units']));
  flow(doc.getIn(['organisation', 'units']));
  const header = [
    '# yaml-language-server: $schema=../../../schemas/disclosure.schema.json',
    `# ${tf('importDraftHeader', lang, { file: target.document })}`,
    `# ${tf('importDraftHeader', otherLang(lang), { file: target.document })}`,
    ...(htmlConverted.length ? [`# ${tf('importHtml', lang, { lines: htmlConverted.join(t('listSep', lang)) })}`] : []),
    ...recoded.map((r) => `# ${tf('importDraftRecoded', lang, { line: r.line, printed: r.printed, name: r.name, code: r.code })}`),
  ];
  const body = String(doc);
  const rest = leftovers.length
    ? ['', `# ${tf('importDraftLeftovers', lang, { count: leftovers.length })}`, ...leftovers.map((l) => `# ${tf('importDraftLeftover', lang, { line: l.line, reason: l.reason[lang], text: l.text.replace(/\s+/g, ' ').slice(0, 300) })}`)]
    : [];
  return `${[...header, body.trimEnd(), ...rest].join('\n')}\n`;
}
