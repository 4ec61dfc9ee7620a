// What the search index reads in place of a table: one sentence a row ("公务接待费：1.50 万元",
// "行政运行（2010301）：合计 232.61 万元，基本支出 232.61 万元"), so that an excerpt is a sentence
// and never a run of cells. The index holds the Chinese pages, so the sentences are Chinese.
import { hasMoney, type Row, type StandardTable } from '../derive/tables.ts';
import { parseIndicatorValue } from '../derive/indicator.ts';
import { formUnit } from '../derive/project-amount.ts';
import { formatAmount, formatFixed, formatYuan } from '../format.ts';
import { ASSETS, DETAIL_COLUMNS, FUNDING_SCOPES, FUNDING_SOURCE_IDS, FUNDING_SOURCES, INDICATOR_COLUMNS, INDICATOR_SCOPES, PERFORMANCE_TARGETS, SPENDING } from '../glossary.ts';
import { t, tf } from '../i18n.ts';
import { WAN, YUAN, type Amount } from '../money.ts';
import type { Disclosure, PerformanceTargets, Project } from '../schema/index.ts';

/** One column's value in a row; an empty value is left out. */
export interface ColumnValue {
  column: string;
  value: string;
}

/** "label：value". */
export function factSentence(label: string, value: string): string {
  return `${label}${t('colon', 'zh')}${value}`;
}

/**
 * A row as a sentence: its name, then each column's value. With one column the column's name is
 * left out ("公务接待费：1.50 万元"). Undefined when the row has no value at all.
 */
export function rowSentence(name: string, values: readonly ColumnValue[], single = values.length === 1): string | undefined {
  const shown = values.filter((v) => v.value.trim() !== '');
  if (shown.length === 0) return undefined;
  const text = single ? shown.map((v) => v.value).join(t('clauseSep', 'zh')) : shown.map((v) => `${v.column} ${v.value}`).join(t('clauseSep', 'zh'));
  return factSentence(name, text);
}

/**
 * A standard table's row: the name with its code, every amount at its printed precision in 万元.
 * Zero parts of a row with several columns are left out (the first column, usually the total,
 * stays); a table of one column keeps its zeros (因公出国（境）费：0.00 万元 says there is none).
 */
export function tableRowSentence(table: StandardTable, row: Row): string | undefined {
  const single = table.columns.length === 1;
  const cells = row.cells.flatMap((cell, i) => (cell.value === null ? [] : [{ cell, column: table.columns[i]?.zh ?? '' }]));
  const kept = single ? cells : cells.filter(({ cell }, i) => i === 0 || !cell.value!.isZero());
  const name = row.code ? tf('withCode', 'zh', { name: row.label.zh, code: row.code }) : row.label.zh;
  return rowSentence(
    name,
    kept.map(({ cell, column }) => ({ column, value: `${formatFixed(cell.value!, cell.scale)} ${t('unitWan', 'zh')}` })),
    single,
  );
}

/** Every row of a standard table that the page shows, as sentences. */
export function tableSentences(table: StandardTable): string[] {
  return table.rows.filter(hasMoney).flatMap((row) => tableRowSentence(table, row) ?? []);
}

/** An amount of a project form in the form's own unit (元 unless the form says 万元). */
function formAmount(project: Project, a: Amount | undefined): string {
  return a ? `${formatYuan(a)} ${t(formUnit(project) === WAN ? 'unitWan' : 'unitYuan', 'zh')}` : '';
}

/** A project's funding by source (its 项目资金 table): "财政拨款：年度资金 2,601,000 元". */
export function fundingSentences(project: Project): string[] {
  const scopes = (['annual', 'period'] as const).filter((s) => project.funding?.[s]);
  // A source the form fills with 0 is no source: its sentence is left out.
  const row = (name: string, pick: (s: (typeof scopes)[number]) => Amount | undefined) =>
    rowSentence(name, scopes.map((s) => ({ column: FUNDING_SCOPES[s].zh, value: pick(s)?.value.isZero() ? '' : formAmount(project, pick(s)) })), false);
  return [
    ...FUNDING_SOURCE_IDS.map((src) => row(FUNDING_SOURCES[src].zh, (s) => project.funding?.[s]?.[src])),
    row(DETAIL_COLUMNS.total.zh, (s) => project.funding?.[s]?.total),
  ].filter((x): x is string => !!x);
}

/** A project's 预算明细, a line each: "办公桌（办公设备）：本级 12,000 元，合计 12,000 元". */
export function detailSentences(project: Project): string[] {
  return (project.budget_detail ?? []).flatMap((d) => {
    const name = d.group ? `${d.item}${tf('parenthetical', 'zh', { text: d.group })}` : d.item;
    // The form prints 0.00 for the sources it does not use: a sentence names the ones it does, and the total.
    const columns = (['own', 'higher', 'self_raised', 'total'] as const).map((k) => ({ column: DETAIL_COLUMNS[k].zh, value: k !== 'total' && d[k]?.value.isZero() ? '' : formAmount(project, d[k]) }));
    return rowSentence(name, columns, false) ?? [];
  });
}

