// The fill-in workbook (xlsx) for clerks who do not edit YAML: one sheet per kind of data, written
// from a disclosure and read back into the disclosure's shape, with located problems.
// Every cell is text (numFmt '@'): codes keep their digits, and an amount is read as the clerk typed
// it, never through a float (DESIGN principle 3). Long texts, the narrative, errata and notes stay
// in the YAML file; docs/workbook.md lists what the workbook does not cover.
import ExcelJS from 'exceljs';
import { parseFigureRef } from '../figures/registry.ts';
import {
  BASIC_PARTS,
  BASIC_PART_IDS,
  CARRYOVER,
  CODE_LEVELS,
  DETAIL_COLUMNS,
  DISCLOSURE_SCOPES,
  FIGURE_WORDS,
  FUNDING_SOURCES,
  FUNDING_SOURCE_IDS,
  FUNDS,
  FUND_IDS,
  INDICATOR_COLUMNS,
  INDICATOR_SCOPES,
  PROJECT_FIELDS,
  PROJECT_PARTS,
  PROJECT_PART_IDS,
  SPENDING,
  TABLES,
  THREE_PUBLIC,
  type Lang,
  type Term,
} from '../glossary.ts';
import { bilingual, t, tf, type PhraseParams, type StringKey } from '../i18n.ts';
import { Decimal, parseAmount, WAN, YUAN, type AmountProblem } from '../money.ts';
import { date, economicCode, functionalCode, integer, slug, year } from '../schema/primitives.ts';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface WorkbookProblem {
  /** The sheet's name as the clerk sees it (基本信息, 支出…); empty when the file is no workbook. */
  sheet: string;
  /** The cell, e.g. "C5"; A1 when the whole sheet or a column is missing. */
  cell: string;
  message: Bilingual;
}

// ─── Every label a clerk sees ────────────────────────────────────────────────────────────────
// The words are the glossary's budget terms and i18n.ts's workbook strings; here they are laid out
// as sheets, columns and fields. Sheets, headers and fields are written and read back in Chinese.

/** A column of a table sheet. `amount` says which unit its amounts are in and blanks it in a blank form. */
interface Column extends Bilingual {
  key: string;
  amount?: 'wan' | 'form';
  required?: boolean;
  /** Shown for reference only (a unit's name); never read back. */
  display?: boolean;
  width?: number;
}

/** A row of a form sheet (基本信息, 收入, 三公): one field per row. */
interface Field extends Bilingual {
  key: string;
  hint?: string;
  required?: boolean;
  variants?: readonly string[];
}

const term = (t: Term): Bilingual & { variants?: readonly string[] } => ({ zh: t.zh, en: t.en, variants: t.variants });
/** A budget term's two labels, as a column's heading. */
const pair = (t: Term): Bilingual => ({ zh: t.zh, en: t.en });
/** An interface string in both languages, with the same params in each. */
const words = (key: StringKey, params: PhraseParams = {}): Bilingual => bilingual(key, params);
/** The Chinese of an interface string (hints and choices are written in Chinese only). */
const zh = (key: StringKey, params: PhraseParams = {}): string => tf(key, 'zh', params);
/** Table amounts are in 万元. */
const inWan = { unit: WAN };
const amountCol = (key: string, label: Bilingual, unit: 'wan' | 'form' = 'wan'): Column => ({ key, ...label, amount: unit, width: Math.max(12, label.zh.length * 2 + 2) });

const SHEETS = {
  readme: words('workbookSheetReadme'),
  meta: words('workbookSheetMeta'),
  income: words('workbookSheetIncome'),
  expenditure: words('workbookSheetExpenditure'),
  economic: words('workbookSheetEconomic'),
  threePublic: words('workbookSheetThreePublic'),
  adminCosts: words('workbookSheetAdminCosts'),
  projects: words('workbookSheetProjects'),
  detail: words('workbookSheetDetail'),
  indicators: words('workbookSheetIndicators'),
  published: words('workbookSheetPublished'),
};

/** Words a choice cell may hold, by the value written to the YAML. */
const CHOICES = {
  scope: { department: DISCLOSURE_SCOPES.department.zh, unit: DISCLOSURE_SCOPES.unit.zh },
  kind: { budget: zh('workbookChoiceBudget') },
  economicScope: { basic: SPENDING.basic.zh, all: zh('workbookChoiceAllSpending') },
  economicList: { basic: SPENDING.basic.zh, project: SPENDING.project.zh, all: zh('workbookChoiceAllDepartmental'), gov: zh('workbookChoiceAllGov') },
  indicatorScope: { annual: INDICATOR_SCOPES.annual.zh, period: INDICATOR_SCOPES.period.zh, both: zh('workbookChoiceBothScopes') },
  formUnit: { [YUAN]: YUAN, [WAN]: WAN },
  yesNo: { true: zh('workbookYes'), false: zh('workbookNo') },
};

/** How a message names a column: its Chinese heading, and in English its English name too. */
const columnIn = (c: Bilingual) => (lang: Lang): PhraseParams => ({ column: lang === 'zh' ? `“${c.zh}”` : `“${c.zh}”${tf('parenthetical', lang, { text: c.en })}` });

