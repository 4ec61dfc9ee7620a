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
  DISCLOSURE_SCOPES,
  FUNDING_SOURCES,
  FUNDING_SOURCE_IDS,
  FUNDS,
  FUND_IDS,
  PROJECT_PARTS,
  PROJECT_PART_IDS,
  TABLES,
  THREE_PUBLIC,
  type Term,
} from '../glossary.ts';
import { Decimal, parseAmount, type AmountProblem } from '../money.ts';
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
const amountCol = (key: string, zh: string, en: string, unit: 'wan' | 'form' = 'wan'): Column => ({ key, zh, en, amount: unit, width: Math.max(12, zh.length * 2 + 2) });

export const LABELS = {
  sheets: {
    readme: { zh: '说明', en: 'Read me' },
    meta: { zh: '基本信息', en: 'Basic information' },
    income: { zh: '收入', en: 'Income' },
    expenditure: { zh: '支出', en: 'Expenditure' },
    economic: { zh: '经济分类', en: 'Economic classification' },
    threePublic: { zh: '三公', en: '“Three public” costs' },
    adminCosts: { zh: '机关运行经费', en: 'Administrative running costs' },
    projects: { zh: '项目', en: 'Projects' },
    detail: { zh: '项目明细', en: 'Project budget detail' },
    indicators: { zh: '绩效指标', en: 'Performance indicators' },
    published: { zh: '控制数', en: 'Published totals' },
  },
  /** The 说明 sheet: one line per sheet, then the rules for every sheet. */
  readme: {
    columns: [
      { key: 'sheet', zh: '工作表', en: 'Sheet', width: 14 },
      { key: 'zh', zh: '说明', en: 'What it holds', width: 90 },
      { key: 'en', zh: 'English', en: 'English', width: 90 },
    ] as Column[],
    sheets: {
      meta: { zh: '地区、部门、年度和来源文件，每个栏目一行，填在“内容”列；“代码（勿改）”列请勿修改。', en: 'Region, department, year and the source document; one field per row. Do not change the key column.' },
      income: { zh: '本年收入按资金来源填写金额（万元）；没有的来源留空。', en: 'Income by source of money, in 万元; leave a source blank if there is none.' },
      expenditure: { zh: '功能科目“项”级支出，每行一个科目：编码、名称、基本支出、项目支出（万元）。', en: 'Spending by functional item (项), one line each: code, name, basic and project spending in 万元.' },
      economic: { zh: '按经济分类科目的支出，每行一个科目：分类表、编码、名称、金额（万元）。', en: 'Spending by economic class, one line each: list, code, name, amount in 万元.' },
      threePublic: { zh: '“三公”经费各项，以及部分模板单列的会议费、培训费（万元）。', en: 'The “three public” costs, and the meetings and training rows some templates print, in 万元.' },
      adminCosts: { zh: '机关运行经费，每个单位一行：单位代码、金额（万元）。单位名称仅供对照。', en: 'Administrative running costs, one row per unit, in 万元. The unit name is for reference only.' },
      projects: { zh: '每个项目一行：项目代码、名称、实施单位、科目、金额（万元）和资金来源（按表内金额单位，默认元）。', en: 'One row per project: id, name, unit, code, amount in 万元, and funding in the form’s unit (元 unless stated).' },
      detail: { zh: '项目预算明细，每行一项，用“项目代码”对应到项目；金额按该项目的表内金额单位。', en: 'Project budget detail, one item per row, tied to its project by the project id; amounts in the form’s unit.' },
      indicators: { zh: '项目绩效指标，每行一个三级指标，用“项目代码”对应到项目。', en: 'Project performance indicators, one per row, tied to its project by the project id.' },
      published: { zh: '公开表格上印出的合计数（控制数）：表代码、数字代码、金额（万元）。', en: 'Totals as printed in the published tables (control totals): table id, figure name, amount in 万元.' },
    } satisfies Record<string, Bilingual>,
    rules: [
      { sheet: '金额', zh: '只填数字，如 232.61 或 1,138.19；不带单位（写 232.61，不写 232.61万元），不用全角数字。表格金额单位为万元，最多两位小数。', en: 'Amounts are numbers only, e.g. 232.61 or 1,138.19: no unit, no full-width digits. Table amounts are in 万元, at most two decimals.' },
      { sheet: '空白', zh: '空白表示没有该项。不需要的行请整行删除；需要的行可以在表末添加。', en: 'A blank cell means there is none. Delete rows you do not need; add rows at the end of a sheet.' },
      { sheet: '代码', zh: '项目代码、单位代码、地区代码和部门代码用小写拼音和连字符，如 xingzheng-shenpi；科目编码写全，如 2010301。', en: 'Ids are lowercase pinyin with hyphens (xingzheng-shenpi); codes are written in full (2010301).' },
      { sheet: '不在本表', zh: '文字说明、单位概况、政府采购、资产、情况说明、勘误和说明注记不在本工作簿中，仍在 YAML 文件中维护。', en: 'Long texts, the organisation, procurement, assets, the narrative, errata and notes are not in this workbook; they stay in the YAML file.' },
    ],
  },
  /** Columns of the form sheets: the field, its value, a hint, and the field's key for the importer. */
  form: {
    label: { key: 'label', zh: '栏目', en: 'Field', required: true, width: 26 } as Column,
    value: { key: 'value', zh: '内容', en: 'Value', required: true, width: 40 } as Column,
    amount: { key: 'value', zh: '金额（万元）', en: 'Amount (万元)', required: true, amount: 'wan', width: 16 } as Column,
    hint: { key: 'hint', zh: '填写说明', en: 'Hint', display: true, width: 50 } as Column,
    key: { key: 'key', zh: '代码（勿改）', en: 'Key (do not change)', width: 22 } as Column,
  },
  meta: [
    { key: 'region', zh: '地区代码', en: 'Region id', hint: '小写拼音，与 data 下的地区文件夹同名，如 linfen', required: true },
    { key: 'department', zh: '部门代码', en: 'Department id', hint: '小写拼音，与部门文件夹同名，如 xingzheng-shenpi', required: true },
    { key: 'year', zh: '预算年度', en: 'Budget year', hint: '四位数字，如 2025', required: true },
    { key: 'scope', zh: '预算类型', en: 'Scope', hint: '部门预算 或 单位预算；不填即部门预算' },
    { key: 'kind', zh: '文件类型', en: 'Kind', hint: '预算；不填即预算' },
    { key: 'template', zh: '表格模板', en: 'Template', hint: '不填即 shanxi-municipal' },
    { key: 'title', zh: '文件标题', en: 'Document title', hint: '公开文件上印的标题' },
    { key: 'source.title', zh: '来源文件标题', en: 'Source title', required: true },
    { key: 'source.publisher', zh: '发布单位', en: 'Publisher', required: true },
    { key: 'source.year', zh: '发布年份', en: 'Year published', hint: '四位数字', required: true },
    { key: 'source.url', zh: '网址', en: 'URL' },
    { key: 'source.document', zh: '文件名', en: 'File name' },
    { key: 'economic.scope', zh: '经济分类表口径', en: 'Economic table covers', hint: '基本支出（默认）或 全部支出：经济分类表实际包含的支出' },
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
    { key: 'meetings.class1', zh: '会议费（一类会议）', en: 'Meetings, class 1', hint: '会议费、培训费部分模板单列，不计入“三公”合计' },
    { key: 'meetings.class2', zh: '会议费（二类会议）', en: 'Meetings, class 2' },
    { key: 'meetings.class3', zh: '会议费（三类会议）', en: 'Meetings, class 3' },
    { key: 'meetings.class4', zh: '会议费（四类会议）', en: 'Meetings, class 4' },
    { key: 'training', ...term(THREE_PUBLIC.training) },
  ] as Field[],
  expenditure: {
    columns: [
      { key: 'code', zh: '功能科目编码', en: 'Functional code', required: true, width: 14 },
      { key: 'name', zh: '科目名称', en: 'Name', required: true, width: 40 },
      { ...amountCol('basic', '基本支出（万元）', 'Basic (万元)'), required: true },
      { ...amountCol('project', '项目支出（万元）', 'Project (万元)'), required: true },
      { key: 'fund', zh: '资金来源', en: 'Source of money', width: 16 },
      { key: 'carried_over', zh: '上年结转（是/否）', en: 'Carried over (是/否)', width: 16 },
    ] as Column[],
    /** Written only when the data has them: the split of a line as some templates print it. */
    optional: [
      ...BASIC_PART_IDS.map((id) => amountCol(`basic_parts.${id}`, `基本支出：${BASIC_PARTS[id].zh}（万元）`, `Basic: ${BASIC_PARTS[id].en} (万元)`)),
      ...PROJECT_PART_IDS.map((id) => amountCol(`project_parts.${id}`, `项目支出：${PROJECT_PARTS[id].zh}（万元）`, `Project: ${PROJECT_PARTS[id].en} (万元)`)),
    ],
  },
  economic: {
    columns: [
      { key: 'list', zh: '分类表', en: 'List', required: true, width: 26 },
      { key: 'code', zh: '经济科目编码', en: 'Economic code', required: true, width: 14 },
      { key: 'name', zh: '科目名称', en: 'Name', required: true, width: 30 },
      { ...amountCol('amount', '金额（万元）', 'Amount (万元)'), required: true },
    ] as Column[],
    optional: [
      amountCol('basic', '其中：基本支出（万元）', 'Of which basic (万元)'),
      amountCol('project', '其中：项目支出（万元）', 'Of which project (万元)'),
      { key: 'gov_code', zh: '政府经济分类编码', en: 'Government economic code', width: 16 },
      { key: 'gov_name', zh: '政府经济分类名称', en: 'Government economic name', width: 24 },
      ...FUND_IDS.map((id) => amountCol(`funds.${id}`, `资金来源：${FUNDS[id].zh}（万元）`, `Source: ${FUNDS[id].en} (万元)`)),
    ] as Column[],
  },
  adminCosts: [
    { key: 'unit', zh: '单位代码', en: 'Unit id', required: true, width: 22 },
    { key: 'unit_name', zh: '单位名称（仅供对照）', en: 'Unit name (reference only)', display: true, width: 36 },
    { ...amountCol('amount', '金额（万元）', 'Amount (万元)'), required: true },
  ] as Column[],
  projects: [
    { key: 'id', zh: '项目代码', en: 'Project id', required: true, width: 24 },
    { key: 'name', zh: '项目名称', en: 'Project name', required: true, width: 40 },
    { key: 'unit', zh: '实施单位代码', en: 'Unit id', width: 20 },
    { key: 'unit_name', zh: '实施单位名称（仅供对照）', en: 'Unit name (reference only)', display: true, width: 30 },
    { key: 'code', zh: '功能科目编码', en: 'Functional code', width: 14 },
    { key: 'fund', zh: '资金来源', en: 'Source of money', width: 16 },
    { key: 'category', zh: '项目类别', en: 'Category', width: 16 },
    { key: 'attribute', zh: '项目属性', en: 'Attribute', width: 20 },
    { key: 'period_years', zh: '项目期（年）', en: 'Period (years)', width: 12 },
    { key: 'start', zh: '开始日期', en: 'Start', width: 12 },
    { key: 'end', zh: '结束日期', en: 'End', width: 12 },
    amountCol('amount', '项目金额（万元）', 'Amount (万元)'),
    { key: 'form_unit', zh: '表内金额单位（元/万元）', en: 'Form unit (元/万元)', width: 14 },
    ...(['annual', 'period'] as const).flatMap((scope) =>
      [...FUNDING_SOURCE_IDS, 'total' as const].map((source) =>
        amountCol(
          `funding.${scope}.${source}`,
          `${scope === 'annual' ? '年度资金' : '实施期资金'}：${source === 'total' ? '合计' : FUNDING_SOURCES[source].zh}`,
          `${scope === 'annual' ? 'This year' : 'Whole period'}: ${source === 'total' ? 'total' : FUNDING_SOURCES[source].en}`,
          'form',
        ),
      ),
    ),
    amountCol('previous.total', '上年度项目总金额', 'Last year: project total', 'form'),
    amountCol('previous.annual', '项目上年度金额', 'Last year: amount of the year', 'form'),
    { key: 'match', zh: '跨年对应代码', en: 'Match across years', width: 20 },
    { key: 'origin', zh: '资金由来', en: 'Origin of the money', width: 30 },
    { key: 'remarks', zh: '备注', en: 'Remarks', width: 30 },
  ] as Column[],
  detail: [
    { key: 'project', zh: '项目代码', en: 'Project id', required: true, width: 24 },
    { key: 'group', zh: '二级预算名称', en: 'Group', width: 26 },
    { key: 'item', zh: '三级预算名称', en: 'Item', required: true, width: 26 },
    { key: 'economic', zh: '经济科目编码', en: 'Economic code', width: 14 },
    { key: 'year', zh: '年度', en: 'Year', width: 8 },
    amountCol('own', '本级', 'Own level', 'form'),
    amountCol('higher', '上级', 'Higher level', 'form'),
    amountCol('self_raised', '自筹', 'Self-raised', 'form'),
    amountCol('other', '其他', 'Other', 'form'),
    amountCol('total', '合计', 'Total', 'form'),
  ] as Column[],
  indicators: [
    { key: 'project', zh: '项目代码', en: 'Project id', required: true, width: 24 },
    { key: 'level1', zh: '一级指标', en: 'Level 1', width: 14 },
    { key: 'level2', zh: '二级指标', en: 'Level 2', width: 16 },
    { key: 'name', zh: '三级指标', en: 'Indicator', required: true, width: 40 },
    { key: 'value', zh: '指标值', en: 'Target value', required: true, width: 20 },
    { key: 'scope', zh: '适用（年度/实施期）', en: 'Applies to', width: 16 },
  ] as Column[],
  published: [
    { key: 'table', zh: '表代码', en: 'Table id', required: true, width: 28 },
    { key: 'table_name', zh: '表名（仅供对照）', en: 'Table (reference only)', display: true, width: 30 },
    { key: 'figure', zh: '数字代码', en: 'Figure name', required: true, width: 34 },
    { ...amountCol('amount', '金额（万元）', 'Amount (万元)'), required: true },
  ] as Column[],
  /** Words a choice cell may hold, by the value written to the YAML. */
  choices: {
    scope: { department: DISCLOSURE_SCOPES.department.zh, unit: DISCLOSURE_SCOPES.unit.zh },
    kind: { budget: '预算' },
    economicScope: { basic: '基本支出', all: '全部支出' },
    economicList: { basic: '基本支出', project: '项目支出', all: '全部支出（部门经济分类）', gov: '全部支出（政府经济分类）' },
    indicatorScope: { annual: '年度', period: '实施期', both: '年度和实施期' },
    formUnit: { 元: '元', 万元: '万元' },
    yesNo: { true: '是', false: '否' },
  },
  messages: {
    notWorkbook: { zh: '文件不是可以读取的 xlsx 工作簿', en: 'the file is not a readable xlsx workbook' },
    missingSheet: (sheet: string): Bilingual => ({ zh: `缺少工作表“${sheet}”`, en: `the sheet “${sheet}” is missing` }),
    missingColumn: (c: Bilingual): Bilingual => ({ zh: `缺少“${c.zh}”列`, en: `the column “${c.zh}” (${c.en}) is missing` }),
    unknownColumn: (h: string): Bilingual => ({ zh: `不认识的列“${h}”，该列内容不会导入`, en: `unknown column “${h}”: its cells are not imported` }),
    duplicateColumn: (h: string): Bilingual => ({ zh: `“${h}”列出现了两次`, en: `the column “${h}” appears twice` }),
    unknownRow: (label: string): Bilingual => ({ zh: `不认识的栏目“${label}”`, en: `unknown field “${label}”` }),
    duplicateRow: (label: string): Bilingual => ({ zh: `“${label}”填了两次`, en: `“${label}” is filled in twice` }),
    required: (c: Bilingual): Bilingual => ({ zh: `“${c.zh}”不能为空`, en: `“${c.zh}” (${c.en}) must not be blank` }),
    amountRequired: (c: Bilingual): Bilingual => ({ zh: `“${c.zh}”不能为空；不需要的行请整行删除`, en: `“${c.zh}” (${c.en}) must not be blank; delete the row if it is not needed` }),
    cellError: (error: string): Bilingual => ({ zh: `单元格是错误值 ${error}`, en: `the cell holds the error ${error}` }),
    formulaWithoutValue: { zh: '公式没有计算结果，请直接填写数值', en: 'the formula has no computed value; type the value instead' },
    invalid: (what: Bilingual, text: string, example: string): Bilingual => ({ zh: `“${text}”不是有效的${what.zh}（例如 ${example}）`, en: `“${text}” is not a valid ${what.en} (e.g. ${example})` }),
    choice: (text: string, words: string[]): Bilingual => ({ zh: `“${text}”不是可选的值，请填：${words.join('、')}`, en: `“${text}” is not one of: ${words.join(', ')}` }),
    unknownProject: (id: string): Bilingual => ({ zh: `项目代码“${id}”不在“项目”表中`, en: `the project id “${id}” is not in the 项目 sheet` }),
    duplicateProject: (id: string): Bilingual => ({ zh: `项目代码“${id}”重复`, en: `the project id “${id}” is used twice` }),
    duplicateFigure: (table: string, figure: string): Bilingual => ({ zh: `表“${table}”的“${figure}”填了两次`, en: `“${figure}” of “${table}” is filled in twice` }),
    amount: (problem: AmountProblem, text: string, unit: string): Bilingual => amountMessage(problem, text, unit),
  },
  /** What a value is, for messages about invalid ones: name and an example. */
  kinds: {
    slug: { zh: '代码（小写拼音和连字符）', en: 'id (lowercase letters, digits and hyphens)', example: 'xingzheng-shenpi' },
    year: { zh: '年份（四位数字）', en: 'year (four digits)', example: '2025' },
    integer: { zh: '整数', en: 'whole number', example: '3' },
    date: { zh: '日期（年-月-日）', en: 'date (YYYY-MM-DD)', example: '2025-01-01' },
    functional: { zh: '功能科目编码（3、5或7位数字）', en: 'functional code (3, 5 or 7 digits)', example: '2010301' },
    economic: { zh: '经济科目编码（3或5位数字）', en: 'economic code (3 or 5 digits)', example: '30201' },
    table: { zh: '表代码（小写字母和下划线）', en: 'table id (lowercase letters and underscores)', example: 'expenditure_summary' },
    figure: { zh: '数字代码', en: 'figure name', example: 'function.201.basic' },
  },
};

