// The one place where Chinese budget terms meet their English identifiers.
// Code uses the identifiers; pages and messages take labels from here.

export interface Term {
  /** Identifier used in code, data files and URLs. */
  id: string;
  /** The term as it appears in disclosures. */
  zh: string;
  /** English display label. */
  en: string;
  /** Other spellings seen in published documents. */
  variants?: readonly string[];
}

function terms<const T extends Record<string, Omit<Term, 'id'>>>(defs: T): { [K in keyof T]: Term & { id: K } } {
  const out = {} as { [K in keyof T]: Term & { id: K } };
  for (const key of Object.keys(defs) as (keyof T)[]) out[key] = { id: key, ...defs[key] } as Term & { id: typeof key };
  return out;
}

/** Spending by nature. */
export const SPENDING = terms({
  total: { zh: '支出合计', en: 'Total expenditure' },
  basic: { zh: '基本支出', en: 'Basic expenditure' },
  project: { zh: '项目支出', en: 'Project expenditure' },
  personnel: { zh: '人员经费', en: 'Personnel costs' },
  public_costs: { zh: '公用经费', en: 'Operating costs' },
  admin_costs: { zh: '机关运行经费', en: 'Administrative running costs' },
  three_public: { zh: '“三公”经费', en: '“Three public” costs', variants: ['三公经费', '"三公"经费'] },
});

/** Sources of money (income columns of 收入总表). */
export const FUNDS = terms({
  general_budget: { zh: '一般公共预算', en: 'General public budget', variants: ['一般公共预算拨款'] },
  gov_fund: { zh: '政府性基金预算', en: 'Government fund budget', variants: ['政府性基金', '纳入预算管理的政府性基金'] },
  state_capital: { zh: '国有资本经营预算', en: 'State capital operation budget', variants: ['国有资本经营收入'] },
  special_account: {
    zh: '财政专户管理资金',
    en: 'Special fiscal account funds',
    variants: ['纳入财政专户管理的事业收入', '专户管理的非税收入拨款'],
  },
  unit_funds: { zh: '单位资金', en: 'Unit funds' },
  business_income: { zh: '事业收入', en: 'Service income of public institutions' },
  operating_income: { zh: '事业单位经营收入', en: 'Business income of public institutions' },
  superior_subsidy: { zh: '上级补助收入', en: 'Subsidies from higher levels' },
  subordinate_remittance: { zh: '附属单位上缴收入', en: 'Remittances from affiliated units' },
  business_fund: { zh: '用事业基金弥补收支差额', en: 'Drawn from the institutions’ reserve fund', variants: ['用事业基金'] },
  other: { zh: '其他收入', en: 'Other income' },
});
export type FundId = keyof typeof FUNDS;
export const FUND_IDS = Object.keys(FUNDS) as FundId[];
/** Funds counted as 财政拨款 (fiscal appropriations) in 财政拨款收支总表. */
export const FISCAL_FUNDS: readonly FundId[] = ['general_budget', 'gov_fund', 'state_capital'];

/** Parts of one functional line's spending, where a template splits it (DESIGN: alternative decompositions). */
export const BASIC_PARTS = terms({
  salaries: { zh: '工资福利支出', en: 'Salaries and benefits', variants: ['人员经费'] },
  operating: { zh: '公用经费', en: 'Operating costs', variants: ['商品和服务支出'] },
  individuals: { zh: '对个人和家庭的补助', en: 'Transfers to individuals and households' },
});
export type BasicPart = keyof typeof BASIC_PARTS;
export const BASIC_PART_IDS = Object.keys(BASIC_PARTS) as BasicPart[];
export const PROJECT_PARTS = terms({
  general: { zh: '一般性项目', en: 'General projects' },
  special: { zh: '专项资金', en: 'Special funds' },
});
export type ProjectPart = keyof typeof PROJECT_PARTS;
export const PROJECT_PART_IDS = Object.keys(PROJECT_PARTS) as ProjectPart[];

export const CARRYOVER = terms({
  carried_over: { zh: '上年结转', en: 'Carried over from last year' },
  carried_forward: { zh: '年终结转', en: 'Carried forward to next year' },
});