export const LABELS = {
  sheets: SHEETS,
  /** The 说明 sheet: one line per sheet, then the rules for every sheet. */
  readme: {
    columns: [
      { key: 'sheet', ...words('workbookReadmeSheet'), width: 14 },
      { key: 'zh', ...words('workbookReadmeWhat'), width: 90 },
      { key: 'en', ...words('workbookReadmeEnglish'), width: 90 },
    ] as Column[],
    sheets: {
      meta: words('workbookReadmeMeta'),
      income: words('workbookReadmeIncome', inWan),
      expenditure: words('workbookReadmeExpenditure', { level: CODE_LEVELS.item.zh, ...inWan }),
      economic: words('workbookReadmeEconomic', inWan),
      threePublic: words('workbookReadmeThreePublic', inWan),
      adminCosts: words('workbookReadmeAdminCosts', inWan),
      projects: words('workbookReadmeProjects', { ...inWan, formUnit: YUAN }),
      detail: words('workbookReadmeDetail'),
      indicators: words('workbookReadmeIndicators'),
      published: words('workbookReadmePublished', inWan),
    } satisfies Record<string, Bilingual>,
    rules: [
      { sheet: zh('workbookRuleAmounts'), ...words('workbookRuleAmountsText', inWan) },
      { sheet: zh('workbookRuleBlanks'), ...words('workbookRuleBlanksText') },
      { sheet: zh('workbookRuleIds'), ...words('workbookRuleIdsText') },
      { sheet: zh('workbookRuleNotHere'), ...words('workbookRuleNotHereText') },
    ],
  },
  /** Columns of the form sheets: the field, its value, a hint, and the field's key for the importer. */
  form: {
    label: { key: 'label', ...words('workbookColumnField'), required: true, width: 26 } as Column,
    value: { key: 'value', ...words('workbookColumnValue'), required: true, width: 40 } as Column,
    amount: { key: 'value', ...words('workbookColumnAmount', inWan), required: true, amount: 'wan', width: 16 } as Column,
    hint: { key: 'hint', ...words('workbookColumnHint'), display: true, width: 50 } as Column,
    key: { key: 'key', ...words('workbookColumnKey'), width: 22 } as Column,
  },
  meta: [
    { key: 'region', ...words('workbookFieldRegion'), hint: zh('workbookHintRegion'), required: true },
    { key: 'department', ...words('workbookFieldDepartment'), hint: zh('workbookHintDepartment'), required: true },
    { key: 'year', ...words('workbookFieldYear'), hint: zh('workbookHintYear'), required: true },
    { key: 'scope', ...words('workbookFieldScope'), hint: zh('workbookHintScope', CHOICES.scope) },
    { key: 'kind', ...words('workbookFieldKind'), hint: zh('workbookHintKind', CHOICES.kind) },
    { key: 'template', ...words('workbookFieldTemplate'), hint: zh('workbookHintTemplate', { template: 'shanxi-municipal' }) },
    { key: 'title', ...words('workbookFieldTitle'), hint: zh('workbookHintTitle') },
    { key: 'source.title', ...words('workbookFieldSourceTitle'), required: true },
    { key: 'source.publisher', ...words('workbookFieldPublisher'), required: true },
    { key: 'source.year', ...words('workbookFieldYearPublished'), hint: zh('workbookHintYearPublished'), required: true },
    { key: 'source.url', ...words('workbookFieldUrl') },
    { key: 'source.document', ...words('workbookFieldFileName') },
    { key: 'economic.scope', ...words('workbookFieldEconomicScope'), hint: zh('workbookHintEconomicScope', CHOICES.economicScope) },
  ] as Field[],
  income: [
    ...FUND_IDS.map((id): Field => ({ key: id, ...term(FUNDS[id]) })),
    { key: 'carried_over', ...term(CARRYOVER.carried_over) },
  ] as Field[],
  threePublic: [
    { key: 'outbound', ...term(THREE_PUBLIC.outbound) },
    { key: 'reception', ...term(THREE_PUBLIC.reception) },
    { key: 'vehicle_purchase', ...term(THREE_PUBLIC.vehicle_purchase) },
    { key: 'vehicle_operation', ...term(THREE_PUBLIC.vehicle_operation) },
    { key: 'meetings.class1', ...words('workbookFieldMeetings1'), hint: zh('workbookHintMeetings') },
    { key: 'meetings.class2', ...words('workbookFieldMeetings2') },
    { key: 'meetings.class3', ...words('workbookFieldMeetings3') },
    { key: 'meetings.class4', ...words('workbookFieldMeetings4') },
    { key: 'training', ...term(THREE_PUBLIC.training) },
  ] as Field[],
  expenditure: {
    columns: [
      { key: 'code', ...words('workbookColumnFunctionalCode'), required: true, width: 14 },
      { key: 'name', ...words('workbookColumnName'), required: true, width: 40 },
      { ...amountCol('basic', words('workbookColumnBasic', inWan)), required: true },
      { ...amountCol('project', words('workbookColumnProject', inWan)), required: true },
      { key: 'fund', ...words('workbookColumnFund'), width: 16 },
      { key: 'carried_over', ...words('workbookColumnCarriedOver', { choices: `${CHOICES.yesNo.true}/${CHOICES.yesNo.false}` }), width: 16 },
    ] as Column[],
    /** Written only when the data has them: the split of a line as some templates print it. */
    optional: [
      ...BASIC_PART_IDS.map((id) => amountCol(`basic_parts.${id}`, bilingual('workbookColumnBasicPart', (lang) => ({ part: BASIC_PARTS[id][lang], ...inWan })))),
      ...PROJECT_PART_IDS.map((id) => amountCol(`project_parts.${id}`, bilingual('workbookColumnProjectPart', (lang) => ({ part: PROJECT_PARTS[id][lang], ...inWan })))),
    ],
  },
  economic: {
    columns: [
      { key: 'list', ...words('workbookColumnList'), required: true, width: 26 },
      { key: 'code', ...words('workbookColumnEconomicCode'), required: true, width: 14 },
      { key: 'name', ...words('workbookColumnName'), required: true, width: 30 },
      { ...amountCol('amount', words('workbookColumnAmount', inWan)), required: true },
    ] as Column[],
    optional: [
      amountCol('basic', words('workbookColumnOfWhichBasic', inWan)),
      amountCol('project', words('workbookColumnOfWhichProject', inWan)),
      { key: 'gov_code', ...words('workbookColumnGovCode'), width: 16 },
      { key: 'gov_name', ...words('workbookColumnGovName'), width: 24 },
      ...FUND_IDS.map((id) => amountCol(`funds.${id}`, bilingual('workbookColumnFundAmount', (lang) => ({ fund: FUNDS[id][lang], ...inWan })))),
    ] as Column[],
  },
  adminCosts: [
    { key: 'unit', ...words('workbookColumnUnitId'), required: true, width: 22 },
    { key: 'unit_name', ...words('workbookColumnUnitName'), display: true, width: 36 },
    { ...amountCol('amount', words('workbookColumnAmount', inWan)), required: true },
  ] as Column[],
  projects: [
    { key: 'id', ...words('workbookColumnProjectId'), required: true, width: 24 },
    { key: 'name', ...words('workbookColumnProjectName'), required: true, width: 40 },
    { key: 'unit', ...words('workbookColumnProjectUnitId'), width: 20 },
    { key: 'unit_name', ...words('workbookColumnProjectUnitName'), display: true, width: 30 },
    { key: 'code', ...words('workbookColumnFunctionalCode'), width: 14 },
    { key: 'fund', ...words('workbookColumnFund'), width: 16 },
    { key: 'category', ...pair(PROJECT_FIELDS.category), width: 16 },
    { key: 'attribute', ...pair(PROJECT_FIELDS.attribute), width: 20 },
    { key: 'period_years', ...words('workbookColumnPeriodYears'), width: 12 },
    { key: 'start', ...words('workbookColumnStart'), width: 12 },
    { key: 'end', ...words('workbookColumnEnd'), width: 12 },
    amountCol('amount', words('workbookColumnProjectAmount', inWan)),
    { key: 'form_unit', ...words('workbookColumnFormUnit', { units: `${YUAN}/${WAN}` }), width: 14 },
    ...(['annual', 'period'] as const).flatMap((scope) =>
      [...FUNDING_SOURCE_IDS, 'total' as const].map((source) =>
        amountCol(
          `funding.${scope}.${source}`,
          bilingual('workbookColumnFunding', (lang) => ({
            scope: t(scope === 'annual' ? 'workbookFundingAnnual' : 'workbookFundingPeriod', lang),
            source: source === 'total' ? FIGURE_WORDS.total[lang] : FUNDING_SOURCES[source][lang],
          })),
          'form',
        ),
      ),
    ),
    amountCol('previous.total', words('workbookColumnPreviousTotal'), 'form'),
    amountCol('previous.annual', words('workbookColumnPreviousAnnual'), 'form'),
    { key: 'match', ...words('workbookColumnMatch'), width: 20 },
    { key: 'origin', ...words('workbookColumnOrigin'), width: 30 },
    { key: 'remarks', ...pair(PROJECT_FIELDS.remarks), width: 30 },
  ] as Column[],
  detail: [
    { key: 'project', ...words('workbookColumnProjectId'), required: true, width: 24 },
    { key: 'group', ...words('workbookColumnGroup'), width: 26 },
    { key: 'item', ...words('workbookColumnItem'), required: true, width: 26 },
    { key: 'economic', ...words('workbookColumnEconomicCode'), width: 14 },
    { key: 'year', ...words('workbookColumnYear'), width: 8 },
    amountCol('own', pair(DETAIL_COLUMNS.own), 'form'),
    amountCol('higher', words('workbookColumnHigher'), 'form'),
    amountCol('self_raised', pair(DETAIL_COLUMNS.self_raised), 'form'),
    amountCol('other', pair(DETAIL_COLUMNS.other), 'form'),
    amountCol('total', pair(DETAIL_COLUMNS.total), 'form'),
  ] as Column[],
  indicators: [
    { key: 'project', ...words('workbookColumnProjectId'), required: true, width: 24 },
    { key: 'level1', ...pair(INDICATOR_COLUMNS.level1), width: 14 },
    { key: 'level2', ...pair(INDICATOR_COLUMNS.level2), width: 16 },
    { key: 'name', ...pair(INDICATOR_COLUMNS.level3), required: true, width: 40 },
    { key: 'value', ...pair(INDICATOR_COLUMNS.value), required: true, width: 20 },
    { key: 'scope', ...words('workbookColumnIndicatorScope'), width: 16 },
  ] as Column[],
  published: [
    { key: 'table', ...words('workbookColumnTableId'), required: true, width: 28 },
    { key: 'table_name', ...words('workbookColumnTableName'), display: true, width: 30 },
    { key: 'figure', ...words('workbookColumnFigure'), required: true, width: 34 },
    { ...amountCol('amount', words('workbookColumnAmount', inWan)), required: true },
  ] as Column[],
  choices: CHOICES,
  messages: {
    notWorkbook: words('workbookNotWorkbook'),
    missingSheet: (sheet: string): Bilingual => words('workbookMissingSheet', { sheet }),
    missingColumn: (c: Bilingual): Bilingual => bilingual('workbookMissingColumn', columnIn(c)),
    unknownColumn: (h: string): Bilingual => words('workbookUnknownColumn', { header: h }),
    duplicateColumn: (h: string): Bilingual => words('workbookDuplicateColumn', { header: h }),
    unknownRow: (label: string): Bilingual => words('workbookUnknownRow', { label }),
    duplicateRow: (label: string): Bilingual => words('workbookDuplicateRow', { label }),
    required: (c: Bilingual): Bilingual => bilingual('workbookRequired', columnIn(c)),
    amountRequired: (c: Bilingual): Bilingual => bilingual('workbookAmountRequired', columnIn(c)),
    cellError: (error: string): Bilingual => words('workbookCellError', { error }),
    formulaWithoutValue: words('workbookFormulaWithoutValue'),
    invalid: (what: Bilingual, text: string, example: string): Bilingual => bilingual('workbookInvalid', (lang) => ({ text, kind: what[lang], example })),
    choice: (text: string, choices: string[]): Bilingual => bilingual('workbookChoice', (lang) => ({ text, choices: choices.join(t('listSep', lang)) })),
    unknownProject: (id: string): Bilingual => words('workbookUnknownProject', { id, sheet: SHEETS.projects.zh }),
    duplicateProject: (id: string): Bilingual => words('workbookDuplicateProject', { id }),
    duplicateFigure: (table: string, figure: string): Bilingual => words('workbookDuplicateFigure', { table, figure }),
    amount: (problem: AmountProblem, text: string, unit: string): Bilingual => amountMessage(problem, text, unit),
  },
  /** What a value is, for messages about invalid ones: name and an example. */
  kinds: {
    slug: { ...words('workbookKindSlug'), example: 'xingzheng-shenpi' },
    year: { ...words('workbookKindYear'), example: '2025' },
    integer: { ...words('workbookKindInteger'), example: '3' },
    date: { ...words('workbookKindDate'), example: '2025-01-01' },
    functional: { ...words('workbookKindFunctional'), example: '2010301' },
    economic: { ...words('workbookKindEconomic'), example: '30201' },
    table: { ...words('workbookKindTable'), example: 'expenditure_summary' },
    figure: { ...words('workbookKindFigure'), example: 'function.201.basic' },
  },
};