function amountMessage(problem: AmountProblem, text: string, unit: string): Bilingual {
  switch (problem.kind) {
    case 'unit':
      return { zh: `金额只填数字，不带单位：写 ${problem.suggestion}（本列单位为${unit}）`, en: `amounts are numbers only, without a unit: write ${problem.suggestion} (this column is in ${unit})` };
    case 'fullwidth':
      return { zh: `请用半角数字：${problem.suggestion}`, en: `use ASCII digits: ${problem.suggestion}` };
    case 'grouping':
      return { zh: `“${text}”的千分位逗号位置不对`, en: `the thousands commas of “${text}” are misplaced` };
    case 'exponent':
      return { zh: `“${text}”是科学计数法，请写出完整数字`, en: `“${text}” is in exponent notation; write the number in full` };
    case 'negative':
      return { zh: `金额不能为负数：“${text}”`, en: `amounts cannot be negative: “${text}”` };
    case 'too-precise':
      return { zh: `“${text}”小数位太多，本列最多 ${problem.maxScale} 位小数`, en: `“${text}” has too many decimals: at most ${problem.maxScale} here` };
    case 'too-large':
      return { zh: `“${text}”位数太多`, en: `“${text}” has too many digits` };
    default:
      return { zh: `“${text}”不是金额，请只填数字，如 232.61`, en: `“${text}” is not an amount; write a number such as 232.61` };
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
  amount(key: string, maxScale = 2, unit = '万元'): string | undefined {
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
const formScale = (unit: string): number => (unit === '万元' ? 6 : 2);

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
    const unit = formUnit ?? '元';
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
    const item = read(row, (id !== undefined && units.get(id)) || '元');
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
