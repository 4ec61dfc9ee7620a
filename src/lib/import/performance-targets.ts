// 部门（单位）整体绩效目标表: the department-wide budget, main tasks, overall goal and indicators,
// found by the glossary's title and read by its parts' words (PERFORMANCE_TARGETS), as the
// extraction lays the form out: a label in the first cell, its values in the cells after it.
import { NAME_LABEL, TARGETS_UNIT_LINE } from '../chinese-text.ts';
import { INDICATOR_COLUMNS, PERFORMANCE_TARGETS, SPENDING } from '../glossary.ts';
import { bilingual } from '../i18n.ts';
import { WAN, YUAN } from '../money.ts';
import { amountText, labelText } from './cells.ts';
import type { ImportLine, Leftover } from './source.ts';

const T = PERFORMANCE_TARGETS;
const I = INDICATOR_COLUMNS;
const words = (term: { zh: string; variants?: readonly string[] }) => [term.zh, ...(term.variants ?? [])];
const has = (cell: string, term: { zh: string; variants?: readonly string[] }) => words(term).some((w) => labelText(cell).replace(/\s+/g, '').includes(w));

/** Whether a line is the form's title. */
export const isPerformanceTargetsTitle = (l: ImportLine): boolean => words(T.table).some((w) => labelText(l.text).replace(/\s+/g, '').endsWith(w)) && l.text.length <= 60;

export interface PerformanceTargetsImport {
  targets: Record<string, unknown>;
  /** Source lines the form occupies. */
  placed: Set<number>;
  leftovers: Leftover[];
}

type Part = 'budget' | 'tasks' | 'goal' | 'indicators' | undefined;

/**
 * The form from its title line to the end of `lines` (the caller cuts the section). Rows:
 * 部门（单位）名称 | name; 预算情况 with 总额 / 基本支出 / 项目支出 over their amounts; 年度主要任务 with
 * 任务名称 / 主要内容 / 预算金额 over one row per task; 年度总体目标 | text; 年度绩效指标 with
 * 一级指标 / 二级指标 / 三级指标 / 指标值 (/ 指标值说明) over one row per indicator.
 */
export function readPerformanceTargets(lines: readonly ImportLine[]): PerformanceTargetsImport {
  const targets: Record<string, unknown> = {};
  const placed = new Set<number>();
  const leftovers: Leftover[] = [];
  const budget: Record<string, string> = {};
  const tasks: Record<string, string>[] = [];
  const indicators: Record<string, string>[] = [];
  let part: Part;
  let columns: Map<number, string> | undefined;
  let level1 = '';
  let level2 = '';
  for (const l of lines) {
    const cells = l.cells.map((c) => labelText(c));
    const first = cells.find((c) => c !== '') ?? '';
    if (isPerformanceTargetsTitle(l)) {
      placed.add(l.line);
      continue;
    }
    if (TARGETS_UNIT_LINE.test(first)) {
      targets.unit = first.includes(WAN) ? WAN : YUAN;
      placed.add(l.line);
      continue;
    }
    if (NAME_LABEL.test(first) && cells.filter((c) => c !== '').length === 2) {
      targets.name = cells.filter((c) => c !== '')[1];
      placed.add(l.line);
      continue;
    }
    // A part starts at its word, in the first cell; its headings may share the line.
    if (has(first, T.budget)) part = 'budget';
    else if (has(first, T.tasks)) part = 'tasks';
    else if (has(first, T.goal)) part = 'goal';
    else if (has(first, T.indicators)) part = 'indicators';
    const isPartWord = (c: string) => has(c, T.budget) || has(c, T.tasks) || has(c, T.goal) || has(c, T.indicators);
    const heading = new Map<number, string>();
    cells.forEach((c, i) => {
      const key = has(c, T.total) ? 'total' : c.includes(SPENDING.basic.zh) ? 'basic' : c.includes(SPENDING.project.zh) ? 'project' : has(c, T.task_name) ? 'name' : has(c, T.task_content) ? 'content' : has(c, T.task_amount) ? 'amount' : c === I.level1.zh ? 'level1' : c === I.level2.zh ? 'level2' : c === I.level3.zh ? 'indicator' : c === I.explanation.zh ? 'explanation' : c === I.value.zh ? 'value' : undefined;
      if (key) heading.set(i, key);
    });
    if (heading.size >= 2) {
      // Headings stand over their columns: cells keep their places on the rows below.
      columns = heading;
      placed.add(l.line);
      continue;
    }
    const at = (key: string) => {
      for (const [i, k] of columns ?? []) if (k === key) return cells[i] ?? '';
      return '';
    };
    if (part === 'goal') {
      const text = cells.filter((c) => c !== '' && !isPartWord(c)).join('');
      if (text) targets.goal = `${(targets.goal as string | undefined) ?? ''}${text}`;
      placed.add(l.line);
    } else if (part === 'budget' && columns) {
      for (const [i, key] of columns) {
        const amount = amountText(cells[i]);
        if (amount && ['total', 'basic', 'project'].includes(key)) budget[key] = amount;
      }
      placed.add(l.line);
    } else if (part === 'tasks' && columns && at('name')) {
      const amount = amountText(at('amount'));
      tasks.push({ name: at('name'), ...(at('content') && { content: at('content') }), ...(amount && { amount }) });
      placed.add(l.line);
    } else if (part === 'indicators' && columns && at('indicator')) {
      level1 = at('level1') || level1;
      level2 = at('level2') || level2;
      indicators.push({ ...(level1 && { level1 }), ...(level2 && { level2 }), name: at('indicator'), value: at('value'), ...(at('explanation') && { explanation: at('explanation') }) });
      placed.add(l.line);
    } else if (!placed.has(l.line)) leftovers.push({ line: l.line, text: l.text, reason: bilingual('importLeftoverTargetsRow') });
  }
  if (Object.keys(budget).length) targets.budget = budget;
  if (tasks.length) targets.tasks = tasks;
  if (indicators.length) targets.indicators = indicators;
  return { targets, placed, leftovers };
}