function amountMessage(problem: AmountProblem, text: string, unit: string): Bilingual {
  switch (problem.kind) {
    case 'unit':
      return words('workbookAmountUnit', { suggestion: problem.suggestion, unit });
    case 'fullwidth':
      return words('workbookAmountFullwidth', { suggestion: problem.suggestion });
    case 'grouping':
      return words('workbookAmountGrouping', { text });
    case 'exponent':
      return words('workbookAmountExponent', { text });
    case 'negative':
      return words('workbookAmountNegative', { text });
    case 'too-precise':
      return words('workbookAmountTooPrecise', { text, max: problem.maxScale });
    case 'too-large':
      return words('workbookAmountTooLarge', { text });
    default:
      return words('workbookNotAmount', { text });
  }
}

// ─── Writing ─────────────────────────────────────────────────────────────────────────────────

type Data = Record<string, unknown>;
type Row = Record<string, string | undefined>;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
const obj = (v: unknown): Data => (isObject(v) ? v : {});
const list = (v: unknown): Data[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** A scalar as text. Numbers (from yaml's `parse`) give their decimal digits without exponent; parseYaml's source text is kept as is. */
function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return new Decimal(v).toFixed();
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return undefined;
}

/** The value at a dotted key ("source.title", "funding.annual.total"). */
function at(data: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), data);
}