/** The four components of 三公经费, plus the two display-only rows of some templates. */
export const THREE_PUBLIC = terms({
  outbound: { zh: '因公出国（境）费', en: 'Official travel abroad' },
  reception: { zh: '公务接待费', en: 'Official hospitality' },
  vehicles: { zh: '公务用车购置及运行费', en: 'Official vehicles' },
  vehicle_purchase: { zh: '公务用车购置费', en: 'Vehicle purchase' },
  vehicle_operation: { zh: '公务用车运行维护费', en: 'Vehicle operation and maintenance' },
  meetings: { zh: '会议费', en: 'Meetings (shown, not counted)' },
  training: { zh: '培训费', en: 'Training (shown, not counted)' },
});
export type ThreePublicPart = 'outbound' | 'reception' | 'vehicle_purchase' | 'vehicle_operation';
export const THREE_PUBLIC_PARTS: readonly ThreePublicPart[] = ['outbound', 'reception', 'vehicle_purchase', 'vehicle_operation'];

/** Levels of the functional classification (支出功能分类). */
export const CODE_LEVELS = terms({
  class: { zh: '类', en: 'Class' },
  section: { zh: '款', en: 'Section' },
  item: { zh: '项', en: 'Item' },
});

export const CLASSIFICATIONS = terms({
  functional: { zh: '支出功能分类', en: 'Functional classification' },
  economic: { zh: '部门预算支出经济分类', en: 'Economic classification (departmental)' },
  economic_gov: { zh: '政府预算支出经济分类', en: 'Economic classification (government)' },
});

/** The standard disclosure tables. Titles follow the usual Shanxi template. */
export const TABLES = terms({
  budget_summary: { zh: '收支总表', en: 'Income and expenditure summary', variants: ['预算收支总表', '收支预算总表'] },
  income_summary: { zh: '收入总表', en: 'Income summary', variants: ['预算收入总表'] },
  expenditure_summary: { zh: '支出总表', en: 'Expenditure summary', variants: ['预算支出总表'] },
  fiscal_summary: { zh: '财政拨款收支总表', en: 'Fiscal appropriations summary' },
  general_budget_expenditure: {
    zh: '一般公共预算支出表',
    en: 'General public budget expenditure',
    variants: ['一般公共预算支出预算表', '一般预算支出预算表'],
  },
  basic_economic: {
    zh: '一般公共预算基本支出经济分类表',
    en: 'Basic expenditure by economic class',
    variants: ['一般公共预算安排基本支出分经济科目表'],
  },
  gov_fund_income: { zh: '政府性基金预算收入表', en: 'Government fund income' },
  gov_fund_expenditure: { zh: '政府性基金预算支出表', en: 'Government fund expenditure', variants: ['政府性基金预算支出预算表'] },
  state_capital: { zh: '国有资本经营预算表', en: 'State capital operation budget', variants: ['国有资本经营预算收支预算表'] },
  three_public: { zh: '“三公”经费表', en: '“Three public” costs', variants: ['一般公共预算“三公”经费支出情况统计表', '财政拨款安排“三公”经费支出预算表', '“三公”经费支出预算表'] },
  admin_costs: { zh: '机关运行经费表', en: 'Administrative running costs', variants: ['机关运行经费预算财政拨款情况统计表', '财政拨款安排机关运行经费预算表'] },
  project_expenditure: { zh: '项目支出表', en: 'Project expenditure', variants: ['项目支出预算表'] },
  procurement: { zh: '政府采购支出表', en: 'Government procurement', variants: ['政府采购支出预算表'] },
  economic_summary: { zh: '支出经济分类汇总表', en: 'Spending by economic class', variants: ['部门支出经济分类汇总表'] },
  expenditure_by_source: { zh: '支出总表（按资金来源）', en: 'Expenditure by source of money', variants: ['部门支出总表（按资金来源）'] },
  narrative: { zh: '情况说明', en: 'Explanatory notes', variants: ['部门预算情况说明'] },
});
export type TableId = keyof typeof TABLES;
export const TABLE_IDS = Object.keys(TABLES) as TableId[];

export const PROCUREMENT = terms({
  goods: { zh: '货物', en: 'Goods' },
  works: { zh: '工程', en: 'Works' },
  services: { zh: '服务', en: 'Services' },
});
export type ProcurementKind = keyof typeof PROCUREMENT;

/** Budget unit kinds (基层预算单位). */
export const UNIT_KINDS = terms({
  administrative: { zh: '行政单位', en: 'Administrative unit' },
  civil_service_managed: { zh: '参公事业单位', en: 'Institution managed as civil service' },
  public_institution: { zh: '事业单位', en: 'Public institution', variants: ['全额拨款事业单位'] },
  other: { zh: '其他', en: 'Other' },
});
export type UnitKind = keyof typeof UNIT_KINDS;
export const UNIT_KIND_IDS = Object.keys(UNIT_KINDS) as UnitKind[];

