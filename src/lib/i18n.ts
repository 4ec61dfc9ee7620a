// Interface strings in Chinese (default) and English. Budget terms come from glossary.ts; this
// module holds only the words of the interface around them.
import type { Lang } from './glossary.ts';
import type { RegionLevel } from './schema/region.ts';
import { loadSettings } from './settings.ts';

export const LANGS: readonly Lang[] = ['zh', 'en'];
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

const STRINGS = {
  skip: { zh: '跳到正文', en: 'Skip to content' },
  home: { zh: '首页', en: 'Home' },
  glossary: { zh: '名词解释', en: 'Glossary' },
  about: { zh: '关于', en: 'About' },
  otherLanguage: { zh: 'English', en: '中文' },
  breadcrumb: { zh: '位置', en: 'Breadcrumb' },
  mainNav: { zh: '主导航', en: 'Main' },
  footer: { zh: '数据来自各部门公开的预算文件；每份文件发布前都经过自动核算，差错以勘误和说明公开。', en: 'Data from the budget documents the departments published; every file is checked before publication, and corrections are shown as errata and notes.' },
  unitWan: { zh: '万元', en: '10k yuan' },
  unitYuan: { zh: '元', en: 'yuan' },
  unitLabel: { zh: '单位', en: 'Unit' },
  noData: { zh: '本表无数据', en: 'No data in this table' },
  total: { zh: '支出合计', en: 'Total spending' },
  summary: { zh: '概要', en: 'Summary' },
  tables: { zh: '预算报表', en: 'Budget tables' },
  narrative: { zh: '情况说明', en: 'Explanations' },
  projects: { zh: '项目', en: 'Projects' },
  dataNotes: { zh: '数据说明', en: 'Data notes' },
  source: { zh: '来源', en: 'Source' },
  errata: { zh: '勘误', en: 'Errata' },
  notes: { zh: '说明', en: 'Notes' },
  rounding: { zh: '舍入差异', en: 'Rounding differences' },
  noNotes: { zh: '本文件没有勘误和说明。', en: 'This file has no errata or notes.' },
  roundingMark: { zh: '† 公开数与各明细之和因逐项四舍五入略有差异，见“数据说明”。', en: '† The published figure differs from the sum of its parts by rounding; see Data notes.' },
  changeOnLastYear: { zh: '比上年', en: 'on last year' },
  increase: { zh: '增加', en: 'up' },
  decrease: { zh: '减少', en: 'down' },
  unchanged: { zh: '持平', en: 'unchanged' },
  largestItems: { zh: '最大的几项支出', en: 'Largest items' },
  shareOfTotal: { zh: '占支出合计', en: 'of total spending' },
  years: { zh: '各年度', en: 'Years' },
  year: { zh: '年度', en: 'Year' },
  departments: { zh: '部门', en: 'Departments' },
  latest: { zh: '最新年度', en: 'Latest year' },
  notFound: { zh: '页面不存在', en: 'Page not found' },
  notFoundText: { zh: '找不到这个页面。可以从首页重新查找。', en: 'This page does not exist. Start again from the home page.' },
  code: { zh: '科目编码', en: 'Code' },
  name: { zh: '名称', en: 'Name' },
  amount: { zh: '金额', en: 'Amount' },
  change: { zh: '增减', en: 'Change' },
  printed: { zh: '公开数', en: 'Published' },
  // 部门（单位）整体绩效目标表
  perfTargets: { zh: '部门（单位）整体绩效目标', en: 'Department-wide performance targets' },
  perfBudget: { zh: '预算情况', en: 'Budget' },
  perfBudgetTotal: { zh: '总额', en: 'Total' },
  perfBudgetBasic: { zh: '基本支出', en: 'Basic expenditure' },
  perfBudgetProject: { zh: '项目支出', en: 'Project expenditure' },
  perfTasks: { zh: '年度主要任务', en: 'Main tasks of the year' },
  perfTaskName: { zh: '任务名称', en: 'Task' },
  perfTaskContent: { zh: '主要内容', en: 'Content' },
  perfTaskAmount: { zh: '预算金额', en: 'Budget' },
  perfGoal: { zh: '年度总体目标', en: 'Overall goal for the year' },
  perfIndicators: { zh: '年度绩效指标', en: 'Performance indicators for the year' },
  perfLevel1: { zh: '一级指标', en: 'Level 1' },
  perfLevel2: { zh: '二级指标', en: 'Level 2' },
  perfLevel3: { zh: '三级指标', en: 'Indicator' },
  perfValue: { zh: '指标值', en: 'Target value' },
  perfExplanation: { zh: '指标值说明', en: 'About the value' },
  perfBlank: { zh: '空白处为公开文件未填写。', en: 'Blank cells are blank in the published document.' },
  regionLevel: { zh: '行政级别', en: 'Level' },
  tableNotPublished: { zh: '公开文件没有这张表。', en: 'The published document does not contain this table.' },
  tablePrintedEmpty: { zh: '公开文件印有这张表的表头，没有数据行。', en: 'The published document prints this table’s header with no rows.' },
  unitNote: { zh: '单位：万元', en: 'Unit: 10,000 yuan' },
} as const;

/** Labels of the administrative levels of regions (src/lib/schema/region.ts). */
const REGION_LEVEL_LABELS: Record<RegionLevel, Record<Lang, string>> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '设区的市', en: 'City (prefecture level)' },
  prefecture: { zh: '地区（盟）', en: 'Prefecture' },
  autonomous_prefecture: { zh: '自治州', en: 'Autonomous prefecture' },
  county: { zh: '县级', en: 'County level' },
  county_city: { zh: '县级市', en: 'County-level city' },
  autonomous_county: { zh: '自治县（旗）', en: 'Autonomous county (banner)' },
  district: { zh: '市辖区', en: 'City district' },
  province_administered: { zh: '省直管县（市）', en: 'County or city administered by the province' },
};

export function regionLevelLabel(level: RegionLevel, lang: Lang): string {
  return REGION_LEVEL_LABELS[level][lang];
}

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** Which language is at the root of the site (portal.yaml default_language); the other has a prefix. */
export function rootLanguage(): Lang {
  return loadSettings().default_language;
}

/** The URL of a page in a language: the root language at /, the other under /en/ or /zh/. */
export function localePath(path: string, lang: Lang): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === rootLanguage() ? clean : `/${lang}${clean}`;
}

/** The same page in the other language. */
export function switchPath(path: string, to: Lang): string {
  const bare = path.replace(new RegExp(`^/${otherLang(rootLanguage())}(?=/|$)`), '') || '/';
  return localePath(bare, to);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