/** The label of a choice for a value, or the value itself when it is not one of the choices. */
function choiceLabel(choices: Record<string, string>, v: unknown): string | undefined {
  const text = scalar(v);
  return text === undefined ? undefined : (choices[text] ?? text);
}

const fundLabel = (v: unknown): string | undefined => {
  const id = scalar(v);
  return id === undefined ? undefined : ((FUNDS as Record<string, Term>)[id]?.zh ?? id);
};

/** Every column is text, also for cells typed later, so Excel keeps codes and amounts as typed. */
const TEXT_STYLE: Partial<ExcelJS.Style> = { numFmt: '@' };

function addSheet(wb: ExcelJS.Workbook, name: string, columns: readonly Column[], rows: readonly Row[], amounts: boolean): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width ?? Math.max(10, c.zh.length * 2 + 2), style: TEXT_STYLE }));
  const header = ws.addRow(columns.map((c) => c.zh));
  header.font = { bold: true };
  header.eachCell((cell, col) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    // The English name, for readers who hover over the heading.
    cell.note = columns[col - 1]!.en;
  });
  for (const row of rows) ws.addRow(columns.map((c) => (c.amount && !amounts ? null : (row[c.key] ?? null))));
}

/** Columns of `optional` that some row fills. */
const used = (optional: readonly Column[], rows: readonly Row[]): Column[] => optional.filter((c) => rows.some((r) => r[c.key] !== undefined));

/** A form sheet: one field per row. `amount` fields are blanked in a blank form. */
function addForm(wb: ExcelJS.Workbook, name: string, fields: readonly Field[], value: (f: Field) => string | undefined, valueColumn: Column, amounts: boolean): void {
  const { label, hint, key } = LABELS.form;
  const rows = fields.map((f): Row => ({ label: f.zh, value: value(f), hint: f.hint, key: f.key }));
  addSheet(wb, name, [label, valueColumn, hint, key], rows, amounts);
}

function unitNames(data: Data): Map<string, string> {
  return new Map(list(obj(data.organisation).units).map((u) => [scalar(u.id) ?? '', scalar(u.name) ?? '']));
}

function expenditureRows(data: Data): Row[] {
  return list(data.expenditure).map((line) => {
    const row: Row = { code: scalar(line.code), name: scalar(line.name), basic: scalar(line.basic), project: scalar(line.project), fund: fundLabel(line.fund) };
    if (typeof line.carried_over === 'boolean') row.carried_over = LABELS.choices.yesNo[`${line.carried_over}`];
    for (const c of LABELS.expenditure.optional) row[c.key] = scalar(at(line, c.key));
    return row;
  });
}

function economicRows(data: Data): Row[] {
  const economic = obj(data.economic);
  return (Object.keys(LABELS.choices.economicList) as (keyof typeof LABELS.choices.economicList)[]).flatMap((which) =>
    list(economic[which]).map((line) => {
      const row: Row = { list: LABELS.choices.economicList[which] };
      for (const c of [...LABELS.economic.columns, ...LABELS.economic.optional]) if (c.key !== 'list') row[c.key] = scalar(at(line, c.key));
      return row;
    }),
  );
}