export const DISCLOSURE_SCOPES = terms({
  department: { zh: '部门预算', en: 'Department budget' },
  unit: { zh: '单位预算', en: 'Unit budget' },
});

/** Project form fields (绩效目标表). */
export const PROJECT_TEXTS = terms({
  overview: { zh: '项目概况', en: 'Overview' },
  basis: { zh: '立项依据', en: 'Legal basis' },
  necessity: { zh: '项目设立的必要性', en: 'Necessity', variants: ['项目设立必要性'] },
  safeguards: { zh: '保障项目实施的制度措施', en: 'Safeguards', variants: ['保证项目实施的制度、措施'] },
  plan: { zh: '项目实施计划', en: 'Implementation plan' },
});
export const PROJECT_GOALS = terms({
  period: { zh: '实施期目标', en: 'Goal for the whole period', variants: ['中期目标'] },
  annual: { zh: '年度目标', en: 'Goal for the year' },
});
export const FUNDING_SOURCES = terms({
  central: { zh: '中央财政资金', en: 'Central government' },
  provincial: { zh: '省级财政资金', en: 'Provincial government' },
  local: { zh: '市县（区）财政资金', en: 'City or county government', variants: ['本级'] },
  self_raised: { zh: '单位自筹', en: 'Self-raised', variants: ['自筹'] },
  other: { zh: '其他资金', en: 'Other' },
});
export type FundingSource = keyof typeof FUNDING_SOURCES;
export const FUNDING_SOURCE_IDS = Object.keys(FUNDING_SOURCES) as FundingSource[];
export const FUNDING_SCOPES = terms({
  annual: { zh: '年度资金总额', en: 'This year' },
  period: { zh: '实施期资金总额', en: 'Whole period' },
});

export const PRIOR_YEAR = terms({
  prior_year: { zh: '上年预算数', en: 'Last year’s budget', variants: ['上年年初预算'] },
});

/** Words that name figures and their parts in messages, captions and cells. */
export const FIGURE_WORDS = terms({
  total: { zh: '合计', en: 'total' },
  subtotal: { zh: '小计', en: 'subtotal' },
  fiscal_part: { zh: '其中：财政拨款', en: 'of which fiscal appropriations' },
  expenditure_total: { zh: '本年支出合计', en: 'total expenditure' },
  income_total: { zh: '本年收入合计', en: 'total income' },
  income_grand_total: { zh: '收入总计', en: 'income grand total' },
  expenditure_grand_total: { zh: '支出总计', en: 'expenditure grand total' },
  income: { zh: '收入', en: 'income' },
  spending: { zh: '支出', en: 'spending' },
  fiscal_total: { zh: '财政拨款合计', en: 'fiscal appropriations' },
  economic_all: { zh: '支出经济分类（部门预算）', en: 'Spending by economic class (departmental)' },
  economic_gov: { zh: '支出经济分类（政府预算）', en: 'Spending by economic class (government)' },
  meetings_subtotal: { zh: '会议费小计', en: 'meetings, subtotal' },
  projects_total: { zh: '项目合计', en: 'projects, total' },
  procurement: { zh: '政府采购', en: 'procurement' },
  sources: { zh: '资金来源', en: 'sources of money' },
});

/** Column headings of the standard tables. */
export const COLUMN_WORDS = terms({
  code: { zh: '科目编码', en: 'Code' },
  name: { zh: '科目名称', en: 'Name' },
  item: { zh: '项目', en: 'Item' },
  amount: { zh: '金额', en: 'Amount' },
  total: { zh: '合计', en: 'Total' },
  subtotal: { zh: '小计', en: 'Subtotal' },
  revenue_code: { zh: '收入科目编码', en: 'Revenue code' },
  unit_name: { zh: '单位名称', en: 'Unit' },
  project_name: { zh: '项目名称', en: 'Project' },
  economic_code: { zh: '部门预算支出经济分类科目编码', en: 'Departmental economic code' },
  gov_economic_code: { zh: '政府预算支出经济分类科目编码', en: 'Government economic code' },
  budget: { zh: '预算数', en: 'Budget' },
  subject: { zh: '科目', en: 'Line' },
  nature: { zh: '支出性质', en: 'Kind of spending' },
  economic_subject: { zh: '经济科目', en: 'Economic class' },
  source: { zh: '来源', en: 'Source' },
});

