// Chinese text the code reads in the data: characters, unit words and patterns that recognise
// what a published document wrote. Nothing here is shown to readers: words shown on pages and in
// messages come from glossary.ts (budget terms), i18n.ts (the interface) and the rule catalogue.
// Where a word read is a budget term, it comes from the glossary (its zh and printed variants).
import { COLUMN_WORDS, FIGURE_WORDS, FUNDING_SCOPES, FUNDING_SOURCES, INDICATOR_COLUMNS, ORGANISATION, PROJECT_FIELDS, PROJECT_TEXTS, SPENDING } from './glossary.ts';
import { WAN, YUAN } from './money.ts';

/** Traditional → simplified for the characters that occur in budget documents' names. */
export const TRADITIONAL = '綜經費項務審備設業運資會區縣財續開關體與為個時發統網絡維護報權證書據轉場廳購買雜聯樓電腦機構檢測認評級標準車輛輔導訓練會議辦處廣傳導學習達優環境規劃圖樓層電話專線數據庫單位設施購置維修檔案號廠庫態質產條約術醫療衛養營銷總結執監獎勵補貼與國際實時間驗證處理載儀器預算縣區鄉鎮園協調應急災圍網頁線體驗窗門員職責記錄錄審計價費據階稱屬請視頻訊息講課';
export const SIMPLIFIED = '综经费项务审备设业运资会区县财续开关体与为个时发统网络维护报权证书据转场厅购买杂联楼电脑机构检测认评级标准车辆辅导训练会议办处广传导学习达优环境规划图楼层电话专线数据库单位设施购置维修档案号厂库态质产条约术医疗卫养营销总结执监奖励补贴与国际实时间验证处理载仪器预算县区乡镇园协调应急灾围网页线体验窗门员职责记录录审计价费据阶称属请视频讯息讲课';