function projectRows(data: Data, units: Map<string, string>): Row[] {
  return list(data.projects).map((p) => {
    const row: Row = {};
    for (const c of LABELS.projects) row[c.key] = scalar(at(p, c.key));
    row.fund = fundLabel(p.fund);
    row.unit_name = units.get(row.unit ?? '');
    return row;
  });
}

function detailRows(data: Data): Row[] {
  return list(data.projects).flatMap((p) =>
    list(p.budget_detail).map((line) => {
      const row: Row = { project: scalar(p.id) };
      for (const c of LABELS.detail) if (c.key !== 'project') row[c.key] = scalar(line[c.key]);
      return row;
    }),
  );
}

function indicatorRows(data: Data): Row[] {
  return list(data.projects).flatMap((p) =>
    list(p.indicators).map((i): Row => ({
      project: scalar(p.id),
      level1: scalar(i.level1),
      level2: scalar(i.level2),
      name: scalar(i.name),
      value: scalar(i.value),
      scope: choiceLabel(LABELS.choices.indicatorScope, i.scope),
    })),
  );
}

function publishedRows(data: Data): Row[] {
  return Object.entries(obj(data.published)).flatMap(([table, figures]) =>
    Object.entries(obj(figures)).map(([figure, amount]): Row => ({ table, table_name: (TABLES as Record<string, Term>)[table]?.zh, figure, amount: scalar(amount) })),
  );
}

function addReadme(wb: ExcelJS.Workbook): void {
  const { readme, sheets } = LABELS;
  const rows: Row[] = [
    ...(Object.keys(readme.sheets) as (keyof typeof readme.sheets)[]).map((k) => ({ sheet: sheets[k].zh, zh: readme.sheets[k].zh, en: readme.sheets[k].en })),
    ...readme.rules,
  ];
  addSheet(wb, sheets.readme.zh, readme.columns, rows, true);
  wb.getWorksheet(sheets.readme.zh)!.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

/** A workbook a clerk fills in: one sheet per kind of data, last year's codes, names and projects filled in, amounts blank (or the given data's amounts). */
export async function writeWorkbook(data: Record<string, unknown>, options: { amounts: boolean }): Promise<Buffer> {
  const { amounts } = options;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Gongkai';
  // A fixed date: the same data gives the same workbook content.
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  const S = LABELS.sheets;
  const units = unitNames(data);

  addReadme(wb);
  addForm(wb, S.meta.zh, LABELS.meta, (f) => metaValue(data, f.key), LABELS.form.value, amounts);
  addForm(wb, S.income.zh, LABELS.income, (f) => scalar(obj(data.income)[f.key]), LABELS.form.amount, amounts);
  const expenditure = expenditureRows(data);
  addSheet(wb, S.expenditure.zh, [...LABELS.expenditure.columns, ...used(LABELS.expenditure.optional, expenditure)], expenditure, amounts);
  const economic = economicRows(data);
  addSheet(wb, S.economic.zh, [...LABELS.economic.columns, ...used(LABELS.economic.optional, economic)], economic, amounts);
  addForm(wb, S.threePublic.zh, LABELS.threePublic, (f) => scalar(at(data.three_public, f.key)), LABELS.form.amount, amounts);
  const admin = list(obj(data.admin_costs).units).map((u): Row => ({ unit: scalar(u.unit), unit_name: units.get(scalar(u.unit) ?? ''), amount: scalar(u.amount) }));
  addSheet(wb, S.adminCosts.zh, LABELS.adminCosts, admin, amounts);
  addSheet(wb, S.projects.zh, LABELS.projects, projectRows(data, units), amounts);
  addSheet(wb, S.detail.zh, LABELS.detail, detailRows(data), amounts);
  addSheet(wb, S.indicators.zh, LABELS.indicators, indicatorRows(data), amounts);
  addSheet(wb, S.published.zh, LABELS.published, publishedRows(data), amounts);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function metaValue(data: Data, key: string): string | undefined {
  const v = at(data, key);
  if (key === 'scope') return choiceLabel(LABELS.choices.scope, v);
  if (key === 'kind') return choiceLabel(LABELS.choices.kind, v);
  if (key === 'economic.scope') return choiceLabel(LABELS.choices.economicScope, v);
  return scalar(v);
}

// ─── Reading ─────────────────────────────────────────────────────────────────────────────────

/** One filled row of a sheet: each known column's text and the address of its cell. */
interface SheetRow {
  text(key: string): string;
  cell(key: string): string;
}

class Reader {
  readonly problems: WorkbookProblem[] = [];
  readonly wb: ExcelJS.Workbook;
  constructor(wb: ExcelJS.Workbook) {
    this.wb = wb;
  }

  problem(sheet: string, cell: string, message: Bilingual): void {
    this.problems.push({ sheet, cell, message });
  }

  /** The rows of a table sheet, by its header row; null when the sheet or a required column is missing. */
  table(sheet: string, columns: readonly Column[]): SheetRow[] | null {
    const ws = this.wb.getWorksheet(sheet);
    if (!ws) {
      this.problem(sheet, 'A1', LABELS.messages.missingSheet(sheet));
      return null;
    }
    const byHeader = new Map<string, Column>();
    for (const c of columns) for (const h of [c.zh, c.en, c.key]) byHeader.set(normalizeHeader(h), c);
    const index = new Map<string, number>();
    ws.getRow(1).eachCell((cell, col) => {
      const h = this.text(sheet, cell);
      if (h === '') return;
      const c = byHeader.get(normalizeHeader(h));
      if (!c) this.problem(sheet, cell.address, LABELS.messages.unknownColumn(h));
      else if (index.has(c.key)) this.problem(sheet, cell.address, LABELS.messages.duplicateColumn(h));
      else index.set(c.key, col);
    });
    const missing = columns.filter((c) => c.required && !index.has(c.key));
    for (const c of missing) this.problem(sheet, 'A1', LABELS.messages.missingColumn(c));
    if (missing.length > 0) return null;

    const rows: SheetRow[] = [];
    const read = [...index.entries()].filter(([key]) => !columns.find((c) => c.key === key)?.display);
    // A problem about a column the sheet lacks points at the row's first column.
    const first = Math.min(...index.values());
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const texts = new Map(read.map(([key, col]) => [key, this.text(sheet, row.getCell(col))]));
      if ([...texts.values()].every((t) => t === '')) return;
      rows.push({
        text: (key) => texts.get(key) ?? '',
        cell: (key) => row.getCell(index.get(key) ?? first).address,
      });
    });
    return rows;
  }

  /** The fields of a form sheet by key, each with its value's text and cell; null when the sheet is unusable. */
  form(sheet: string, fields: readonly Field[], valueColumn: Column): Map<string, { text: string; cell: string }> | null {
    const { label, hint, key } = LABELS.form;
    const rows = this.table(sheet, [label, valueColumn, hint, key]);
    if (!rows) return null;
    const out = new Map<string, { text: string; cell: string }>();
    const seen = new Set<Field>();
    const byKey = new Map(fields.map((f) => [f.key, f]));
    const byLabel = new Map(fields.flatMap((f) => [f.zh, ...(f.variants ?? [])].map((l) => [normalizeHeader(l), f] as const)));
    for (const row of rows) {
      // The key column is the importer's; a clerk who deleted it is still understood by the label.
      const field = byKey.get(row.text('key')) ?? byLabel.get(normalizeHeader(row.text('label')));
      const value = row.text('value');
      if (!field) {
        if (value !== '') this.problem(sheet, row.cell('label'), LABELS.messages.unknownRow(row.text('label') || row.text('key')));
        continue;
      }
      if (seen.has(field)) {
        this.problem(sheet, row.cell('label'), LABELS.messages.duplicateRow(field.zh));
        continue;
      }
      seen.add(field);
      if (value !== '') out.set(field.key, { text: value, cell: row.cell('value') });
      else if (field.required) this.problem(sheet, row.cell('value'), LABELS.messages.required(field));
    }
    for (const f of fields) if (f.required && !seen.has(f)) this.problem(sheet, 'A1', LABELS.messages.required(f));
    return out;
  }

  /** A cell's text as typed. Numeric cells (typed where the text format was lost) keep Excel's 15 significant digits. */
  text(sheet: string, cell: ExcelJS.Cell): string {
    const v = cellValue(cell.value);
    if (typeof v === 'object') {
      this.problem(sheet, cell.address, v.error === undefined ? LABELS.messages.formulaWithoutValue : LABELS.messages.cellError(v.error));
      return '';
    }
    return v.trim();
  }
}