/** Row labels of the standard tables that are not figures of their own. */
export const ROW_WORDS = terms({
  income: { zh: '收入', en: 'Income' },
  spending: { zh: '支出', en: 'Expenditure' },
  total: { zh: '合计', en: 'Total' },
  income_total: { zh: '本年收入合计', en: 'Total income this year' },
  income_grand_total: { zh: '收入总计', en: 'Income, grand total' },
  expenditure_total: { zh: '本年支出合计', en: 'Total expenditure this year' },
  expenditure_grand_total: { zh: '支出总计', en: 'Expenditure, grand total' },
  carried_forward: { zh: '年末结转和结余', en: 'Carried forward at year end' },
  meetings_outside: { zh: '会议费（不计入“三公”经费）', en: 'Meetings (not part of the “three public” costs)' },
  training_outside: { zh: '培训费（不计入“三公”经费）', en: 'Training (not part of the “three public” costs)' },
  unit_unknown: { zh: '未注明单位', en: 'Unit not stated' },
});

/** Notes printed under tables. */
export const TABLE_NOTES = terms({
  economic_scope_all: { zh: '公开文件的本表实际包含全部支出（含项目支出），照录。', en: 'In the published document this table in fact covers all spending (project spending included); transcribed as printed.' },
});

/** Concepts defined in the 名词解释 that are neither spending nor funds. */
export const CONCEPTS = terms({
  purchase_services: { zh: '政府购买服务', en: 'Government purchase of services' },
  fiscal: { zh: '财政拨款', en: 'Fiscal appropriations' },
});

/** Fields of a project's performance form (项目绩效目标表). */
export const PROJECT_FIELDS = terms({
  form: { zh: '绩效目标表', en: 'performance form' },
  unit: { zh: '实施单位', en: 'Implementing unit' },
  previous_total: { zh: '上年度项目总金额', en: 'Project total last year' },
  previous_annual: { zh: '项目上年度金额', en: 'Project amount last year' },
  code: { zh: '功能科目', en: 'Functional code' },
  attribute: { zh: '项目属性', en: 'Attribute' },
  category: { zh: '项目类别', en: 'Category', variants: ['项目类型'] },
  period: { zh: '项目期', en: 'Duration' },
  long_term: { zh: '长期', en: 'Long-term' },
  dates: { zh: '起止日期', en: 'Start and end' },
  origin: { zh: '资金来源说明', en: 'Source of funds' },
  funding: { zh: '项目资金', en: 'Funding' },
  budget_detail: { zh: '预算明细', en: 'Budget detail' },
  indicators: { zh: '绩效指标', en: 'Performance indicators' },
  remarks: { zh: '备注', en: 'Remarks' },
  leader: { zh: '项目负责人', en: 'Project leader' },
  filler: { zh: '填报人', en: 'Filled in by' },
  handler: { zh: '经办人', en: 'Handled by' },
  contact: { zh: '联系人', en: 'Contact' },
  phone: { zh: '联系电话', en: 'Telephone' },
});

/** Columns of a project form's 预算明细. */
export const DETAIL_COLUMNS = terms({
  group: { zh: '二级预算', en: 'Budget group' },
  item: { zh: '三级预算', en: 'Budget item' },
  own: { zh: '本级', en: 'Own level' },
  higher: { zh: '上级', en: 'Higher levels' },
  self_raised: { zh: '自筹', en: 'Self-raised' },
  other: { zh: '其他', en: 'Other' },
  total: { zh: '合计', en: 'Total' },
});

/** Columns of a performance indicator table (项目 forms and 整体绩效目标表). */
export const INDICATOR_COLUMNS = terms({
  level1: { zh: '一级指标', en: 'Level 1' },
  level2: { zh: '二级指标', en: 'Level 2' },
  level3: { zh: '三级指标', en: 'Indicator' },
  operator: { zh: '运算符', en: 'Operator' },
  value: { zh: '指标值', en: 'Target value' },
  unit: { zh: '单位', en: 'Unit' },
  explanation: { zh: '指标值说明', en: 'About the value' },
});
/** Which part of a project an indicator measures. */
export const INDICATOR_SCOPES = terms({
  annual: { zh: '年度', en: 'this year' },
  period: { zh: '实施期', en: 'whole period' },
});

