// Chinese text the code reads in the data: characters, unit words and patterns that recognise
// what a published document wrote. Nothing here is shown to readers: words shown on pages and in
// messages come from glossary.ts (budget terms), i18n.ts (the interface) and the rule catalogue.

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