/** Headers match without spaces and with either kind of brackets. */
const normalizeHeader = (h: string): string => h.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

function cellValue(v: ExcelJS.CellValue): string | { error?: string } {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  // Excel holds a typed number as a double with 15 significant digits; those digits are what was typed.
  if (typeof v === 'number') return new Decimal(v.toPrecision(15)).toFixed();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('error' in v) return { error: v.error };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return v.text;
  if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? {} : cellValue(v.result);
  return '';
}

/** Reads typed values of a row, adding a located problem for each that is not valid. */
class RowReader {
  private readonly reader: Reader;
  private readonly sheet: string;
  private readonly row: SheetRow;
  private readonly columns: readonly Column[];
  constructor(reader: Reader, sheet: string, row: SheetRow, columns: readonly Column[]) {
    this.reader = reader;
    this.sheet = sheet;
    this.row = row;
    this.columns = columns;
  }

  private column(key: string): Column {
    return this.columns.find((c) => c.key === key) ?? { key, zh: key, en: key };
  }
  private fail(key: string, message: Bilingual): undefined {
    this.reader.problem(this.sheet, this.row.cell(key), message);
    return undefined;
  }

  text(key: string): string | undefined {
    return this.row.text(key) || undefined;
  }
  required(key: string): string | undefined {
    return this.text(key) ?? this.fail(key, LABELS.messages.required(this.column(key)));
  }
  /** An amount as typed (commas kept), after checking it is one. */
  amount(key: string, maxScale = 2, unit: string = WAN): string | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const parsed = parseAmount(text, { maxScale });
    return parsed.ok ? text : this.fail(key, LABELS.messages.amount(parsed.problem, text, unit));
  }
  requiredAmount(key: string): string | undefined {
    if (this.text(key) === undefined) return this.fail(key, LABELS.messages.amountRequired(this.column(key)));
    return this.amount(key);
  }
  /** A value a zod primitive accepts (codes, ids, years, dates). */
  valid(key: string, schema: { safeParse(v: unknown): { success: boolean } }, kind: keyof typeof LABELS.kinds, required = false): string | undefined {
    const text = required ? this.required(key) : this.text(key);
    if (text === undefined || schema.safeParse(text).success) return text;
    const k = LABELS.kinds[kind];
    return this.fail(key, LABELS.messages.invalid(k, text, k.example));
  }
  /** A choice by its label or its value. */
  choice<T extends string>(key: string, choices: Record<T, string>, variants: Record<string, T> = {}): T | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const found = (Object.entries(choices) as [T, string][]).find(([id, label]) => text === id || text === label)?.[0] ?? variants[text];
    return found ?? this.fail(key, LABELS.messages.choice(text, Object.values(choices)));
  }
  fund(key: string): string | undefined {
    const labels = Object.fromEntries(FUND_IDS.map((id) => [id, FUNDS[id].zh])) as Record<string, string>;
    const variants = Object.fromEntries(FUND_IDS.flatMap((id) => ((FUNDS[id] as Term).variants ?? []).map((v) => [v, id])));
    return this.choice(key, labels, variants);
  }
}