/** Bracket and quote forms a project name may be printed with, each mapped to one ASCII form. */
export const NAME_PUNCTUATION: readonly (readonly [RegExp, string])[] = [
  [/[（(]/g, '('],
  [/[）)]/g, ')'],
  [/[【［\[]/g, '['],
  [/[】］\]]/g, ']'],
  [/[“”"「」]/g, '"'],
];

/** A year at the start of a project name: "2023年", "2023年度". */
export const LEADING_YEAR = /^(\d{4})年(度)?/;

/** Words after a number that make an indicator value a date or a range, not a quantity: "2025年4月底前", "6至9月". */
export const INDICATOR_NOT_QUANTITY = /^(年|月|至|-)/;
/** "…/年" after a money unit: money per year counts as money. */
export const PER_YEAR = /\/年$/;
/** Money units an indicator value may be written in, and how many 元 each is (exact, as text). */
export const INDICATOR_MONEY_UNITS: Readonly<Record<string, string>> = { 元: '1', 万元: '10000', 万: '10000' };

/** A project attribute (项目属性) that says the project is one-off: 一次性项目. */
export const ONE_OFF_ATTRIBUTE = /一次性/;
/** A project attribute that says the project runs over several years: 延续性项目. */
export const CONTINUING_ATTRIBUTE = /延续/;

/** Indicator levels that name a cost indicator (成本指标). */
export const COST_INDICATOR = /成本/;
/** Indicator names of a unit price or a cost per head, not a cap on the whole cost. */
export const UNIT_COST_INDICATOR = /单价|单位成本|人均|每/;

/** Template text left in a form where a figure belongs. */
export const FORM_PLACEHOLDERS: readonly string[] = ['XX月XX日', 'XX', '（万元/辆等）', '(万元/辆等)'];

/**
 * Top-level items of the 政府采购品目分类目录 that documents print above the items bought (通用设备
 * above 计算机设备及软件): a row naming one is a subtotal, not a purchase.
 */
export const PROCUREMENT_PARENT_ITEMS: readonly string[] = ['房屋和构筑物', '土地、建筑物及构筑物', '设备', '通用设备', '专用设备', '文物和陈列品', '图书和档案', '家具、用具、装具及动植物', '材料', '物资', '无形资产', '工程', '服务'];

/** The kind of a procurement row: 一、货物A, 二、工程B, 三、服务C. */
export const PROCUREMENT_KINDS: readonly (readonly [RegExp, 'goods' | 'works' | 'services'])[] = [
  [/货物/, 'goods'],
  [/工程/, 'works'],
  [/服务/, 'services'],
];

/** Totals of procurement stated in the text: 政府采购货物预算54万元. */
export const PROCUREMENT_STATED: readonly (readonly [RegExp, 'goods' | 'works' | 'services'])[] = [
  [/政府采购货物(?:类)?预算\s*([\d,]+(?:\.\d+)?)\s*万元/, 'goods'],
  [/政府采购工程(?:类)?预算\s*([\d,]+(?:\.\d+)?)\s*万元/, 'works'],
  [/政府采购服务(?:类)?预算\s*([\d,]+(?:\.\d+)?)\s*万元/, 'services'],
];

// ─── The importer (src/lib/import): the words and patterns of published documents ────────────

/** A printed ordinal before a label: 一、 (一) ① 1. — "一、一般公共预算" is read as "一般公共预算". */
export const LEADING_ORDINAL = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|[①-⑳]|\d+[.、．])\s*/;
/** A numbered heading's start: 一、 二、 … (a 类 name printed as "一、一般公共服务支出"). */
export const ORDINAL_HEADING_START = /^[一二三四五六七八九十]+、/;

/** A line that names the department: 单位名称：… or 部门名称：…; the name is group 1. */
export const DEPARTMENT_NAME_LINE = /^(?:单位名称|部门名称)[:：]\s*(\S+?)(?:\s|$)/;
/** A table title that names the department before the year ("临汾市行政审批服务管理局2020年部门预算…"); the name is group 1. */
export const departmentBeforeYear = (year: number): RegExp => new RegExp(`^(?:[一二三四五六七八九十]+、)?(.+?)(?:部门)?\\s*${year}\\s*年`);

/** Words of a project form's title (项目支出绩效目标申报表, 项目支出绩效目标表), read without spaces. */
export const PROJECT_FORM_TITLE = /绩效目标申报表|项目支出绩效目标表/;
/** Words of the department-wide form's title (部门整体绩效目标表), which is not a project form. */
export const DEPARTMENT_TARGETS_TITLE = /整体绩效目标/;

// The standard tables (tables.ts).

/** Labels of a total row, without spaces: a row that sums the rows above it. */
export const TOTAL_ROW_WORDS: readonly string[] = [
  FIGURE_WORDS.total.zh,
  '总计',
  '部门合计',
  FIGURE_WORDS.income_total.zh,
  FIGURE_WORDS.expenditure_total.zh,
  '收入合计',
  SPENDING.total.zh,
  FIGURE_WORDS.income_grand_total.zh,
  FIGURE_WORDS.expenditure_grand_total.zh,
  '本年收入',
  FIGURE_WORDS.subtotal.zh,
];
/** Column headings, without spaces, that name a table's total column (合计, 金额 …). */
export const TOTAL_COLUMN_WORDS: readonly string[] = [FIGURE_WORDS.total.zh, FIGURE_WORDS.income_total.zh, FIGURE_WORDS.expenditure_total.zh, FIGURE_WORDS.subtotal.zh, COLUMN_WORDS.amount.zh];
/** A column heading that ends in 预算数 (2024年预算数): the total column. */
export const BUDGET_COLUMN = /预算数$/;
/** Lines under a table's title that are not data: its unit, the unit's name, notes, the table's number. */
export const UNIT_OR_NOTE_LINES: readonly RegExp[] = [/^(单位|金额单位|单位名称|部门名称)[:：]/, /^(备注|注)[:：]/, /^预算公开表\s*\d+$/];
/** Labels of the income totals of a summary table (收入合计, 收入总计). */
export const INCOME_TOTALS = /收入合计|收入总计/;
/** The income total of the year alone (收入合计). */
export const INCOME_TOTAL = /收入合计/;
/** The grand total of income, carry-overs included (收入总计). */
export const INCOME_GRAND_TOTAL = /收入总计/;
/** Labels of the spending totals of a summary table (支出合计, 支出总计). */
export const SPENDING_TOTALS = /支出合计|支出总计/;
/** The word of a grand total (收入总计, 支出总计), as against a total of the year (合计). */
export const GRAND_TOTAL_WORD = '总计';
/** A label on the income side of 财政拨款收支总表. */
export const INCOME_WORD = /收入/;
/** Rows of “三公”经费表 by their label (ordinal removed), and where each amount goes. */
export const THREE_PUBLIC_ROWS: readonly (readonly [RegExp, string])[] = [
  [/^因公出国[(（]境[)）]费/, 'outbound'],
  [/^公务接待费/, 'reception'],
  [/^公务用车购置及运行(维护)?费/, 'published:three_public.vehicles'],
  [/^公务用车购置费/, 'vehicle_purchase'],
  [/^公务用车运行(维护)?费/, 'vehicle_operation'],
  [/^会议费/, 'published:three_public.meetings'],
  [/^一类/, 'meetings.class1'],
  [/^二类/, 'meetings.class2'],
  [/^三类/, 'meetings.class3'],
  [/^四类/, 'meetings.class4'],
  [/^培训费/, 'training'],
  [/^合计$/, 'published:three_public'],
];

// The 情况说明 and 名词解释 (narrative.ts).

/** A numbered heading of the 情况说明: 一、 followed by its words. */
export const NARRATIVE_HEADING = /^[一二三四五六七八九十]+、\S/;
/** The title of the 名词解释 part: 第四部分 名词解释, or 名词解释 alone. */
export const TERMS_PART_TITLE = /^第[一二三四五六七八九十]+部分\s*名词解释$|^名词解释$/;
/** The part's number before its title (第四部分). */
export const PART_NUMBER = /^第[一二三四五六七八九十]+部分\s*/;
/** Punctuation that ends a sentence, and so a paragraph, at the end of a line. */
export const SENTENCE_END = /[。；！？：:]$/;
/** A numbered subheading: (一) （1）. */
export const NARRATIVE_SUBHEADING = /^[(（][一二三四五六七八九十\d]+[)）]/;

// 部门（单位）整体绩效目标表 (performance-targets.ts); its words are the glossary's PERFORMANCE_TARGETS.

/** The form's unit line: 单位：万元, 金额单位：元; the unit is group 2. */
export const TARGETS_UNIT_LINE = /^(金额)?单位[:：]\s*(万元|元)/;
/** A label ending in 名称 (部门（单位）名称): the form's name row. */
export const NAME_LABEL = /名称$/;

// The project forms (projects.ts). Labels are matched on a key: simplified characters, no
// spaces, colons, brackets or 、 (so 市(县、区)财政资金 and 市县（区）財政資金 are one label).

/** Traditional characters that occur in form labels and names (晋城 prints one form in them), and their simplified forms. */
export const FORM_TRADITIONAL = '項稱門碼實單屬續階開資總額財級縣區籌況據設證劃計體標績產質時滿經濟會務對負責辦聯繫電話報數預晉統綜費驗營環導購業運轉維護網絡圖審規條構處錄書長間員為與優進達職價內這個關機來發類別點線見問題場檔節範參專傳戶權後當萬兩嚴準舉動勞醫療師註冊車輛種監簽訂幫隊試雲';
export const FORM_SIMPLIFIED = '项称门码实单属续阶开资总额财级县区筹况据设证划计体标绩产质时满经济会务对负责办联系电话报数预晋统综费验营环导购业运转维护网络图审规条构处录书长间员为与优进达职价内这个关机来发类别点线见问题场档节范参专传户权后当万两严准举动劳医疗师注册车辆种监签订帮队试云';

const spellings = (term: { zh: string; variants?: readonly string[] }): string[] => [term.zh, ...(term.variants ?? [])];

/** Labels of the form's one-line fields, by field. */
export const FORM_SHORT_LABELS = {
  name: [COLUMN_WORDS.project_name.zh],
  supervisor: ['主管单位', '主管单部门', '主管主管部门', '主管部门', '主管部门及代码', '主管单位部门'],
  supervisorCode: ['主管部门编码', '主管部门代码'],
  unitName: ['申报单位', PROJECT_FIELDS.unit.zh],
  unitCode: [ORGANISATION.unit_code.zh, '单位代码'],
  attribute: [PROJECT_FIELDS.attribute.zh],
  category: spellings(PROJECT_FIELDS.category),
  periodYears: [PROJECT_FIELDS.period.zh],
  periodTotal: ['项目总金额'],
  annualTotal: ['项目当年金额'],
  previousTotal: [PROJECT_FIELDS.previous_total.zh],
  previousAnnual: [PROJECT_FIELDS.previous_annual.zh],
  leader: [PROJECT_FIELDS.leader.zh],
  filler: [PROJECT_FIELDS.filler.zh],
  phone: ['填报人联系电话', PROJECT_FIELDS.phone.zh],
  handler: [PROJECT_FIELDS.handler.zh],
  unitLeader: ['填报单位负责人', '负责人'],
  filledAt: ['填报日期'],
  start: ['起始日期', '开始日期'],
  end: ['结束日期'],
};
/** Labels of the form's texts, by field (a label the cell wrapped is also a label: 保障项目实施的制度). */
export const FORM_TEXT_LABELS = {
  overview: [PROJECT_TEXTS.overview.zh],
  basis: [PROJECT_TEXTS.basis.zh],
  necessity: spellings(PROJECT_TEXTS.necessity),
  safeguards: [...spellings(PROJECT_TEXTS.safeguards), '保障项目实施的制度', '保证项目实施的制度'],
  plan: [PROJECT_TEXTS.plan.zh],
  unitDuties: ['单位职能'],
  remarks: [PROJECT_FIELDS.remarks.zh],
};
/** Labels of the funding block, by source (total: the block's totals). */
export const FORM_FUND_LABELS = {
  total: [FUNDING_SCOPES.period.zh, FUNDING_SCOPES.annual.zh],
  central: [FUNDING_SOURCES.central.zh, '中央财政拨款'],
  provincial: [FUNDING_SOURCES.provincial.zh, '省级财政拨款'],
  local: [FUNDING_SOURCES.local.zh, '市县区财政拨款', '市区县财政资金', '市县财政资金'],
  self_raised: [FUNDING_SOURCES.self_raised.zh],
  other: [FUNDING_SOURCES.other.zh],
};
/** The label that opens the funding block, alone or with its unit (项目资金（元）). */
export const FORM_FUND_START = [PROJECT_FIELDS.funding.zh, `${PROJECT_FIELDS.funding.zh}${YUAN}`, `${PROJECT_FIELDS.funding.zh}${WAN}`];
/** The label that opens the budget detail (预算明细). */
export const FORM_DETAIL_START = [PROJECT_FIELDS.budget_detail.zh];
/** The heading of the detail's item column: its heading row names the columns. */
export const FORM_DETAIL_ITEM_HEADING = '三级预算名称';
/** The label over the goals (总体目标). */
export const FORM_GOALS_TITLE = '总体目标';
/** Goal labels and the goal each names (总体目标 names none: it is the block's title). */
export const FORM_GOAL_LABELS: Readonly<Record<string, 'period' | 'annual' | null>> = { [FORM_GOALS_TITLE]: null, 中期目标: 'period', 实施期目标: 'period', 实施目标: 'period', 年度目标: 'annual' };
/** The first line of the indicators: 绩效指标 (or 绩 alone, the heading printed one letter a line), or the column headings. */
export const FORM_INDICATOR_START = /^(绩效目标|绩效指标|绩效|绩|一级指标|一级目标|一级)$/;
/** The words "of which" before a label (其中：中央财政资金). */
export const OF_WHICH = '其中';
export const LEADING_OF_WHICH = /^其中/;

/** A year line under the title: （2023年度）; the year is read with YEAR_OF. */
export const FORM_YEAR_LINE = /^[(（]\s*\d{4}\s*年度?\s*[)）]$/;
/** A year in a line (2023年); the year is group 1. */
export const YEAR_OF = /(\d{4})\s*年/;
/** The stamp line: 填报单位（盖章）. */
export const FORM_STAMP_LINE = /^填报单位\s*[(（]\s*盖章\s*[)）]/;
/** The form's unit: 金额单位：元; the unit is group 1. */
export const FORM_UNIT_LINE = /金额单位\s*[:：]?\s*(万元|元)/;
/** A 填报日期 line without a date. */
export const FORM_EMPTY_DATE_LINE = /^填报日期\s*[:：]?\s*年?\s*$/;
/** A page number: - 3 -, 第3页, 第3页 共20页, 3/20. */
export const PAGE_NUMBER = /^([-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
/** A heading of the document: 十一、…, 第四部分. */
export const SECTION_HEADING = /^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;
/** The end of a table's title (…表). */
export const TABLE_TITLE_END = /表$/;
/** The fields that follow a form's 项目名称 (as label keys). */
export const FORM_HEADER_FIELD = /^(主管|申报单位|实施单位|项目属性|项目资金)/;
/** The end of a page header the PDF repeats (…部门预算, …公开). */
export const PAGE_HEADER_END = /(预算|决算|公开|报告)$/;
/** The end of an organisation's name (…局, …中心（…）): a name where the 实施单位 label was lost. */
export const ORGANISATION_NAME_END = /(局|中心|委员会|办公室|院|所|站|馆)([(（][^)）]*[)）])?$/;
/** A project period in years: 3, 3年. */
export const PERIOD_YEARS = /^(\d{1,3})\s*年?$/;
/** A date as forms print it: 2020/1/1, 2020-01-01, 2020.1.1, 2020年1月1日. */
export const FORM_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** Indicator levels of the 临汾 template (…目标): 二级 → its 一级. */
export const TARGET_LEVELS: Readonly<Record<string, string>> = {
  投入管理: '投入和管理目标',
  财务管理: '投入和管理目标',
  项目管理: '投入和管理目标',
  决策管理: '投入和管理目标',
  目标管理: '投入和管理目标',
  数量: '产出目标',
  质量: '产出目标',
  时效: '产出目标',
  成本: '产出目标',
  经济效益: '效果目标',
  社会效益: '效果目标',
  环境效益: '效果目标',
  满意度: '效果目标',
  长效管理: '影响力目标',
  人力资源: '影响力目标',
  配套设施: '影响力目标',
};
/** 一级 levels of the 临汾 template. */
export const TARGET_LEVEL1: readonly string[] = ['投入和管理目标', '产出目标', '效果目标', '效果影响目标', '影响力目标'];
/** 临汾's 一级 printed over both 效果 and 影响力 rows, and the two it stands for. */
export const TARGET_COMBINED_LEVEL1: { readonly label: string; readonly covers: readonly string[] } = { label: '效果影响目标', covers: ['效果目标', '影响力目标'] };
/** Indicator levels of the standard template (…指标): 二级 → its 一级. */
export const INDICATOR_LEVELS: Readonly<Record<string, string>> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  可持续发展影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};
/** 一级 levels of the standard template. */
export const INDICATOR_LEVEL1: readonly string[] = ['产出指标', '效益指标', '满意度指标', '成本指标'];
/** 成本指标: a 一级 level in the template of 2024 and later, a 二级 under 产出指标 before. */
export const COST_INDICATOR_LEVEL = '成本指标';
/** The word that ends a standard level (产出指标); a label the extraction cut lacks its end (产出指 | 标). */
export const INDICATOR_WORD = '指标';
/** A 二级 name some forms invent (系统指标): a heading, not an indicator. */
export const OTHER_INDICATOR_LEVEL = /^[\u4e00-\u9fff]{2,8}指标$/;
/** Column headings and the vertical letters of 绩效指标 that some extractions print one per line. */
export const INDICATOR_HEADINGS: readonly string[] = [INDICATOR_COLUMNS.level1.zh, INDICATOR_COLUMNS.level2.zh, INDICATOR_COLUMNS.level3.zh, INDICATOR_COLUMNS.value.zh, '一级目标', '二级目标', '三级目标', '目标值', '一级', '二级', '三级', '绩效指标', '绩效目标', '绩效', '绩', '效', '指', '标', '目标', INDICATOR_WORD];
/** Headings of the 临汾 template's indicators (…目标). */
export const TARGET_FAMILY_HEADINGS = /一级目标|二级目标|三级目标|目标值/;
/** Headings of the standard template's indicators (…指标). */
export const INDICATOR_FAMILY_HEADINGS = /一级指标|二级指标|三级指标|指标值/;
/** A heading row that prints 二级指标 twice: 实施期 and 年度 side by side. */
export const TWO_COLUMN_HEADINGS = /二级指标.*二级指标/;

/** The word a document gives a change's reason with: "主要原因是…", "原因是…". */
export const REASON_WORD = '原因';
/** A sentence that opens with the reason for the change before it: "原因人员调出…", "增加的主要原因是…". */
export const REASON_OPENING = /^(主要|其|增加的主要|减少的主要)?原因/u;