/** A project's performance indicators, one each: "群众满意度（满意度指标、服务对象满意度指标）：≥ 95 %". */
export function indicatorSentences(project: Project): string[] {
  return (project.indicators ?? []).flatMap((ind) => {
    const scope = ind.scope === 'period' || ind.scope === 'annual' ? INDICATOR_SCOPES[ind.scope].zh : '';
    const context = [ind.level1, ind.level2, scope].filter(Boolean).join(t('listSep', 'zh'));
    const name = context ? `${ind.name}${tf('parenthetical', 'zh', { text: context })}` : ind.name;
    const v = parseIndicatorValue(ind.value);
    const value = v.kind === 'quantity' ? [v.op, v.numberText, v.unit].filter(Boolean).join(' ') : v.text;
    return rowSentence(name, [{ column: '', value }]) ?? [];
  });
}

/** 部门（单位）整体绩效目标表: its budget, its tasks and its indicators, as sentences. */
export function performanceSentences(targets: PerformanceTargets): { budget: string[]; tasks: string[]; indicators: string[] } {
  const unit = t(targets.unit === YUAN ? 'unitYuan' : 'unitWan', 'zh');
  const amount = (a: Amount | undefined) => (a ? `${formatAmount(a)} ${unit}` : '');
  const budget = targets.budget;
  const budgetLine = budget
    ? rowSentence(
        PERFORMANCE_TARGETS.budget.zh,
        (['total', 'basic', 'project'] as const).map((k) => ({ column: k === 'total' ? PERFORMANCE_TARGETS.total.zh : SPENDING[k].zh, value: amount(budget[k]) })),
        false,
      )
    : undefined;
  return {
    budget: budgetLine ? [budgetLine] : [],
    tasks: (targets.tasks ?? []).flatMap(
      (task) => rowSentence(task.name, [{ column: PERFORMANCE_TARGETS.task_content.zh, value: task.content ?? '' }, { column: PERFORMANCE_TARGETS.task_amount.zh, value: amount(task.amount) }], false) ?? [],
    ),
    indicators: (targets.indicators ?? []).flatMap((ind) => {
      const context = [ind.level1, ind.level2].filter(Boolean).join(t('listSep', 'zh'));
      const name = context ? `${ind.name}${tf('parenthetical', 'zh', { text: context })}` : ind.name;
      return rowSentence(name, [{ column: INDICATOR_COLUMNS.value.zh, value: ind.value }, { column: INDICATOR_COLUMNS.explanation.zh, value: ind.explanation ?? '' }], false) ?? [];
    }),
  };
}

type Assets = NonNullable<Disclosure['assets']>;

/** 国有资产占有使用情况: vehicles, buildings, fixed assets and other figures, as sentences. */
export function assetSentences(assets: Assets): { vehicles: string[]; buildings: string[]; fixed: string[]; figures: string[] } {
  const wan = (a: Amount | undefined) => (a ? `${formatAmount(a)} ${t('unitWan', 'zh')}` : '');
  const area = (a: Amount | undefined) => (a ? tf('areaValue', 'zh', { value: formatAmount(a) }) : '');
  const A = (k: keyof typeof ASSETS) => ASSETS[k].zh;
  return {
    vehicles: (assets.vehicles?.items ?? []).flatMap(
      (v) =>
        rowSentence(v.category, [
          { column: A('count'), value: String(v.count ?? '') },
          { column: A('purchase_year'), value: String(v.purchase_year ?? '') },
          { column: A('original_value'), value: wan(v.original_value) },
        ], false) ?? [],
    ),
    buildings: (assets.buildings ?? []).flatMap(
      (b) => rowSentence(b.name, [{ column: A('area'), value: area(b.area_m2) }, { column: A('above_ground'), value: area(b.above_ground_m2) }, { column: A('below_ground'), value: area(b.below_ground_m2) }], false) ?? [],
    ),
    fixed: (assets.fixed_assets ?? []).flatMap((f) => rowSentence(f.unit, [{ column: A('original_value'), value: wan(f.original_value) }]) ?? []),
    figures: (assets.figures ?? []).flatMap((f) => rowSentence(f.label, [{ column: A('quantity'), value: `${formatAmount(f.amount)} ${f.unit === WAN ? t('unitWan', 'zh') : f.unit === YUAN ? t('unitYuan', 'zh') : f.unit}` }]) ?? []),
  };
}