/** Sets `value` at a dotted key, creating the objects on the way; undefined values are left out. */
function put(target: Data, key: string, value: unknown): void {
  if (value === undefined) return;
  const parts = key.split('.');
  let o = target;
  for (const p of parts.slice(0, -1)) o = (o[p] = isObject(o[p]) ? o[p] : {}) as Data;
  o[parts.at(-1)!] = value;
}

/** A form sheet's values, checked. */
function readForm(r: Reader, sheet: string, fields: readonly Field[], valueColumn: Column, check: (key: string, row: RowReader) => unknown): Data {
  const values = r.form(sheet, fields, valueColumn);
  const out: Data = {};
  if (!values) return out;
  for (const f of fields) {
    const v = values.get(f.key);
    if (!v) continue;
    const row = new RowReader(r, sheet, { text: (k) => (k === f.key ? v.text : ''), cell: () => v.cell }, [{ key: f.key, zh: f.zh, en: f.en }]);
    put(out, f.key, check(f.key, row));
  }
  return out;
}

function readMeta(r: Reader): Data {
  const C = LABELS.choices;
  return readForm(r, LABELS.sheets.meta.zh, LABELS.meta, LABELS.form.value, (key, row) => {
    switch (key) {
      case 'region':
      case 'department':
      case 'template':
        return row.valid(key, slug, 'slug');
      case 'year':
      case 'source.year':
        return row.valid(key, year, 'year');
      case 'scope':
        return row.choice(key, C.scope);
      case 'kind':
        return row.choice(key, C.kind);
      case 'economic.scope':
        return row.choice(key, C.economicScope);
      default:
        return row.text(key);
    }
  });
}

function readExpenditure(r: Reader): Data[] {
  const sheet = LABELS.sheets.expenditure.zh;
  const columns = [...LABELS.expenditure.columns, ...LABELS.expenditure.optional];
  return (r.table(sheet, columns) ?? []).map((sheetRow) => {
    const row = new RowReader(r, sheet, sheetRow, columns);
    const line: Data = {};
    put(line, 'code', row.valid('code', functionalCode, 'functional', true));
    put(line, 'name', row.required('name'));
    put(line, 'basic', row.amount('basic'));
    put(line, 'project', row.amount('project'));
    put(line, 'fund', row.fund('fund'));
    const carried = row.choice('carried_over', LABELS.choices.yesNo, { TRUE: 'true', FALSE: 'false' });
    put(line, 'carried_over', carried === undefined ? undefined : carried === 'true');
    for (const c of LABELS.expenditure.optional) put(line, c.key, row.amount(c.key));
    return line;
  });
}

function readEconomic(r: Reader): Data | undefined {
  const sheet = LABELS.sheets.economic.zh;
  const columns = [...LABELS.economic.columns, ...LABELS.economic.optional];
  const out: Record<string, Data[]> = {};
  for (const sheetRow of r.table(sheet, columns) ?? []) {
    const row = new RowReader(r, sheet, sheetRow, columns);
    const which = row.text('list') === undefined ? row.required('list') : row.choice('list', LABELS.choices.economicList);
    const line: Data = {};
    put(line, 'code', row.valid('code', economicCode, 'economic', true));
    put(line, 'name', row.required('name'));
    put(line, 'amount', row.requiredAmount('amount'));
    put(line, 'basic', row.amount('basic'));
    put(line, 'project', row.amount('project'));
    for (const id of FUND_IDS) put(line, `funds.${id}`, row.amount(`funds.${id}`));
    put(line, 'gov_code', row.valid('gov_code', economicCode, 'economic'));
    put(line, 'gov_name', row.text('gov_name'));
    if (which) (out[which] ??= []).push(line);
  }
  // The YAML's order: basic, project, all, gov.
  const ordered: Data = {};
  for (const k of Object.keys(LABELS.choices.economicList)) if (out[k]) ordered[k] = out[k];
  return Object.keys(ordered).length > 0 ? ordered : undefined;
}

function readAdminCosts(r: Reader): Data | undefined {
  const sheet = LABELS.sheets.adminCosts.zh;
  const units = (r.table(sheet, LABELS.adminCosts) ?? []).map((sheetRow) => {
    const row = new RowReader(r, sheet, sheetRow, LABELS.adminCosts);
    const unit: Data = {};
    put(unit, 'unit', row.valid('unit', slug, 'slug', true));
    put(unit, 'amount', row.requiredAmount('amount'));
    return unit;
  });
  return units.length > 0 ? { units } : undefined;
}

/** Decimals a project form's amounts may have: fen in a 元 form, six in a 万元 form. */
const formScale = (unit: string): number => (unit === WAN ? 6 : 2);

function readProjects(r: Reader): { projects: Data[]; units: Map<string, string> } {
  const sheet = LABELS.sheets.projects.zh;
  const projects: Data[] = [];
  const units = new Map<string, string>();
  const seen = new Set<string>();
  for (const sheetRow of r.table(sheet, LABELS.projects) ?? []) {
    const row = new RowReader(r, sheet, sheetRow, LABELS.projects);
    const p: Data = {};
    const id = row.valid('id', slug, 'slug', true);
    if (id !== undefined && seen.has(id)) {
      r.problem(sheet, sheetRow.cell('id'), LABELS.messages.duplicateProject(id));
      continue;
    }
    if (id !== undefined) seen.add(id);
    put(p, 'id', id);
    put(p, 'name', row.required('name'));
    put(p, 'match', row.valid('match', slug, 'slug'));
    put(p, 'unit', row.valid('unit', slug, 'slug'));
    put(p, 'code', row.valid('code', functionalCode, 'functional'));
    put(p, 'fund', row.fund('fund'));
    put(p, 'category', row.text('category'));
    put(p, 'attribute', row.text('attribute'));
    put(p, 'period_years', row.valid('period_years', integer, 'integer'));
    put(p, 'start', row.valid('start', date, 'date'));
    put(p, 'end', row.valid('end', date, 'date'));
    put(p, 'amount', row.amount('amount'));
    const formUnit = row.choice('form_unit', LABELS.choices.formUnit);
    put(p, 'form_unit', formUnit);
    const unit = formUnit ?? YUAN;
    for (const c of LABELS.projects) if (c.key.startsWith('funding.') || c.key.startsWith('previous.')) put(p, c.key, row.amount(c.key, formScale(unit), unit));
    put(p, 'origin', row.text('origin'));
    put(p, 'remarks', row.text('remarks'));
    projects.push(p);
    if (id !== undefined) units.set(id, unit);
  }
  return { projects, units };
}

