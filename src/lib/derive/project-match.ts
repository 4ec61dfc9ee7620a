// The same project in a department's other years: matched by an explicit `match` id, or by its
// name once brackets, spaces, traditional characters and a leading year are set aside.

/** Traditional → simplified for the characters that occur in budget documents' names. */
const TRADITIONAL = '綜經費項務審備設業運資會區縣財續開關體與為個時發統網絡維護報權證書據轉場廳購買雜聯樓電腦機構檢測認評級標準車輛輔導訓練會議辦處廣傳導學習達優環境規劃圖樓層電話專線數據庫單位設施購置維修檔案號廠庫態質產條約術醫療衛養營銷總結執監獎勵補貼與國際實時間驗證處理載儀器預算縣區鄉鎮園協調應急災圍網頁線體驗窗門員職責記錄錄審計價費據階稱屬請視頻訊息講課';
const SIMPLIFIED = '综经费项务审备设业运资会区县财续开关体与为个时发统网络维护报权证书据转场厅购买杂联楼电脑机构检测认评级标准车辆辅导训练会议办处广传导学习达优环境规划图楼层电话专线数据库单位设施购置维修档案号厂库态质产条约术医疗卫养营销总结执监奖励补贴与国际实时间验证处理载仪器预算县区乡镇园协调应急灾围网页线体验窗门员职责记录录审计价费据阶称属请视频讯息讲课';
const T2S = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length && i < SIMPLIFIED.length; i++) T2S.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);

export function toSimplified(text: string): string {
  return [...text].map((c) => T2S.get(c) ?? c).join('');
}

/** The key two names must share to be the same project. */
export function normaliseProjectName(name: string): string {
  return toSimplified(name)
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[【［\[]/g, '[')
    .replace(/[】］\]]/g, ']')
    .replace(/[“”"「」]/g, '"')
    .replace(/[\s\u3000]+/g, '')
    .replace(/^(\d{4})年(度)?/, '');
}

export interface ProjectRef {
  year: number;
  id: string;
  name: string;
  match?: string;
}

export function matchKey(p: { name: string; match?: string }): string {
  return p.match ? `id:${p.match}` : `name:${normaliseProjectName(p.name)}`;
}

/** Other years' projects that match `project`, nearest year first. */
export function sameProjectElsewhere<T extends ProjectRef>(project: ProjectRef, others: readonly T[]): T[] {
  const key = matchKey(project);
  return others.filter((o) => o.year !== project.year && matchKey(o) === key).sort((a, b) => Math.abs(a.year - project.year) - Math.abs(b.year - project.year));
}
