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
  chineseOnlyPage: { zh: '本页只有中文。', en: 'This page is written in Chinese only; there is no English version yet.' },
  chineseOnlyRead: { zh: '中文版', en: 'Read it on the Chinese site.' },
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
  // Data notes grouped by rule (src/lib/derive/notes.ts), and an erratum marked where the narrative prints the wrong figure
  notePlaceIndicator: { zh: '{project}，绩效指标“{indicator}”', en: '{project}, indicator “{indicator}”' },
  notePlaceDetail: { zh: '{project}，预算明细“{item}”', en: '{project}, budget detail “{item}”' },
  erratumPrinted: { zh: '勘误：原文印作', en: 'Erratum: printed as' },
  erratumCorrected: { zh: '，更正为', en: ', corrected to' },
  erratumLink: { zh: '勘误', en: 'erratum' },
  erratumLinkLabel: { zh: '勘误说明（见“数据说明”）', en: 'About this erratum (in Data notes)' },
  roundingMark: { zh: '† 公开数与各明细之和因逐项四舍五入略有差异，见“数据说明”。', en: '† The published figure differs from the sum of its parts by rounding; see Data notes.' },
  changeOnLastYear: { zh: '比上年{direction} {amount} {unit}{percent}', en: '{direction} {amount} {unit} on last year{percent}' },
  increase: { zh: '增加', en: 'up' },
  decrease: { zh: '减少', en: 'down' },
  unchangedOnLastYear: { zh: '与上年持平', en: 'unchanged on last year' },
  largestItems: { zh: '最大的几项支出', en: 'Largest items' },
  shareOfTotal: { zh: '占支出合计 {percent}', en: '{percent} of total spending' },
  perResident: { zh: '人均 {amount} 元', en: '{amount} yuan per resident' },
  perResidentBasis: { zh: '按{year}年常住人口 {population} 人计', en: 'for {population} residents in {year}' },
  compareWithPeers: { zh: '与同类部门比较', en: 'Compare with similar departments' },
  years: { zh: '各年度', en: 'Years' },
  year: { zh: '年度', en: 'Year' },
  departments: { zh: '部门', en: 'Departments' },
  latest: { zh: '最新年度', en: 'Latest year' },
  notFound: { zh: '页面不存在', en: 'Page not found' },
  notFoundText: { zh: '找不到这个页面。可以从首页重新查找。', en: 'This page does not exist. Start again from the home page.' },
  // The dev server's data check (src/views/CheckView.astro): `npm run dev` shows findings instead of stopping
  checkTitle: { zh: '数据检查', en: 'Data check' },
  checkIntro: { zh: '开发服务器在数据有错误时照常运行，并在这里列出每一处；保存文件后自动重新检查。npm run build 仍会拒绝有错误的数据。', en: 'The dev server keeps running while data have errors and lists each one here; saving a file checks again. npm run build still refuses data with errors.' },
  checkCounts: { zh: '检查了 {files} 个文件：{errors} 个错误，{warnings} 个警告', en: '{files} files checked: {errors} errors, {warnings} warnings' },
  checkClean: { zh: '没有错误。', en: 'No errors.' },
  checkError: { zh: '错误', en: 'error' },
  checkWarning: { zh: '警告', en: 'warning' },
  checkInfo: { zh: '说明', en: 'info' },
  checkPage: { zh: '查看本文件的页面', en: 'This file’s page' },
  checkNoPage: { zh: '本文件有错误，开发服务器无法显示它的页面。', en: 'This file has errors the dev server cannot show a page for.' },
  checkNotice: { zh: '数据有 {count} 个错误，构建会被拒绝。查看检查结果', en: 'The data have {count} errors; a build would be refused. See the data check' },
  checkFileErrors: { zh: '本文件有 {count} 个错误', en: 'This file has {count} errors' },
  checkAll: { zh: '全部检查结果', en: 'The whole data check' },
  code: { zh: '科目编码', en: 'Code' },
  name: { zh: '名称', en: 'Name' },
  amount: { zh: '金额', en: 'Amount' },
  change: { zh: '增减', en: 'Change' },
  timelineCaption: { zh: '历年预算', en: 'Budgets by year' },
  timelineIntro: { zh: '本站收录的每一年，以及各年文件印出的上年数（标注“上年数”，不是本站收录的文件）。增减是与前一年相比；原因是文件自己的说法。', en: 'Every year this portal holds, and the last year’s figures each year’s document prints (marked “as printed”: the portal does not hold that year’s file). Changes are on the year before; reasons are the document’s own words.' },
  timelinePrinted: { zh: '上年数，据{year}年文件', en: 'as printed in the {year} document' },
  timelineBasis: { zh: '{year}年文件所印上年数的口径', en: 'What the {year} document’s last-year figures are' },
  timelineReasons: { zh: '文件所述增减原因', en: 'Reasons the documents give for the changes' },
  timelineReasonLink: { zh: '原因', en: 'reason' },
  timelineReasonItem: { zh: '{year}年{label}{change}', en: '{year} {label}: {change}' },
  timelineLink: { zh: '历年对比', en: 'Compare years' },
  statedReason: { zh: '文件所述原因', en: 'Reason given in the document' },
  yearPrinted: { zh: '{year}年（上年数）', en: '{year} (as printed)' },
  printed: { zh: '公开数', en: 'Published' },
  // 部门（单位）整体绩效目标表 (its words are in the glossary's performance group)
  perfBlank: { zh: '空白处为公开文件未填写。', en: 'Blank cells are blank in the published document.' },
  regionLevel: { zh: '行政级别', en: 'Level' },
  tableNotPublished: { zh: '公开文件没有这张表。', en: 'The published document does not contain this table.' },
  tablePrintedEmpty: { zh: '公开文件印有这张表的表头，没有数据行。', en: 'The published document prints this table’s header with no rows.' },
  unitNote: { zh: '单位：万元', en: 'Unit: 10,000 yuan' },
  unitNoteYuan: { zh: '单位：元', en: 'Unit: yuan' },
  // Punctuation and patterns that join words: each language has its own.
  listSep: { zh: '、', en: ', ' },
  clauseSep: { zh: '，', en: ', ' },
  groupSep: { zh: '；', en: '; ' },
  colon: { zh: '：', en: ': ' },
  dash: { zh: ' —— ', en: ' — ' },
  parenthetical: { zh: '（{text}）', en: ' ({text})' },
  withCount: { zh: '{label}（{count}）', en: '{label} ({count})' },
  withCode: { zh: '{name}（{code}）', en: '{name} ({code})' },
  inYear: { zh: '{name}（{year}年）', en: '{name} ({year})' },
  yearOnly: { zh: '{year}年', en: '{year}' },
  range: { zh: '{from} 至 {to}', en: '{from} to {to}' },
  // Navigation and links
  search: { zh: '搜索', en: 'Search' },
  navProjects: { zh: '全部项目', en: 'Projects' },
  navCompare: { zh: '部门比较', en: 'Compare' },
  allProjects: { zh: '全部项目', en: 'All projects' },
  guide: { zh: '发布者指南', en: 'Publishers' },
  allDataJson: { zh: '全部数据（JSON）', en: 'All data (JSON)' },
  allFiguresCsv: { zh: '全部预算每张报表的全部数字（CSV，每行一个数）', en: 'Every figure of every table of every budget (CSV, one figure per line)' },
  allProjectsCsv: { zh: '全部项目（CSV）', en: 'All projects (CSV)' },
  // Home, region, department
  homeTitle: { zh: '部门预算公开', en: 'Department budget disclosures' },
  homeIntro: { zh: '这里公开各部门每年的预算：钱从哪里来、花在哪里、做了哪些项目。每一份文件在发布前都经过逐项核算。', en: 'Each department’s budget for each year: where the money comes from, where it goes, and which projects it pays for. Every file is checked figure by figure before publication.' },
  latestByDepartment: { zh: '{region}各部门最新预算', en: '{region}: latest budget of each department' },
  regionProjects: { zh: '本地区全部项目', en: 'All projects of this region' },
  regionAllProjects: { zh: '{region}全部项目', en: '{region}: all projects' },
  projectsByRegion: { zh: '共有 {total} 个项目，超过一页列出的上限（{max} 个），所以这里按地区列出：请选择一个地区查看它的全部项目，或者搜索项目。', en: 'There are {total} projects, more than one page lists ({max} at most), so they are listed here by region: choose a region to see all its projects, or search for a project.' },
  regionProjectsByDepartment: { zh: '{region}共有 {total} 个项目，超过一页列出的上限（{max} 个），所以这里按部门和年度列出：请选择一个年度，查看该部门当年预算中的项目，或者搜索项目。', en: '{region} has {total} projects, more than one page lists ({max} at most), so they are listed here by department and year: choose a year to see the projects in that department’s budget, or search for a project.' },
  projectsPerDepartment: { zh: '各部门各年度的项目', en: 'Projects of each department, by year' },
  projectsPerRegion: { zh: '各地区的项目', en: 'Projects in each region' },
  departmentsWithProjects: { zh: '有项目的部门', en: 'Departments with projects' },
  projectsCount: { zh: '项目数', en: 'Projects' },
  // Disclosure page
  disclosureHeading: { zh: '{year}年{scope}', en: '{scope} {year}' },
  charts: { zh: '图表', en: 'Charts' },
  downloads: { zh: '下载', en: 'Downloads' },
  scrollSideways: { zh: '表格较宽：左右滑动可查看全部栏目，科目名称保持可见。', en: 'This table is wide: scroll sideways to see every column; the names stay in view.' },
  downloadDisclosure: { zh: '本预算全部数据（JSON）', en: 'This budget, all data (JSON)' },
  downloadDepartmentFigures: { zh: '本部门各年度每张报表的全部数字（CSV，每行一个数）', en: 'Every figure of every table, every year (CSV, one figure per line)' },
  downloadDepartmentProjects: { zh: '本部门各年度全部项目（CSV）', en: 'Every project, every year (CSV)' },
  downloadTable: { zh: '{year}年{title}（CSV）', en: '{title}, {year} (CSV)' },
  tableTitle: { zh: '{year}年{title}', en: '{title}, {year}' },
  dataDictionaryLink: { zh: '数据字典：各列的含义', en: 'Data dictionary: what each column means' },
  sourceDetails: { zh: '（{publisher}，{year}年）', en: ' ({publisher}, {year})' },
  sourceUrl: { zh: '原文地址', en: 'Published at' },
  sourceArchive: { zh: '存档副本', en: 'Archived copy' },
  // Links that last and travel: canonical addresses, anchors, citations (src/lib/links.ts)
  headlineFigure: { zh: '{label} {amount} {unit}', en: '{label} {amount} {unit}' },
  projectDescription: { zh: '{department}{year}年预算项目：{name}', en: '{department}, budget project of {year}: {name}' },
  anchorLink: { zh: '本表链接：{title}', en: 'Link to this table: {title}' },
  sectionLink: { zh: '本节链接：{title}', en: 'Link to this section: {title}' },
  tableCsv: { zh: '下载本表（CSV）', en: 'Download this table (CSV)' },
  tocTitle: { zh: '本页目录', en: 'On this page' },
  citeThisTable: { zh: '引用本表', en: 'Cite this table' },
  citeThisPage: { zh: '引用本页', en: 'Cite this page' },
  citation: { zh: '{department}：《{title}》，{url}', en: '{department}, “{title}”, {url}' },
  citeRetrieved: { zh: '，访问日期：{date}', en: ', retrieved {date}' },
  copyCitation: { zh: '复制引用', en: 'Copy citation' },
  citationCopied: { zh: '已复制', en: 'Copied' },
  citationSelected: { zh: '已选中，请按 Ctrl+C 复制', en: 'Selected: press Ctrl+C to copy' },
  embedSource: { zh: '来源：{department}《{title}》', en: 'Source: {department}, “{title}”' },
  embedThis: { zh: '嵌入本图', en: 'Embed this chart' },
  baseUrlMissing: { zh: 'portal.yaml 没有 base_url：页面没有规范链接（canonical）和 og:url，也不生成 /sitemap.xml。请在 portal.yaml（或 GONGKAI_SETTINGS 指定的文件）中填写网站的发布地址，例如 base_url: https://budget.example.gov.cn', en: 'portal.yaml has no base_url: pages are built without canonical links or og:url, and without /sitemap.xml. Set base_url in portal.yaml (or the file GONGKAI_SETTINGS names) to the address the site is published at, e.g. base_url: https://budget.example.gov.cn' },
  // Charts
  chartByFunction: { zh: '{year}年支出按功能分类', en: 'Spending by function, {year}' },
  chartBasicProject: { zh: '{year}年基本支出与项目支出', en: 'Basic and project expenditure, {year}' },
  chartEconomicAll: { zh: '{year}年支出按经济分类（公开表含项目支出）', en: 'Spending by economic class, {year} (the published table includes project spending)' },
  chartEconomicBasic: { zh: '{year}年基本支出按经济分类（人员经费与公用经费）', en: 'Basic expenditure by economic class, {year}: personnel and operating costs' },
  chartIncome: { zh: '{year}年收入来源', en: 'Sources of income, {year}' },
  chartSaysOne: { zh: '{title}：全部为{label}，{amount} {unit}。', en: '{title}: {label} only, {amount} {unit}.' },
  chartSaysParts: { zh: '{title}：{parts}。', en: '{title}: {parts}.' },
  chartPart: { zh: '{label} {amount} {unit}（{percent}）', en: '{label} {amount} {unit} ({percent})' },
  chartThreePublic: { zh: '{year}年“三公”经费构成', en: '“Three public” costs by part, {year}' },
  chartYearsTotal: { zh: '各年度支出（基本支出与项目支出）', en: 'spending by year (basic and project expenditure)' },
  chartYearsRunning: { zh: '各年度“三公”经费与机关运行经费', en: '“three public” and administrative running costs by year' },
  chartDepartments: { zh: '各部门最新年度支出', en: 'Departments, latest year' },
  chartCompare: { zh: '各部门{figure}', en: '{figure} by department' },
  chartRegionDepartments: { zh: '各部门最新年度支出', en: 'departments, latest year' },
  chartOneYear: { zh: '{title}（{year}年）', en: '{title} ({year})' },
  chartLargestOf: { zh: '{title}：最大的 {shown} 个（共 {total} 个，全部见表格）', en: '{title}: the {shown} largest of {total} (the table has them all)' },
  chartYearsDiffer: { zh: '{title}（各部门年度不同：{from}—{to}年）', en: '{title} (the years differ: {from}–{to})' },
  chartWithSubject: { zh: '{subject}{title}', en: '{subject}: {title}' },
  chartDataBelow: { zh: '{title}（数据见下表）', en: '{title} (data in the table below)' },
  chartData: { zh: '{title}：数据', en: '{title}: data' },
  // The drill-down treemap of a disclosure page (src/lib/charts/treemap.ts)
  treemapTitle: { zh: '{year}年支出逐级展开：类、款、项与项目', en: 'Spending {year}, level by level: class, section, item and project' },
  treemapAll: { zh: '全部', en: 'All' },
  treemapPath: { zh: '当前层级', en: 'Level shown' },
  treemapBlocks: { zh: '本层各部分，金额从大到小', en: 'Parts of this level, largest first' },
  treemapHint: { zh: '点击方块，或在下方按钮上按回车键或空格键，打开下一层；按 Esc 或退格键返回上一层。', en: 'Click a block, or press Enter or Space on its button below, to open the next level; Escape or Backspace goes back up.' },
  treemapOpened: { zh: '已打开：{title}', en: 'Opened: {title}' },
  treemapShare: { zh: '占比', en: 'Share' },
  treemapProject: { zh: '项目', en: 'Project' },
  treemapPart: { zh: '其中', en: 'Of which' },
  treemapUnlisted: { zh: '其他项目支出（未列出具体项目）', en: 'Other project expenditure (no project listed)' },
  treemapUnsplit: { zh: '未细分到下一级', en: 'Not broken down further' },
  treemapUnplaced: { zh: '另有 {count} 个项目（共 {amount} {unit}）未注明支出功能分类科目，没有放在具体的项下，见下方项目列表。', en: '{count} more projects ({amount} {unit} in all) do not state their functional code, so they are not placed under an item; see the list of projects below.' },
  departmentYear: { zh: '部门（年度）', en: 'Department (year)' },
  // All projects
  department: { zh: '部门', en: 'Department' },
  category: { zh: '类别', en: 'Category' },
  all: { zh: '全部', en: 'All' },
  amountWan: { zh: '金额（万元）', en: 'Amount (10k yuan)' },
  projectCount: { zh: '显示 {shown} 个项目，共 {total}', en: 'Showing {shown} projects of {total}' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  // Compare pages: one figure across departments and years (src/views/CompareView.astro)
  compareTitle: { zh: '部门比较', en: 'Compare departments' },
  compareIntro: { zh: '同一个数字在本网站全部部门、全部年度的预算中各是多少。每个金额与它所在预算页面上显示的一致，并链接到那里。', en: 'One figure in every budget of every department and year on this site. Each amount is the one its budget page shows, and links to it.' },
  compareFigureTitle: { zh: '各部门{figure}比较', en: '{figure}: all departments' },
  comparePartOf: { zh: '{figure}的一部分', en: 'part of {figure}' },
  compareCount: { zh: '{count} 份预算', en: '{count} budgets' },
  compareSorted: { zh: '按金额从高到低排列；点击表头可按其他栏目排序。', en: 'Largest amount first; the column headings sort by other columns.' },
  compareYearsMixed: { zh: '共 {count} 份预算，混合了 {years} 年的预算：不同年度的金额不宜直接比较。', en: '{count} budgets, mixing the years {years}: amounts of different years do not compare directly.' },
  compareNone: { zh: '本网站没有哪份预算公开了这个数字。', en: 'No budget on this site shows this figure.' },
  compareOneYear: { zh: '共 {count} 份预算，都是 {year} 年的。', en: '{count} budgets, all of {year}.' },
  comparePerResidentNote: { zh: '人均 = 金额（万元）× 10000 ÷ 该地区当年常住人口，四舍五入到 0.01 元；地区没有给出当年人口的，不计算人均。', en: 'Per resident = the amount (10k yuan) × 10,000 ÷ the region’s resident population of that year, rounded to 0.01 yuan; none where the region gives no population for that year.' },
  compareRoundingMark: { zh: '† 公开数与各明细之和因逐项四舍五入略有差异，见该预算页面的“数据说明”。', en: '† The published figure differs from the sum of its parts by rounding; see the Data notes of its budget page.' },
  region: { zh: '地区', en: 'Region' },
  comparePerResident: { zh: '人均（元）', en: 'Per resident (yuan)' },
  comparePeers: { zh: '同类部门，同一年度', en: 'Similar departments, same year' },
  comparePeersIntro: { zh: '部门类型相同（department.yaml 的 type，默认为部门目录名）、年度相同的预算放在一起。', en: 'Budgets of departments of the same type (department.yaml’s type, by default the department’s folder name) in the same year, together.' },
  comparePeersGroup: { zh: '{year}年，类型 {type}', en: '{year}, type {type}' },
  comparePeersListed: { zh: '共有 {count} 份预算，超过一页列出的上限（{max} 份），所以这里只列出各组同类部门，每组一页。', en: 'There are {count} budgets, more than one page lists ({max} at most), so only the groups of similar departments are listed here, each with a page of its own.' },
  comparePeersPageTitle: { zh: '{figure}：{year}年类型 {type} 的部门', en: '{figure}: departments of type {type}, {year}' },
  budgetsCount: { zh: '预算数', en: 'Budgets' },
  departmentType: { zh: '部门类型', en: 'Department type' },
  comparePeersAlone: { zh: '这一年没有其他同类部门公开这个数字。', en: 'No other department of this type shows this figure for this year.' },
  compareFigures: { zh: '可比较的数字', en: 'Figures to compare' },
  // Search
  searchLabel: { zh: '搜索项目和预算', en: 'Search projects and budgets' },
  searchPlaceholder: { zh: '例如：市长热线、政务云、12345', en: 'e.g. 市长热线, 政务云, 12345' },
  searchSort: { zh: '排序', en: 'Sort' },
  searchRelevance: { zh: '相关度', en: 'Relevance' },
  searchAmountDesc: { zh: '金额从高到低', en: 'Amount, high to low' },
  searchAmountAsc: { zh: '金额从低到高', en: 'Amount, low to high' },
  searchFilters: { zh: '筛选', en: 'Filters' },
  searchNoscript: { zh: '搜索需要 JavaScript。也可以浏览全部项目：', en: 'Search needs JavaScript. You can also browse all projects:' },
  searchResultCount: { zh: '找到 {count} 个结果', en: '{count} results' },
  searchFirstShown: { zh: '，显示前 {shown} 个', en: ', showing the first {shown}' },
  searchAlsoIn: { zh: '另见：', en: 'Also in: ' },
  searchSentenceBreak: { zh: '。', en: '. ' },
  searchInChinese: { zh: '预算和项目以中文公开，请用中文词语搜索。常用词语：', en: 'The budgets and projects are published in Chinese, so search finds Chinese words. Common English words and the Chinese to search for:' },
  searchTermsFor: { zh: '“{query}”对应的中文词语：', en: 'Chinese terms for “{query}”:' },
  searchNoTermFor: { zh: '没有“{query}”对应的中文词语；请试试上面的词语，或直接输入中文。', en: 'No Chinese term found for “{query}”; try one of the words above, or type Chinese.' },
  searchSuggestion: { zh: '{en}：{zh}', en: '{en} → {zh}' },
  searchMoreWords: { zh: '更多词语', en: 'More words' },
  // Glossary page
  glossaryIntro: { zh: '下列解释摘自各部门预算公开文件的“名词解释”；各文件表述不同时，逐一列出。', en: 'Definitions as printed in the departments’ documents; where the documents word a term differently, each wording is listed.' },
  wordingDiffers: { zh: '（各文件表述不同）', en: ' (wording differs between documents)' },
  // Project page
  elsewhereTitle: { zh: '其他年度的同一项目', en: 'The same project in other years' },
  elsewhereNone: { zh: '本部门其他年度的预算中没有同名项目。', en: 'No project of the same name in this department’s other years.' },
  yearsOfProject: { zh: '{years}年', en: '{years} years' },
  // Disclosure sections the format keeps (organisation, assets, procurement)
  asPublished: { zh: '公开文件原文', en: 'As published' },
  countOfDivisions: { zh: '共 {count} 个', en: '{count} in all' },
  staffCount: { zh: '{kind} {count} 人', en: '{kind} {count}' },
  areaValue: { zh: '{value} 平方米', en: '{value} m²' },
  // The check's summary of a file's empty amounts (src/lib/report/pending.ts)
  pendingTitle: { zh: '还有 {count} 项待填', en: '{count} amounts still to fill in' },
  pendingParts: { zh: '按表：{parts}', en: 'By table: {parts}' },
  pendingPart: { zh: '{part} {count} 项', en: '{part} {count}' },
  pendingFirst: { zh: '前 {count} 处：', en: 'The first {count}:' },
  pendingHint: { zh: '照公开文件逐项填写；每填一项，这里少一项。--format json 列出每一处。', en: 'Fill them in from the published document; each one filled is one fewer here. --format json lists every place.' },
  pendingTable: { zh: '《{title}》', en: '{title}' },
  pendingProject: { zh: '项目“{name}”', en: 'project “{name}”' },
  pendingDocument: { zh: '文件信息', en: 'document details' },
  pendingByClass: { zh: '{part}（按经济分类）', en: '{part} by economic class' },
  // npm run new (src/lib/cli/new.ts)
  importUsage: { zh: '用法：npm run import -- <公开文件：.txt、.pdf、预算系统导出的 .xlsx 或填报工作簿> --to <地区>/<部门>/<年份> [--template 模板] [--lang zh|en]', en: 'usage: npm run import -- <published document: .txt, .pdf, a budget system’s .xlsx export, or a fill-in workbook> --to <region>/<dept>/<year> [--template id] [--lang zh|en]' },
  importNoSource: { zh: '找不到文件 {file}。', en: 'No such file: {file}.' },
  importExists: { zh: '{file} 已经存在，导入不会覆盖它。要重新导入，先把它改名或删除。', en: '{file} already exists; import never overwrites a file. Rename or remove it to import again.' },
  importEmpty: { zh: '{file} 是空文件，没有可导入的内容。', en: '{file} is empty: there is nothing to import.' },
  importUnreadable: { zh: '{file} 不是可读的文本（{reason}）。请另存为 UTF-8 文本，或直接给出 PDF。', en: '{file} is not readable text ({reason}). Save it as UTF-8 text, or give the PDF itself.' },
  importGbk: { zh: '{file} 是 GBK 编码，已按 GBK 读取。', en: '{file} is GBK-encoded; read as GBK.' },
  importScan: { zh: '{file} 没有文字层，是扫描件：pdftotext 读不出文字。请向发布单位索取带文字的 PDF，或先做文字识别（OCR）。', en: '{file} has no text layer: it is a scan, and pdftotext reads no text from it. Ask the publisher for a PDF with text, or run OCR first.' },
  importNoPdftotext: { zh: '读取 PDF 需要 pdftotext（Debian 软件包 poppler-utils），本机没有。npm test 的准备步骤会安装它；也可以运行 apt-get install poppler-utils。', en: 'Reading a PDF needs pdftotext (Debian package poppler-utils), which this machine lacks. The set-up of npm test installs it; or run apt-get install poppler-utils.' },
  importPdfFailed: { zh: 'pdftotext 读取 {file} 失败：{reason}', en: 'pdftotext could not read {file}: {reason}' },
  importWorkbookProblems: { zh: '工作簿 {file} 有 {count} 处需要改正，没有写入任何文件：', en: 'The workbook {file} has {count} problems to fix; nothing was written:' },
  importWorkbookProblem: { zh: '  工作表“{sheet}” {cell}：{message}', en: '  sheet “{sheet}” {cell}: {message}' },
  importRecoded: { zh: '第 {line} 行印作 {printed}“{name}”，按本文件其他表中该名称的编码 {code} 录入；请核对并写勘误。', en: 'Line {line} prints {printed} “{name}”; placed under {code}, the code this name has in the document’s other tables. Check it and add an erratum.' },
  importSheets: { zh: '{file} 是电子表格，按每个工作表一张表读取（共 {count} 个工作表）。', en: '{file} is a spreadsheet, read as one table per sheet ({count} sheets).' },
  importWorkbookRead: { zh: '已读取工作簿 {file}。', en: 'Read the workbook {file}.' },
  importUnknownTemplate: { zh: '没有名为“{template}”的模板。可用的模板：{known}。', en: 'There is no template “{template}”. Templates: {known}.' },
  importNotDisclosure: { zh: '{file} 中没有找到任何部门预算公开的标准表或项目绩效目标表，看起来不是部门预算公开文件。', en: 'No standard table and no project form was found in {file}: it does not look like a department budget disclosure.' },
  importWrote: { zh: '已写入草稿 {file}。', en: 'Wrote the draft {file}.' },
  importTables: { zh: '识别出的表（{count} 张）：', en: 'Tables recognised ({count}):' },
  importTable: { zh: '  第 {line} 行 《{title}》：{rows} 行，{amounts} 个金额', en: '  line {line}, {title}: {rows} rows, {amounts} amounts' },
  importProjects: { zh: '项目绩效目标表：{projects} 个项目，{indicators} 项绩效指标。', en: 'Project forms: {projects} projects, {indicators} indicators.' },
  importHtml: { zh: '第 {lines} 行的 HTML 已转为纯文本。', en: 'HTML on lines {lines} was turned into plain text.' },
  importLeftovers: { zh: '未导入 {count} 行，已作为注释保留在草稿末尾，前 {shown} 行：', en: '{count} lines were not imported; they are kept as comments at the end of the draft. The first {shown}:' },
  importLeftover: { zh: '  第 {line} 行（{reason}）：{text}', en: '  line {line} ({reason}): {text}' },
  importCheck: { zh: '草稿的检查结果：', en: 'The check of the draft:' },
  // The draft npm run import writes (src/lib/import/document.ts, src/lib/cli/import.ts): its header comments
  importDraftHeader: { zh: '由 npm run import 从 {file} 导入的草稿。请逐项对照公开文件核对，再运行 npm run check。', en: 'Draft imported from {file} by npm run import. Check every figure against the document.' },
  importDraftRecoded: { zh: '第 {line} 行印作 {printed}“{name}”，该编码在分类目录中是另一科目；按本文件其他表中“{name}”的编码 {code} 录入，请核对并写勘误。', en: 'Line {line} prints {printed} “{name}”, a code the classification gives another line; placed under {code}, the code of “{name}” in the document’s other tables. Check it and add an erratum.' },
  importDraftLeftovers: { zh: '未导入的内容（共 {count} 行），按原文行号列出：', en: 'Not imported ({count} lines), by line of the document:' },
  importDraftLeftover: { zh: '第 {line} 行（{reason}）：{text}', en: 'line {line} ({reason}): {text}' },
  importWorkbookDraftHeader: { zh: '由 npm run import 从填报工作簿 {file} 导入。', en: 'Imported from the fill-in workbook {file} by npm run import.' },
  // Why the importer left a line of the document (Leftover.reason: both languages of one key)
  importLeftoverNarrativePreamble: { zh: '情况说明中编号标题之前的文字', en: 'text of the notes before their first numbered heading' },
  importLeftoverOutsideTables: { zh: '不在任何已识别的表中', en: 'outside every recognised table' },
  importLeftoverNoTemplateTable: { zh: '文件的模板没有这张表', en: 'the template has no such table' },
  importLeftoverUnreadableRow: { zh: '无法识别的行', en: 'a row that could not be read' },
  importLeftoverColumnUnknown: { zh: '无法确定金额所在的栏目', en: 'the column of each amount cannot be told' },
  importLeftoverTotalOutsideTemplate: { zh: '合计行的金额 {amount} 不属于模板的任何一栏', en: "the total row's {amount} is in no column of the template" },
  importLeftoverAmountNoColumn: { zh: '金额 {amount} 不在任何一栏下', en: '{amount} is under no column' },
  importLeftoverNotEconomic: { zh: '经济分类中没有“{name}”', en: '“{name}” is not in the economic classification' },
  importLeftoverUnknownItem: { zh: '“{label}”不是已知的收支项目', en: '“{label}” is not a known item' },
  importLeftoverAmountFitsNoColumn: { zh: '“{label}”的金额 {amount} 无法对应到模板的栏目', en: '{amount} of “{label}” fits no column of the template' },
  importLeftoverUnknownIncome: { zh: '“{label}”不是已知的收入项目', en: '“{label}” is not a known income item' },
  importLeftoverUnknownThreePublicRow: { zh: '“{label}”不是“三公”经费表的已知行', en: '“{label}” is not a known row of the “three public” costs table' },
  importLeftoverUnknownProject: { zh: '“{name}”不是任何一张项目绩效目标表的项目', en: '“{name}” is the project of no form' },
  importLeftoverTableNotImported: { zh: '这张表还不能自动导入，请照原文录入', en: 'this table is not imported yet: enter it from the document' },
  importLeftoverTargetsRow: { zh: '整体绩效目标表中无法识别的行', en: 'a row of the department-wide targets that could not be read' },
  importLeftoverProcurementUntabbed: { zh: '政府采购表只能从以制表符分栏的文本读取', en: 'the procurement table is read from tab-separated text only' },
  importLeftoverProcurementBeforeKind: { zh: '采购品目大类（货物、工程、服务）之前的行', en: 'a row before any kind (goods, works, services)' },
  importLeftoverNotProjectField: { zh: '此栏说明部门或单位，不是项目字段', en: 'This field describes the department or unit, not the project' },
  importLeftoverFormUnplaced: { zh: '项目表中无法归入任何字段的文字', en: 'Text of the project form that fits no field' },
  importLeftoverFundAmount: { zh: '项目资金中找不到栏目的金额', en: 'An amount of the project funding block without a label' },
  importLeftoverDetailColumns: { zh: '预算明细中多出的无栏目金额，未录入', en: 'An amount of the budget detail in a column without a heading, not entered' },
  importLeftoverDetailRow: { zh: '预算明细中无法识别的行', en: 'A budget detail row that could not be read' },
  importLeftoverIndicatorRow: { zh: '绩效指标中无法识别的行', en: 'An indicator row that could not be read' },
  importLeftoverNoName: { zh: '项目表没有印项目名称', en: 'The form prints no project name' },
  importLeftoverUnreadValue: { zh: '此栏的值无法按字段格式读出（如日期、年数、金额），未录入', en: 'The value of this field could not be read in the field’s format (a date, a number of years, an amount), not entered' },
  // The fill-in workbook (src/lib/import/workbook.ts): sheets, columns, hints and messages a clerk reads.
  // Sheet names, headers and choices are also read back: changing one breaks workbooks already sent out.
  workbookSheetReadme: { zh: '说明', en: 'Read me' },
  workbookSheetMeta: { zh: '基本信息', en: 'Basic information' },
  workbookSheetIncome: { zh: '收入', en: 'Income' },
  workbookSheetExpenditure: { zh: '支出', en: 'Expenditure' },
  workbookSheetEconomic: { zh: '经济分类', en: 'Economic classification' },
  workbookSheetThreePublic: { zh: '三公', en: '“Three public” costs' },
  workbookSheetAdminCosts: { zh: '机关运行经费', en: 'Administrative running costs' },
  workbookSheetProjects: { zh: '项目', en: 'Projects' },
  workbookSheetDetail: { zh: '项目明细', en: 'Project budget detail' },
  workbookSheetIndicators: { zh: '绩效指标', en: 'Performance indicators' },
  workbookSheetPublished: { zh: '控制数', en: 'Published totals' },
  workbookReadmeSheet: { zh: '工作表', en: 'Sheet' },
  workbookReadmeWhat: { zh: '说明', en: 'What it holds' },
  workbookReadmeEnglish: { zh: 'English', en: 'English' },
  workbookReadmeMeta: { zh: '地区、部门、年度和来源文件，每个栏目一行，填在“内容”列；“代码（勿改）”列请勿修改。', en: 'Region, department, year and the source document; one field per row. Do not change the key column.' },
  workbookReadmeIncome: { zh: '本年收入按资金来源填写金额（{unit}）；没有的来源留空。', en: 'Income by source of money, in {unit}; leave a source blank if there is none.' },
  workbookReadmeExpenditure: { zh: '功能科目“{level}”级支出，每行一个科目：编码、名称、基本支出、项目支出（{unit}）。', en: 'Spending by functional item ({level}), one line each: code, name, basic and project spending in {unit}.' },
  workbookReadmeEconomic: { zh: '按经济分类科目的支出，每行一个科目：分类表、编码、名称、金额（{unit}）。', en: 'Spending by economic class, one line each: list, code, name, amount in {unit}.' },
  workbookReadmeThreePublic: { zh: '“三公”经费各项，以及部分模板单列的会议费、培训费（{unit}）。', en: 'The “three public” costs, and the meetings and training rows some templates print, in {unit}.' },
  workbookReadmeAdminCosts: { zh: '机关运行经费，每个单位一行：单位代码、金额（{unit}）。单位名称仅供对照。', en: 'Administrative running costs, one row per unit, in {unit}. The unit name is for reference only.' },
  workbookReadmeProjects: { zh: '每个项目一行：项目代码、名称、实施单位、科目、金额（{unit}）和资金来源（按表内金额单位，默认{formUnit}）。', en: 'One row per project: id, name, unit, code, amount in {unit}, and funding in the form’s unit ({formUnit} unless stated).' },
  workbookReadmeDetail: { zh: '项目预算明细，每行一项，用“项目代码”对应到项目；金额按该项目的表内金额单位。', en: 'Project budget detail, one item per row, tied to its project by the project id; amounts in the form’s unit.' },
  workbookReadmeIndicators: { zh: '项目绩效指标，每行一个三级指标，用“项目代码”对应到项目。', en: 'Project performance indicators, one per row, tied to its project by the project id.' },
  workbookReadmePublished: { zh: '公开表格上印出的合计数（控制数）：表代码、数字代码、金额（{unit}）。', en: 'Totals as printed in the published tables (control totals): table id, figure name, amount in {unit}.' },
  workbookRuleAmounts: { zh: '金额', en: 'Amounts' },
  workbookRuleAmountsText: { zh: '只填数字，如 232.61 或 1,138.19；不带单位（写 232.61，不写 232.61万元），不用全角数字。表格金额单位为{unit}，最多两位小数。', en: 'Amounts are numbers only, e.g. 232.61 or 1,138.19: no unit, no full-width digits. Table amounts are in {unit}, at most two decimals.' },
  workbookRuleBlanks: { zh: '空白', en: 'Blanks' },
  workbookRuleBlanksText: { zh: '空白表示没有该项。不需要的行请整行删除；需要的行可以在表末添加。', en: 'A blank cell means there is none. Delete rows you do not need; add rows at the end of a sheet.' },
  workbookRuleIds: { zh: '代码', en: 'Ids and codes' },
  workbookRuleIdsText: { zh: '项目代码、单位代码、地区代码和部门代码用小写拼音和连字符，如 xingzheng-shenpi；科目编码写全，如 2010301。', en: 'Ids are lowercase pinyin with hyphens (xingzheng-shenpi); codes are written in full (2010301).' },
  workbookRuleNotHere: { zh: '不在本表', en: 'Not in the workbook' },
  workbookRuleNotHereText: { zh: '文字说明、单位概况、政府采购、资产、情况说明、勘误和说明注记不在本工作簿中，仍在 YAML 文件中维护。', en: 'Long texts, the organisation, procurement, assets, the narrative, errata and notes are not in this workbook; they stay in the YAML file.' },
  workbookColumnField: { zh: '栏目', en: 'Field' },
  workbookColumnValue: { zh: '内容', en: 'Value' },
  workbookColumnAmount: { zh: '金额（{unit}）', en: 'Amount ({unit})' },
  workbookColumnHint: { zh: '填写说明', en: 'Hint' },
  workbookColumnKey: { zh: '代码（勿改）', en: 'Key (do not change)' },
  workbookFieldRegion: { zh: '地区代码', en: 'Region id' },
  workbookHintRegion: { zh: '小写拼音，与 data 下的地区文件夹同名，如 linfen', en: 'lowercase pinyin, the name of the region’s folder under data, e.g. linfen' },
  workbookFieldDepartment: { zh: '部门代码', en: 'Department id' },
  workbookHintDepartment: { zh: '小写拼音，与部门文件夹同名，如 xingzheng-shenpi', en: 'lowercase pinyin, the name of the department’s folder, e.g. xingzheng-shenpi' },
  workbookFieldYear: { zh: '预算年度', en: 'Budget year' },
  workbookHintYear: { zh: '四位数字，如 2025', en: 'four digits, e.g. 2025' },
  workbookFieldScope: { zh: '预算类型', en: 'Scope' },
  workbookHintScope: { zh: '{department} 或 {unit}；不填即{department}', en: '{department} or {unit}; blank means {department}' },
  workbookFieldKind: { zh: '文件类型', en: 'Kind' },
  workbookHintKind: { zh: '{budget}；不填即{budget}', en: '{budget}; blank means {budget}' },
  workbookFieldTemplate: { zh: '表格模板', en: 'Template' },
  workbookHintTemplate: { zh: '不填即 {template}', en: 'blank means {template}' },
  workbookFieldTitle: { zh: '文件标题', en: 'Document title' },
  workbookHintTitle: { zh: '公开文件上印的标题', en: 'the title printed on the published document' },
  workbookFieldSourceTitle: { zh: '来源文件标题', en: 'Source title' },
  workbookFieldPublisher: { zh: '发布单位', en: 'Publisher' },
  workbookFieldYearPublished: { zh: '发布年份', en: 'Year published' },
  workbookHintYearPublished: { zh: '四位数字', en: 'four digits' },
  workbookFieldUrl: { zh: '网址', en: 'URL' },
  workbookFieldFileName: { zh: '文件名', en: 'File name' },
  workbookFieldEconomicScope: { zh: '经济分类表口径', en: 'Economic table covers' },
  workbookHintEconomicScope: { zh: '{basic}（默认）或 {all}：经济分类表实际包含的支出', en: '{basic} (the default) or {all}: the spending the economic table in fact covers' },
  workbookFieldMeetings1: { zh: '会议费（一类会议）', en: 'Meetings, class 1' },
  workbookFieldMeetings2: { zh: '会议费（二类会议）', en: 'Meetings, class 2' },
  workbookFieldMeetings3: { zh: '会议费（三类会议）', en: 'Meetings, class 3' },
  workbookFieldMeetings4: { zh: '会议费（四类会议）', en: 'Meetings, class 4' },
  workbookHintMeetings: { zh: '会议费、培训费部分模板单列，不计入“三公”合计', en: 'meetings and training are printed apart by some templates, outside the “three public” total' },
  workbookColumnFunctionalCode: { zh: '功能科目编码', en: 'Functional code' },
  workbookColumnName: { zh: '科目名称', en: 'Name' },
  workbookColumnBasic: { zh: '基本支出（{unit}）', en: 'Basic ({unit})' },
  workbookColumnProject: { zh: '项目支出（{unit}）', en: 'Project ({unit})' },
  workbookColumnFund: { zh: '资金来源', en: 'Source of money' },
  workbookColumnCarriedOver: { zh: '上年结转（{choices}）', en: 'Carried over ({choices})' },
  workbookColumnBasicPart: { zh: '基本支出：{part}（{unit}）', en: 'Basic: {part} ({unit})' },
  workbookColumnProjectPart: { zh: '项目支出：{part}（{unit}）', en: 'Project: {part} ({unit})' },
  workbookColumnList: { zh: '分类表', en: 'List' },
  workbookColumnEconomicCode: { zh: '经济科目编码', en: 'Economic code' },
  workbookColumnOfWhichBasic: { zh: '其中：基本支出（{unit}）', en: 'Of which basic ({unit})' },
  workbookColumnOfWhichProject: { zh: '其中：项目支出（{unit}）', en: 'Of which project ({unit})' },
  workbookColumnGovCode: { zh: '政府经济分类编码', en: 'Government economic code' },
  workbookColumnGovName: { zh: '政府经济分类名称', en: 'Government economic name' },
  workbookColumnFundAmount: { zh: '资金来源：{fund}（{unit}）', en: 'Source: {fund} ({unit})' },
  workbookColumnUnitId: { zh: '单位代码', en: 'Unit id' },
  workbookColumnUnitName: { zh: '单位名称（仅供对照）', en: 'Unit name (reference only)' },
  workbookColumnProjectId: { zh: '项目代码', en: 'Project id' },
  workbookColumnProjectName: { zh: '项目名称', en: 'Project name' },
  workbookColumnProjectUnitId: { zh: '实施单位代码', en: 'Unit id' },
  workbookColumnProjectUnitName: { zh: '实施单位名称（仅供对照）', en: 'Unit name (reference only)' },
  workbookColumnPeriodYears: { zh: '项目期（年）', en: 'Period (years)' },
  workbookColumnStart: { zh: '开始日期', en: 'Start' },
  workbookColumnEnd: { zh: '结束日期', en: 'End' },
  workbookColumnProjectAmount: { zh: '项目金额（{unit}）', en: 'Amount ({unit})' },
  workbookColumnFormUnit: { zh: '表内金额单位（{units}）', en: 'Form unit ({units})' },
  workbookColumnFunding: { zh: '{scope}：{source}', en: '{scope}: {source}' },
  workbookFundingAnnual: { zh: '年度资金', en: 'This year' },
  workbookFundingPeriod: { zh: '实施期资金', en: 'Whole period' },
  workbookColumnPreviousTotal: { zh: '上年度项目总金额', en: 'Last year: project total' },
  workbookColumnPreviousAnnual: { zh: '项目上年度金额', en: 'Last year: amount of the year' },
  workbookColumnMatch: { zh: '跨年对应代码', en: 'Match across years' },
  workbookColumnOrigin: { zh: '资金由来', en: 'Origin of the money' },
  workbookColumnGroup: { zh: '二级预算名称', en: 'Group' },
  workbookColumnItem: { zh: '三级预算名称', en: 'Item' },
  workbookColumnYear: { zh: '年度', en: 'Year' },
  workbookColumnHigher: { zh: '上级', en: 'Higher level' },
  workbookColumnIndicatorScope: { zh: '适用（年度/实施期）', en: 'Applies to' },
  workbookColumnTableId: { zh: '表代码', en: 'Table id' },
  workbookColumnTableName: { zh: '表名（仅供对照）', en: 'Table (reference only)' },
  workbookColumnFigure: { zh: '数字代码', en: 'Figure name' },
  workbookChoiceBudget: { zh: '预算', en: 'Budget' },
  workbookChoiceAllSpending: { zh: '全部支出', en: 'All spending' },
  workbookChoiceAllDepartmental: { zh: '全部支出（部门经济分类）', en: 'All spending (departmental economic classes)' },
  workbookChoiceAllGov: { zh: '全部支出（政府经济分类）', en: 'All spending (government economic classes)' },
  workbookChoiceBothScopes: { zh: '年度和实施期', en: 'This year and the whole period' },
  workbookYes: { zh: '是', en: 'yes' },
  workbookNo: { zh: '否', en: 'no' },
  workbookKindSlug: { zh: '代码（小写拼音和连字符）', en: 'id (lowercase letters, digits and hyphens)' },
  workbookKindYear: { zh: '年份（四位数字）', en: 'year (four digits)' },
  workbookKindInteger: { zh: '整数', en: 'whole number' },
  workbookKindDate: { zh: '日期（年-月-日）', en: 'date (YYYY-MM-DD)' },
  workbookKindFunctional: { zh: '功能科目编码（3、5或7位数字）', en: 'functional code (3, 5 or 7 digits)' },
  workbookKindEconomic: { zh: '经济科目编码（3或5位数字）', en: 'economic code (3 or 5 digits)' },
  workbookKindTable: { zh: '表代码（小写字母和下划线）', en: 'table id (lowercase letters and underscores)' },
  workbookKindFigure: { zh: '数字代码', en: 'figure name' },
  workbookNotWorkbook: { zh: '文件不是可以读取的 xlsx 工作簿', en: 'the file is not a readable xlsx workbook' },
  workbookMissingSheet: { zh: '缺少工作表“{sheet}”', en: 'the sheet “{sheet}” is missing' },
  workbookMissingColumn: { zh: '缺少{column}列', en: 'the column {column} is missing' },
  workbookUnknownColumn: { zh: '不认识的列“{header}”，该列内容不会导入', en: 'unknown column “{header}”: its cells are not imported' },
  workbookDuplicateColumn: { zh: '“{header}”列出现了两次', en: 'the column “{header}” appears twice' },
  workbookUnknownRow: { zh: '不认识的栏目“{label}”', en: 'unknown field “{label}”' },
  workbookDuplicateRow: { zh: '“{label}”填了两次', en: '“{label}” is filled in twice' },
  workbookRequired: { zh: '{column}不能为空', en: '{column} must not be blank' },
  workbookAmountRequired: { zh: '{column}不能为空；不需要的行请整行删除', en: '{column} must not be blank; delete the row if it is not needed' },
  workbookCellError: { zh: '单元格是错误值 {error}', en: 'the cell holds the error {error}' },
  workbookFormulaWithoutValue: { zh: '公式没有计算结果，请直接填写数值', en: 'the formula has no computed value; type the value instead' },
  workbookInvalid: { zh: '“{text}”不是有效的{kind}（例如 {example}）', en: '“{text}” is not a valid {kind} (e.g. {example})' },
  workbookChoice: { zh: '“{text}”不是可选的值，请填：{choices}', en: '“{text}” is not one of: {choices}' },
  workbookUnknownProject: { zh: '项目代码“{id}”不在“{sheet}”表中', en: 'the project id “{id}” is not in the {sheet} sheet' },
  workbookDuplicateProject: { zh: '项目代码“{id}”重复', en: 'the project id “{id}” is used twice' },
  workbookDuplicateFigure: { zh: '表“{table}”的“{figure}”填了两次', en: '“{figure}” of “{table}” is filled in twice' },
  workbookAmountUnit: { zh: '金额只填数字，不带单位：写 {suggestion}（本列单位为{unit}）', en: 'amounts are numbers only, without a unit: write {suggestion} (this column is in {unit})' },
  workbookAmountFullwidth: { zh: '请用半角数字：{suggestion}', en: 'use ASCII digits: {suggestion}' },
  workbookAmountGrouping: { zh: '“{text}”的千分位逗号位置不对', en: 'the thousands commas of “{text}” are misplaced' },
  workbookAmountExponent: { zh: '“{text}”是科学计数法，请写出完整数字', en: '“{text}” is in exponent notation; write the number in full' },
  workbookAmountNegative: { zh: '金额不能为负数：“{text}”', en: 'amounts cannot be negative: “{text}”' },
  workbookAmountTooPrecise: { zh: '“{text}”小数位太多，本列最多 {max} 位小数', en: '“{text}” has too many decimals: at most {max} here' },
  workbookAmountTooLarge: { zh: '“{text}”位数太多', en: '“{text}” has too many digits' },
  workbookNotAmount: { zh: '“{text}”不是金额，请只填数字，如 232.61', en: '“{text}” is not an amount; write a number such as 232.61' },
  newWorkbookWrote: { zh: '已写入填报工作簿 {out}（以 {source} 为底稿：编码、名称和项目已填好，金额全部留空）。填好后运行 npm run import -- {out} --to {target}。', en: 'Wrote the fill-in workbook {out} (from {source}: codes, names and projects filled in, every amount blank). When it is filled in, run npm run import -- {out} --to {target}.' },
  newWorkbookNoBase: { zh: '{dir} 中没有 {year} 年以前的文件，无法生成填报工作簿。先用 npm run new 建立第一份文件。', en: '{dir} has no file before {year} to make the workbook from. Start the first file with npm run new.' },
  newWorkbookUnreadable: { zh: '{file} 读不了（YAML 有错），先运行 npm run check 改正它。', en: '{file} cannot be read (its YAML has errors); fix it with npm run check first.' },
  newUsage: { zh: '用法：npm run new -- <地区>/<部门>/<年份> [--xlsx [--out 文件.xlsx]]  |  npm run new -- <地区>/<部门> [--name 部门名称]  [--lang zh|en]', en: 'usage: npm run new -- <region>/<dept>/<year> [--xlsx [--out file.xlsx]]  |  npm run new -- <region>/<dept> [--name <department name>]  [--lang zh|en]' },
  newBadFolder: { zh: '{target}：文件夹名只能用小写英文字母、数字和连字符', en: '{target}: folder names are lowercase ASCII letters, digits and hyphens' },
  newBadYear: { zh: '{target}：年度是四位数字', en: '{target}: the year is four digits' },
  newBadLang: { zh: '--lang 只能是 zh 或 en', en: '--lang takes zh or en' },
  newExists: { zh: '{target} 已存在，没有改动。请直接编辑它，或换一个年度。', en: '{target} already exists; it was not changed. Edit it, or choose another year.' },
  newNoDepartment: { zh: '{file} 不存在。请先建立部门：npm run new -- {region}/{dept} --name 部门名称', en: '{file} does not exist. Start the department first: npm run new -- {region}/{dept} --name <department name>' },
  newSkeleton: { zh: '已写入 {target}（没有更早的年度可作底稿，是一个空白骨架）。\n请照公开文件填写；npm run check -- {target} 会列出还缺的各项。', en: 'Wrote {target} (no earlier year to start from: an empty skeleton).\nFill it in from the published document; npm run check -- {target} lists what is still missing.' },
  newSourceErrors: { zh: '{source} 有错误，请先改正（npm run check -- {source}）。', en: '{source} has errors; fix them first (npm run check -- {source}).' },
  newWrote: { zh: '已写入 {target}，以 {source} 为底稿：保留结构、单位、编码和名称，金额全部留空，{latest} 年的数字填作上年数。', en: 'Wrote {target} from {source}: structure, units, codes and names kept, every amount left empty, {latest} figures filled in as prior-year figures.' },
  newNotCarried: { zh: '上年的勘误（errata）、说明（notes）、印错的编码和名称（printed）、来源链接和联系人没有沿用。', en: 'Last year’s errata, notes, misprinted codes and names (printed), source links and contacts were not carried over.' },
  newGap: { zh: '注意：没有 {missing} 年的文件。上年数取自 {latest} 年文件，请照 {year} 年公开文件核对改正。', en: 'Warning: there is no file for {missing}. The prior-year figures come from the {latest} file; check them against the {year} document.' },
  newProjects: { zh: '沿用了 {latest} 年的 {count} 个项目。今年仍有的保留并填写金额，没有的删除：', en: 'Carried over {count} projects from {latest}. Keep those that continue and fill in their amounts; delete the others:' },
  newProjectLine: { zh: '  - {name}（{latest} 年 {amount} 万元）', en: '  - {name} ({latest}: {amount} 10k yuan)' },
  newProjectComment: { zh: ' 沿用 {latest} 年项目（{amount} 万元）：今年仍有则保留并填写金额，没有则删除', en: ' Carried over from {latest} ({amount} 10k yuan): keep and fill in if it continues this year, else delete' },
  newFillIn: { zh: '请照 {year} 年公开文件填写金额；npm run check -- {target} 会汇总还空着的各项。', en: 'Fill in the amounts from the {year} document; npm run check -- {target} sums up those still empty.' },
  newPriorBasis: { zh: '上年年初预算（取自 {latest} 年文件）', en: 'Last year’s budget (from the {latest} file)' },
  newPriorBasisGap: { zh: '上年年初预算（取自 {latest} 年文件；没有 {missing} 年的文件，请核对）', en: 'Last year’s budget (from the {latest} file; there is no file for {missing}: check)' },
  newDepartmentExists: { zh: '{file} 已存在，没有改动。', en: '{file} already exists; it was not changed.' },
  newDepartmentWrote: { zh: '已写入 {files}。\n请填写名称，然后开始一个年度：npm run new -- {region}/{dept}/<年份>', en: 'Wrote {files}.\nFill in the names, then start a year: npm run new -- {region}/{dept}/<year>' },
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
/** Every interface string's key, for tests. */
export const STRING_KEYS = Object.keys(STRINGS) as StringKey[];

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

export type PhraseParams = Record<string, string | number>;

/** An interface string with its {placeholders} filled; an unknown placeholder stays visible. */
export function tf(key: StringKey, lang: Lang, params: PhraseParams): string {
  let out = '';
  for (const piece of piecesOf(STRINGS[key][lang])) out += piece.param !== undefined && Object.hasOwn(params, piece.param) ? String(params[piece.param]) : piece.text;
  return out;
}

/**
 * An interface string in both languages ({zh, en}), for messages that carry both (the importer's
 * leftovers, the workbook's problems). `params` may be a function that gives each language its own.
 */
export function bilingual(key: StringKey, params: PhraseParams | ((lang: Lang) => PhraseParams) = {}): Record<Lang, string> {
  const of = (lang: Lang) => (typeof params === 'function' ? params(lang) : params);
  return { zh: tf(key, 'zh', of('zh')), en: tf(key, 'en', of('en')) };
}

/**
 * An interface string cut at its placeholders: literal text, and each filled placeholder named by
 * `param`, so a page can wrap a value (a Chinese name on an English page) in its own element.
 */
export function phrase(key: StringKey, lang: Lang, params: PhraseParams): { text: string; param?: string }[] {
  return piecesOf(STRINGS[key][lang]).map((piece) => (piece.param !== undefined && Object.hasOwn(params, piece.param) ? { text: String(params[piece.param]), param: piece.param } : { text: piece.text }));
}

/** A template's literal text and placeholders ({name} as `text`, for one left unfilled). */
type Piece = { text: string; param?: string };

/** Each template is cut once: a build fills the same strings on every page, a few hundred thousand times. */
const pieces = new Map<string, readonly Piece[]>();

function piecesOf(template: string): readonly Piece[] {
  let cut = pieces.get(template);
  if (cut) return cut;
  const out: Piece[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) out.push({ text: template.slice(last, m.index) });
    out.push({ text: m[0], param: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < template.length) out.push({ text: template.slice(last) });
  pieces.set(template, (cut = out));
  return cut;
}

/**
 * Pagefind filter names and the page types they tell apart. The search index holds the Chinese
 * pages only, so the index uses the Chinese names; the search page labels them in either language.
 */
export const SEARCH_FILTERS = {
  region: { zh: '地区', en: 'Region' },
  department: { zh: '部门', en: 'Department' },
  year: { zh: '年度', en: 'Year' },
  type: { zh: '类型', en: 'Type' },
  category: { zh: '类别', en: 'Category' },
} as const;
export const SEARCH_TYPES = {
  disclosure: { zh: '部门预算', en: 'Department budget' },
  project: { zh: '项目', en: 'Project' },
} as const;
export type SearchFilter = keyof typeof SEARCH_FILTERS;
/** `data-pagefind-filter` text: the filter's index name and the value. */
export function searchFilter(filter: SearchFilter, value: string | number): string {
  return `${SEARCH_FILTERS[filter].zh}:${value}`;
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

/** A Chinese run: Han characters with the punctuation, digits and spaces between and around them. */
const CHINESE_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]+(?:[\s\d.,:;%/+\-×÷()“”]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+[“”’）」》]*)*/gu;

/**
 * Text cut into Chinese runs and the rest, for an English page that shows an English sentence
 * quoting names from the data (“2130599 is printed as “其他扶贫支出”…”): each Chinese run gets its
 * own lang attribute.
 */
export function chineseRuns(text: string): { text: string; zh: boolean }[] {
  const out: { text: string; zh: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(CHINESE_RUN)) {
    if (!/\p{Script=Han}/u.test(m[0])) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), zh: false });
    out.push({ text: m[0], zh: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), zh: false });
  return out;
}

/** The lang attribute for text from the data (Chinese) on a page in `lang`: none on a Chinese page. */
export function dataLang(lang: Lang): string | undefined {
  return lang === 'zh' ? undefined : HTML_LANG.zh;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}