/** 部门（单位）整体绩效目标表: its title and parts. */
export const PERFORMANCE_TARGETS = terms({
  table: { zh: '部门（单位）整体绩效目标表', en: 'Department-wide performance targets', variants: ['整体绩效目标表'] },
  budget: { zh: '预算情况', en: 'Budget' },
  total: { zh: '总额', en: 'Total' },
  tasks: { zh: '年度主要任务', en: 'Main tasks of the year' },
  task_name: { zh: '任务名称', en: 'Task' },
  task_content: { zh: '主要内容', en: 'Content' },
  task_amount: { zh: '预算金额', en: 'Budget' },
  goal: { zh: '年度总体目标', en: 'Overall goal for the year' },
  indicators: { zh: '年度绩效指标', en: 'Performance indicators for the year' },
});

/** Sections of a disclosure's explanations (情况说明) that the format keeps as their own fields. */
export const SECTIONS = terms({
  organisation: { zh: '部门基本情况', en: 'The department' },
  procurement: { zh: '政府采购情况', en: 'Government procurement' },
  assets: { zh: '国有资产占有使用情况', en: 'State assets held and used' },
  purchase_services: { zh: '政府购买服务情况', en: 'Government purchase of services' },
  performance: { zh: '绩效管理情况', en: 'Performance management' },
  other_notes: { zh: '其他说明', en: 'Other notes' },
});

/** The department's organisation (部门基本情况). */
export const ORGANISATION = terms({
  aliases: { zh: '又名', en: 'Also named' },
  duties: { zh: '部门职责', en: 'Duties' },
  unit_duties: { zh: '单位职责', en: 'Duties of the unit' },
  structure: { zh: '机构设置', en: 'Structure' },
  internal_divisions: { zh: '内设机构', en: 'Internal divisions' },
  units: { zh: '预算单位', en: 'Budget units' },
  unit_code: { zh: '单位编码', en: 'Unit code' },
  unit_kind: { zh: '单位性质', en: 'Kind' },
  rank: { zh: '级别', en: 'Rank' },
  accounting: { zh: '核算方式', en: 'Accounting' },
  independent: { zh: '独立核算', en: 'Keeps its own accounts' },
  non_independent: { zh: '非独立核算', en: 'Accounts kept by the department' },
  staffing: { zh: '人员', en: 'Staff' },
  authorized: { zh: '核定编制', en: 'Authorised posts' },
  actual: { zh: '实有人员', en: 'Staff in post' },
  retired: { zh: '退休人员', en: 'Retired' },
  contract: { zh: '编外人员', en: 'Staff outside the establishment' },
});

/** State assets (国有资产占有使用情况). */
export const ASSETS = terms({
  as_of: { zh: '截至', en: 'As of' },
  vehicles: { zh: '车辆情况', en: 'Vehicles' },
  vehicle_category: { zh: '车辆类别', en: 'Kind of vehicle' },
  establishment: { zh: '编制数', en: 'Establishment' },
  count: { zh: '实有数', en: 'Number held' },
  purchase_year: { zh: '购置年度', en: 'Bought in' },
  original_value: { zh: '原值', en: 'Original value' },
  buildings: { zh: '房屋情况', en: 'Buildings' },
  building: { zh: '房屋', en: 'Building' },
  area: { zh: '建筑面积', en: 'Floor area' },
  above_ground: { zh: '地上面积', en: 'Above ground' },
  below_ground: { zh: '地下面积', en: 'Below ground' },
  square_metres: { zh: '平方米', en: 'm²' },
  fixed_assets: { zh: '固定资产', en: 'Fixed assets' },
  holder: { zh: '占有单位', en: 'Held by' },
  figures: { zh: '其他资产数据', en: 'Other figures' },
  figure: { zh: '项目', en: 'Item' },
  quantity: { zh: '数量', en: 'Quantity' },
});

/** Columns of the procurement items (政府采购预算明细). */
export const PROCUREMENT_FIELDS = terms({
  kind: { zh: '采购类别', en: 'Kind' },
  project: { zh: '项目', en: 'Project' },
  economic: { zh: '经济科目', en: 'Economic class' },
  category: { zh: '品目', en: 'Category' },
  item: { zh: '采购品目', en: 'Item' },
  method: { zh: '采购方式', en: 'Method' },
  amount: { zh: '金额', en: 'Amount' },
});

/**
 * Words English readers look for that the budget terms above do not hold on their own: parts of
 * project names and budget lines. With the terms above they are the English search page's
 * suggestions (the index holds the Chinese pages only); each Chinese word is found in the demo.
 */