/** Rows of a sheet keyed by project id, each read by `read`, attached to their project under `field`. */
function readByProject(r: Reader, sheet: string, columns: readonly Column[], projects: Data[], units: Map<string, string>, field: string, read: (row: RowReader, unit: string) => Data): void {
  const byId = new Map(projects.map((p) => [p.id as string, p]));
  for (const sheetRow of r.table(sheet, columns) ?? []) {
    const row = new RowReader(r, sheet, sheetRow, columns);
    const id = row.required('project');
    const project = id === undefined ? undefined : byId.get(id);
    if (id !== undefined && !project) r.problem(sheet, sheetRow.cell('project'), LABELS.messages.unknownProject(id));
    const item = read(row, (id !== undefined && units.get(id)) || YUAN);
    if (project) ((project[field] ??= []) as Data[]).push(item);
  }
}

function readDetail(row: RowReader, unit: string): Data {
  const line: Data = {};
  put(line, 'group', row.text('group'));
  put(line, 'item', row.required('item'));
  put(line, 'economic', row.valid('economic', economicCode, 'economic'));
  put(line, 'year', row.valid('year', year, 'year'));
  for (const k of ['own', 'higher', 'self_raised', 'other', 'total']) put(line, k, row.amount(k, formScale(unit), unit));
  return line;
}

function readIndicator(row: RowReader): Data {
  const i: Data = {};
  put(i, 'level1', row.text('level1'));
  put(i, 'level2', row.text('level2'));
  put(i, 'name', row.required('name'));
  // A blank value is kept: forms print indicators without one.
  put(i, 'value', row.text('value') ?? '');
  put(i, 'scope', row.choice('scope', LABELS.choices.indicatorScope));
  return i;
}

function readPublished(r: Reader): Data | undefined {
  const sheet = LABELS.sheets.published.zh;
  const out: Record<string, Data> = {};
  for (const sheetRow of r.table(sheet, LABELS.published) ?? []) {
    const row = new RowReader(r, sheet, sheetRow, LABELS.published);
    const table = row.valid('table', { safeParse: (v) => ({ success: /^[a-z][a-z0-9_]*$/.test(String(v)) }) }, 'table', true);
    const figure = row.valid('figure', { safeParse: (v) => ({ success: parseFigureRef(String(v)) !== null }) }, 'figure', true);
    const amount = row.requiredAmount('amount');
    if (table === undefined || figure === undefined || amount === undefined) continue;
    const figures = (out[table] ??= {});
    if (figure in figures) r.problem(sheet, sheetRow.cell('figure'), LABELS.messages.duplicateFigure(table, figure));
    else figures[figure] = amount;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Reads a filled workbook back into a disclosure object in the YAML's shape (plain objects; amounts as strings exactly as typed, never floats), with located problems for what cannot be read. */
export async function readWorkbook(bytes: Uint8Array): Promise<{ data: Record<string, unknown>; problems: { sheet: string; cell: string; message: { zh: string; en: string } }[] }> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    return { data: {}, problems: [{ sheet: '', cell: '', message: LABELS.messages.notWorkbook }] };
  }
  const r = new Reader(wb);
  const S = LABELS.sheets;
  const meta = readMeta(r);
  const { economic: metaEconomic, ...head } = meta;
  const data: Data = { ...head };
  data.income = readForm(r, S.income.zh, LABELS.income, LABELS.form.amount, (key, row) => row.amount(key));
  data.expenditure = readExpenditure(r);
  const economic = readEconomic(r);
  const economicScope = obj(metaEconomic).scope;
  if (economic || economicScope) data.economic = { ...(economicScope ? { scope: economicScope } : {}), ...economic };
  const threePublic = readForm(r, S.threePublic.zh, LABELS.threePublic, LABELS.form.amount, (key, row) => row.amount(key));
  if (Object.keys(threePublic).length > 0) data.three_public = threePublic;
  put(data, 'admin_costs', readAdminCosts(r));
  const { projects, units } = readProjects(r);
  readByProject(r, S.detail.zh, LABELS.detail, projects, units, 'budget_detail', readDetail);
  readByProject(r, S.indicators.zh, LABELS.indicators, projects, units, 'indicators', readIndicator);
  if (projects.length > 0) data.projects = projects;
  put(data, 'published', readPublished(r));
  return { data, problems: inReadingOrder(r.problems) };
}

/** Problems sheet by sheet as the workbook has them, then row by row: the order a clerk fixes them in. */
function inReadingOrder(problems: WorkbookProblem[]): WorkbookProblem[] {
  const sheets = Object.values(LABELS.sheets).map((s) => s.zh);
  const position = (p: WorkbookProblem): number[] => {
    const m = /^([A-Z]+)(\d+)$/.exec(p.cell);
    const column = m ? [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
    return [sheets.indexOf(p.sheet), m ? Number(m[2]) : 0, column];
  };
  const keyed = problems.map((p, i) => ({ p, key: [...position(p), i] }));
  keyed.sort((a, b) => {
    for (let k = 0; k < a.key.length; k++) if (a.key[k] !== b.key[k]) return a.key[k]! - b.key[k]!;
    return 0;
  });
  return keyed.map((k) => k.p);
}