export const SEARCH_WORDS = terms({
  hotline: { zh: '热线', en: 'Hotline' },
  reception: { zh: '接待', en: 'Reception' },
  vehicle: { zh: '公务用车', en: 'Official vehicle' },
  travel_abroad: { zh: '因公出国（境）', en: 'Official travel abroad' },
  training: { zh: '培训', en: 'Training' },
  meeting: { zh: '会议', en: 'Meeting' },
  approval: { zh: '审批', en: 'Administrative approval' },
  government_services: { zh: '政务服务', en: 'Government services' },
  business_environment: { zh: '营商环境', en: 'Business environment' },
  e_government: { zh: '电子政务', en: 'E-government' },
  cloud: { zh: '政务云', en: 'Government cloud' },
  network: { zh: '网络', en: 'Network' },
  software: { zh: '软件', en: 'Software' },
  maintenance: { zh: '运维', en: 'Maintenance (IT operations)' },
  equipment: { zh: '设备', en: 'Equipment' },
  archives: { zh: '档案', en: 'Archives' },
  seal: { zh: '印章', en: 'Seal (official stamp)' },
  certificate: { zh: '数字证书', en: 'Digital certificate' },
  property: { zh: '物业', en: 'Property management' },
  security_guard: { zh: '保安', en: 'Security guard' },
  canteen: { zh: '餐厅', en: 'Canteen' },
  utilities: { zh: '水电', en: 'Water and electricity (utilities)' },
  rent: { zh: '租赁', en: 'Rent (lease)' },
  agency_staff: { zh: '劳务派遣', en: 'Agency staff (labour dispatch)' },
  temporary_staff: { zh: '临时工', en: 'Temporary staff' },
  salary: { zh: '工资', en: 'Salary' },
  pension: { zh: '养老保险', en: 'Pension insurance' },
  housing_fund: { zh: '住房公积金', en: 'Housing provident fund' },
  medical: { zh: '医疗', en: 'Medical care' },
  travel: { zh: '差旅', en: 'Business travel' },
  publicity: { zh: '宣传', en: 'Publicity' },
  legal_adviser: { zh: '法律顾问', en: 'Legal adviser' },
  epidemic: { zh: '防疫', en: 'Epidemic prevention' },
});

/** Term groups by the name a glossary key starts with: `fund.general_budget`, `column.code`. */
export const TERM_GROUPS = {
  spending: SPENDING,
  fund: FUNDS,
  basic_part: BASIC_PARTS,
  project_part: PROJECT_PARTS,
  carryover: CARRYOVER,
  three_public: THREE_PUBLIC,
  code_level: CODE_LEVELS,
  classification: CLASSIFICATIONS,
  table: TABLES,
  procurement: PROCUREMENT,
  unit_kind: UNIT_KINDS,
  scope: DISCLOSURE_SCOPES,
  project_text: PROJECT_TEXTS,
  project_goal: PROJECT_GOALS,
  funding_source: FUNDING_SOURCES,
  funding_scope: FUNDING_SCOPES,
  prior_year: PRIOR_YEAR,
  figure: FIGURE_WORDS,
  column: COLUMN_WORDS,
  row: ROW_WORDS,
  table_note: TABLE_NOTES,
  concept: CONCEPTS,
  project_field: PROJECT_FIELDS,
  detail: DETAIL_COLUMNS,
  indicator: INDICATOR_COLUMNS,
  indicator_scope: INDICATOR_SCOPES,
  performance: PERFORMANCE_TARGETS,
  section: SECTIONS,
  organisation: ORGANISATION,
  assets: ASSETS,
  procurement_field: PROCUREMENT_FIELDS,
} as const satisfies Record<string, Record<string, Term>>;

/** The term a glossary key names, e.g. "fund.general_budget"; undefined for an unknown key. */
export function termByKey(key: string): Term | undefined {
  const [group, id, ...rest] = key.split('.');
  if (!group || !id || rest.length) return undefined;
  const terms = (TERM_GROUPS as Record<string, Record<string, Term>>)[group];
  return terms && Object.hasOwn(terms, id) ? terms[id] : undefined;
}

/** Every glossary key, for hints and tests. */
export const TERM_KEYS: readonly string[] = Object.entries(TERM_GROUPS).flatMap(([group, terms]) => Object.keys(terms).map((id) => `${group}.${id}`));

export type Lang = 'zh' | 'en';
export function label(term: Term, lang: Lang = 'zh'): string {
  return lang === 'en' ? term.en : term.zh;
}
