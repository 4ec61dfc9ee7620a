// Readers of the standard tables: each turns a section's lines into leaves of the disclosure
// (income, expenditure lines, economic lines, 三公, 机关运行经费) and printed control totals
// (`published.<table>.<figure>`), and hands back every line it could not place.
// Functional tables are read through the file's template: its columns say which figure each
// column holds, and its total row names the figures of 合计.
import { BUDGET_COLUMN, GRAND_TOTAL_WORD, INCOME_GRAND_TOTAL, INCOME_TOTAL, INCOME_TOTALS, INCOME_WORD, ORDINAL_HEADING_START, SPENDING_TOTALS, THREE_PUBLIC_ROWS, TOTAL_COLUMN_WORDS, TOTAL_ROW_WORDS, UNIT_OR_NOTE_LINES } from '../chinese-text.ts';
import { CARRYOVER, FUNDS, SPENDING, type FundId } from '../glossary.ts';
import { bilingual, type PhraseParams, type StringKey } from '../i18n.ts';
import { lookup, nameMatches, normaliseName, type CodeCatalogue } from '../derive/catalogue.ts';
import type { Template } from '../schema/template.ts';
import { amountText, bareLabel, codeText, isZero, labelText } from './cells.ts';
import type { TableSection } from './segment.ts';
import { simplifiedForm } from './projects.ts';
import { readProcurementTable, type ProcurementItem } from './procurement.ts';
import type { ImportLine, Leftover } from './source.ts';

/** What the readers build: plain objects in the YAML's shape, amounts as printed text. */
export interface Draft {
  income: Record<string, string>;
  expenditure: { code: string; name: string; basic?: string; project?: string; line: number }[];
  economic: { basic: EconomicLine[]; project: EconomicLine[] };
  three_public: Record<string, string | Record<string, string>>;
  /** `rowTotal`: the amount is the 合计 of a row split by fund (a control total as well). */
  admin_costs: { unitName: string; amount: string; line: number; rowTotal?: boolean }[];
  published: Record<string, Record<string, string>>;
  /** 政府采购支出表: its finest items and kind totals. */
  procurement?: { items: ProcurementItem[]; totals: Partial<Record<'goods' | 'works' | 'services', string>> };
  /** Each project's amount (万元) and name from 项目支出表, by project id. */
  projectAmounts: Record<string, string>;
  projectNames: Record<string, string>;
  /** Codes of this document's rows whose code and name agree, by name. */
  codeByName: Map<string, string>;
  /** Rows placed under another code than printed (recodeByName), to say so in the draft. */
  recoded: { line: number; printed: string; code: string; name: string }[];
  /** Tables found, with the rows and amounts each placed. */
  found: { table: string; line: number; rows: number; amounts: number }[];
  leftovers: Leftover[];
}

interface EconomicLine {
  code: string;
  name: string;
  gov_code?: string;
  gov_name?: string;
  amount: string;
  line: number;
}

export interface ReadContext {
  template: Template;
  catalogue: CodeCatalogue;
  year: number;
  /** The projects the forms gave, to match the rows of 项目支出表 by name. */
  projects?: readonly { id: string; name: string }[];
}

export function emptyDraft(): Draft {
  return { income: {}, expenditure: [], economic: { basic: [], project: [] }, three_public: {}, admin_costs: [], published: {}, projectAmounts: {}, projectNames: {}, codeByName: new Map(), recoded: [], found: [], leftovers: [] };
}

const WORDS = {
  total: TOTAL_ROW_WORDS,
  basic: [SPENDING.basic.zh],
  project: [SPENDING.project.zh],
  carried_over: [CARRYOVER.carried_over.zh],
};

const isWord = (label: string, list: readonly string[]) => list.includes(label.replace(/\s+/g, ''));

/** The fund a label names (一般公共预算, 纳入预算管理的政府性基金 …), or undefined. */
export function fundOf(label: string): FundId | undefined {
  const bare = normaliseName(bareLabel(label));
  for (const [id, term] of Object.entries(FUNDS) as [FundId, { zh: string; variants?: readonly string[] }][]) {
    if ([term.zh, ...(term.variants ?? [])].some((v) => normaliseName(v) === bare)) return id;
  }
  return undefined;
}

/** A line's unit statement or a note under the table: not data. */
const isUnitOrNote = (l: ImportLine) => UNIT_OR_NOTE_LINES.some((re) => re.test(l.text));

function put(draft: Draft, table: string, figure: string, amount: string): void {
  (draft.published[table] ??= {})[figure] = amount;
}

/** A line left, with why: the reason in both languages of one interface string. */
function leftover(draft: Draft, l: ImportLine, reason: StringKey, params: PhraseParams = {}): void {
  draft.leftovers.push({ line: l.line, text: l.text, reason: bilingual(reason, params) });
}

/** The full code of each row of a functional table printed with split codes (201 / 03 / 01), by row order and the catalogue. */
export function restoreCode(printed: string, name: string, context: { klass?: string; kuan?: string }, catalogue: CodeCatalogue, year: number): string {
  if (printed.length !== 2) return printed;
  const asKuan = context.klass ? context.klass + printed : undefined;
  const asXiang = context.kuan ? context.kuan + printed : undefined;
  const named = (code: string | undefined) => {
    const entry = code ? lookup(catalogue.functional, code, year) : undefined;
    return Boolean(entry && (nameMatches(entry, name) || nameMatches(entry, name.replace(/[（(][^）)]*[）)]$/, ''))));
  };
  if (named(asXiang)) return asXiang!;
  if (named(asKuan)) return asKuan!;
  // Without the catalogue's word: right after a 类 comes a 款; after a 款 or 项, a 项.
  return (context.kuan && asXiang) || asKuan || printed;
}

/** Column selects of a table's first layout, from its template (total, basic, project, a fund id …). */
function templateColumns(template: Template, table: string): { selects: string[]; total?: (string | null)[] } | undefined {
  const t = template.tables.find((x) => x.id === table);
  if (!t) return undefined;
  const functional = t.rows.find((r): r is Extract<typeof r, { functional: unknown }> => 'functional' in r);
  return { selects: t.columns.map((c) => c.select), total: functional?.functional.total };
}

/** The select a heading cell names, or undefined. */
function selectOfHeading(cell: string): string | undefined {
  const label = labelText(cell).replace(/\s+/g, '');
  if (isWord(label, TOTAL_COLUMN_WORDS) || BUDGET_COLUMN.test(label)) return 'total';
  if (isWord(label, WORDS.basic)) return 'basic';
  if (isWord(label, WORDS.project)) return 'project';
  if (isWord(label, WORDS.carried_over)) return 'carried_over';
  return fundOf(label);
}

/** Amount cells of a data row after its code and name, each with its column index. */
function amountCells(l: ImportLine, from: number): { index: number; text: string | null }[] {
  return l.cells.slice(from).map((c, k) => ({ index: from + k, text: c === '' ? null : amountText(c) }));
}

/**
 * Text aligned with spaces wraps long names onto the next line, sometimes with the row's amounts
 * (“02 一般行政管理事务（政府办公厅（室）及相关机” / “构事务）  210  210”). A line with neither a code nor
 * 合计 right after a row is that row's continuation: its words join the name, its amounts the row.
 */
function mergeWrapped(lines: readonly ImportLine[], rows: readonly ImportLine[]): ImportLine[] {
  const isRow = new Set(rows);
  const out: ImportLine[] = [];
  for (const l of lines) {
    if (isRow.has(l)) {
      out.push({ ...l, cells: [...l.cells], ends: [...(l.ends ?? [])] });
      continue;
    }
    const last = out[out.length - 1];
    if (!last || !l.ends || codeText(last.cells[0]) === null) continue;
    const words = l.cells.filter((c) => amountText(c) === null).join('');
    if (words) last.cells[1] = `${last.cells[1] ?? ''}${words}`;
    l.cells.forEach((c, i) => {
      if (amountText(c) === null) return;
      last.cells.push(c);
      last.ends!.push(l.ends![i]!);
    });
  }
  return out;
}

/**
 * Columns by where amounts end on the line (they are right-aligned), page by page (a page break
 * moves them). The rows that fill every column give each column's end, and any amount belongs to
 * the nearest. Undefined when no row fills them all: headings cannot say, because pdftotext
 * packs Chinese headings into fewer character cells than the amounts below them.
 */
function columnsByPosition(rows: readonly ImportLine[], selects: readonly string[]): ((line: ImportLine, end: number) => number) | undefined {
  const count = selects.length;
  const amountEnds = (l: ImportLine) => l.cells.flatMap((c, i) => (amountText(c) !== null && (i > 0 || codeText(c) === null) ? [l.ends![i]!] : []));
  const centresOf = (list: readonly ImportLine[]): (number | undefined)[] | undefined => {
    const full = list.map(amountEnds).filter((ends) => ends.length === count);
    if (!full.length) return undefined;
    return Array.from({ length: count }, (_, k) => full.reduce((sum, ends) => sum + ends[k]!, 0) / full.length);
  };
  const all = centresOf(rows);
  if (!all) return undefined;
  const nearest = (centres: readonly (number | undefined)[], end: number) => {
    let best = -1;
    centres.forEach((c, k) => {
      if (c !== undefined && (best < 0 || Math.abs(c - end) < Math.abs(centres[best]! - end))) best = k;
    });
    return best;
  };
  const pages = [...new Set(rows.map((r) => r.page))];
  const perPage = new Map<number | undefined, (number | undefined)[]>();
  const first = rows[0]?.page;
  // The first page is read with the headings printed on it; a later page without a full row, by
  // the columns its amounts fall into in order, matched to the columns the first page used.
  for (const page of pages) {
    const own = centresOf(rows.filter((r) => r.page === page));
    if (own || page === first) perPage.set(page, own ?? all);
  }
  const used = [...new Set(rows.filter((r) => perPage.has(r.page)).flatMap((r) => amountEnds(r).map((e) => nearest(perPage.get(r.page)!, e))))].sort((a, b) => a - b);
  for (const page of pages) {
    if (perPage.has(page)) continue;
    const clusters = clustersOf(rows.filter((r) => r.page === page).flatMap(amountEnds));
    if (clusters.length === used.length) {
      const centres: (number | undefined)[] = Array.from({ length: count }, () => undefined);
      clusters.forEach((c, k) => (centres[used[k]!] = c));
      perPage.set(page, centres);
    } else perPage.set(page, all);
  }
  return (line, end) => nearest(perPage.get(line.page) ?? all, end);
}

/** Groups of nearby positions (within 3 characters), left to right, by their mean. */
function clustersOf(ends: readonly number[]): number[] {
  const sorted = [...ends].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const e of sorted) {
    const last = groups[groups.length - 1];
    if (last && e - last[last.length - 1]! <= 3) last.push(e);
    else groups.push([e]);
  }
  return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/**
 * A row whose printed code names something else in the catalogue, while the same name has its own
 * code in another table of this document (忻州 2022 prints 社会保障和就业支出 as 2080505 in one
 * table, as 208 in 支出总表), is placed under that code, and the draft says so at its line. Codes
 * that agree with their names are remembered for the tables read after.
 */
function recodeByName(code: string, name: string, draft: Draft, ctx: ReadContext, l: ImportLine): string {
  const key = normaliseName(name.replace(/[（(][^）)]*[）)]$/, ''));
  const entry = lookup(ctx.catalogue.functional, code, ctx.year);
  if (!entry || nameMatches(entry, name) || nameMatches(entry, name.replace(/[（(][^）)]*[）)]$/, ''))) {
    if (!draft.codeByName.has(key)) draft.codeByName.set(key, code);
    return code;
  }
  const other = draft.codeByName.get(key);
  if (!other || other === code) return code;
  draft.recoded.push({ line: l.line, printed: code, code: other, name });
  return other;
}

/**
 * A functional table (收入总表, 支出总表, 一般公共预算支出表): rows of code, name and amounts.
 * Columns come from the headings where they name them, else from the template in order.
 */
function readFunctional(section: TableSection, draft: Draft, ctx: ReadContext, leavesFromHere: boolean): void {
  const table = section.table;
  const spec = templateColumns(ctx.template, table);
  if (!spec) {
    for (const l of section.lines) leftover(draft, l, 'importLeftoverNoTemplateTable');
    return;
  }
  const headingSelects = new Map<number, string>();
  const rows: ImportLine[] = [];
  for (const l of section.lines) {
    if (isUnitOrNote(l)) continue;
    const first = labelText(l.cells[0] ?? '');
    const isRow = codeText(l.cells[0]) !== null || (isWord(first, WORDS.total) && l.cells.some((c) => amountText(c) !== null)) || (first === '' && isWord(labelText(l.cells[1] ?? ''), WORDS.total));
    if (isRow) rows.push(l);
    else if (!rows.length && l.tabbed && !l.cells.some((c) => amountText(c) !== null)) {
      // The heading line that names the most columns says where they are (a line above it may
      // name a group: 2024年预算数 over 合计, 基本支出, 项目支出).
      const named = new Map<number, string>();
      l.cells.forEach((c, i) => {
        const s = selectOfHeading(c);
        if (s) named.set(i, s);
      });
      if (named.size > headingSelects.size) {
        headingSelects.clear();
        for (const [i, s] of named) headingSelects.set(i, s);
      }
    }
    else if (l.cells.some((c) => amountText(c) !== null)) leftover(draft, l, 'importLeftoverUnreadableRow');
  }
  const positioned = rows.some((l) => l.ends);
  const merged = positioned ? mergeWrapped(section.lines.filter((l) => !isUnitOrNote(l)), rows) : rows;
  const columnAt = positioned ? columnsByPosition(merged, spec.selects) : undefined;
  let placedRows = 0;
  let placedAmounts = 0;
  const context: { klass?: string; kuan?: string } = {};
  for (const l of merged) {
    const code = codeText(l.cells[0]);
    // Code and name in the first two cells; a total row may put 合计 in either.
    const name = code ? labelText(l.cells[1] ?? '') : '';
    // Amounts start after the name; a total row without a blank name cell starts right after 合计.
    const from = !code && amountText(l.cells[1]) !== null ? 1 : 2;
    const cells = amountCells(l, from).filter((c) => c.index < l.cells.length);
    // Column of each amount: by heading where the headings name the columns, else by template order.
    // Aligned text whose columns cannot be told apart: a row that fills every column is in order;
    // any other row's amounts are left for the publisher rather than guessed.
    if (positioned && !columnAt && cells.filter((c) => c.text !== null).length !== spec.selects.length) {
      leftover(draft, l, 'importLeftoverColumnUnknown');
      continue;
    }
    const byHeading = !columnAt && !positioned && cells.every((c) => c.text === null || headingSelects.has(c.index));
    const selectOf = (c: { index: number }, k: number) => (columnAt ? spec.selects[columnAt(l, l.ends![c.index]!)] : byHeading ? headingSelects.get(c.index) : spec.selects[k]);
    if (!code) {
      // The 合计 row: the template names its figures per column.
      cells.forEach((c, k) => {
        if (c.text === null || isZero(c.text)) return;
        const select = selectOf(c, k);
        const column = select ? spec.selects.indexOf(select) : -1;
        const figure = column >= 0 ? spec.total?.[column] : undefined;
        if (figure) {
          put(draft, table, figure, c.text);
          placedAmounts++;
        } else leftover(draft, l, 'importLeftoverTotalOutsideTemplate', { amount: c.text });
      });
      placedRows++;
      continue;
    }
    const restored = restoreCode(code, name, context, ctx.catalogue, ctx.year);
    const full = recodeByName(restored, name, draft, ctx, l);
    if (full.length === 3) Object.assign(context, { klass: full, kuan: undefined });
    if (full.length === 5) context.kuan = full;
    const amounts: Record<string, string> = {};
    cells.forEach((c, k) => {
      if (c.text === null || isZero(c.text)) return;
      const select = selectOf(c, k);
      if (select) amounts[select] = c.text;
      else leftover(draft, l, 'importLeftoverAmountNoColumn', { amount: c.text });
    });
    placedRows++;
    if (full.length === 7 && leavesFromHere) {
      // The leaf's own total is a printed sum of its columns: a control total.
      if (amounts.total) put(draft, table, `function.${full}`, amounts.total);
      draft.expenditure.push({ code: full, name, ...(amounts.basic && { basic: amounts.basic }), ...(amounts.project && { project: amounts.project }), line: l.line });
      placedAmounts += Number(Boolean(amounts.basic)) + Number(Boolean(amounts.project));
      continue;
    }
    for (const [select, text] of Object.entries(amounts)) {
      put(draft, table, select === 'total' ? `function.${full}` : `function.${full}.${select}`, text);
      placedAmounts++;
    }
  }
  draft.found.push({ table, line: section.title.line, rows: placedRows, amounts: placedAmounts });
}

/** The economic 类 or 款 a printed name stands for (the tables print names only), or undefined. */
function economicCode(name: string, ctx: ReadContext, level?: 3 | 5, under?: string): string | undefined {
  const bare = bareLabel(name);
  // A 款 name may sit under two 类 (办公设备购置: 30902 and 31002): the 类 printed above decides.
  if (under) {
    const found = economicCode(name, ctx, level);
    if (found && !found.startsWith(under)) {
      const inClass = [...(ctx.catalogue.economic ?? [])].find(([code, entries]) => code.startsWith(under) && code.length === 5 && entries.some((e) => nameMatches(e, bare)));
      if (inClass) return inClass[0];
    }
    return found;
  }
  for (const [code, entries] of ctx.catalogue.economic ?? []) {
    if (level && code.length !== level) continue;
    const entry = lookup(ctx.catalogue.economic, code, ctx.year) ?? entries[0];
    if (entry && nameMatches(entry, bare)) return code;
  }
  return undefined;
}

/** 基本支出分经济科目表: 类 rows are printed totals, 款 rows are the basic economic lines. */
function readBasicEconomic(section: TableSection, draft: Draft, ctx: ReadContext): void {
  let rows = 0;
  let amounts = 0;
  let klass: string | undefined;
  for (const l of section.lines) {
    if (isUnitOrNote(l)) continue;
    const printedCode = /^\d{3}(\d{2})?$/.test(l.cells[0] ?? '') ? l.cells[0]! : undefined;
    const nameCell = printedCode ? l.cells[1] ?? '' : l.cells[0] ?? '';
    const amount = l.cells.slice(printedCode ? 2 : 1).map(amountText).find((a) => a !== null);
    if (!amount) continue;
    const name = labelText(nameCell);
    if (isWord(name, WORDS.total)) {
      // 合计 names the template's total figures column by column (economic, personnel, public_costs).
      const row = ctx.template.tables.find((t) => t.id === section.table)?.rows.find((r): r is Extract<typeof r, { economic: unknown }> => 'economic' in r);
      const figures = row?.economic.total ?? ['economic'];
      l.cells.slice(printedCode ? 2 : 1).map(amountText).filter((a): a is string => a !== null).forEach((a, k) => {
        const figure = figures[k];
        if (figure && !isZero(a)) {
          put(draft, 'basic_economic', figure, a);
          amounts++;
        }
      });
      rows++;
      continue;
    }
    const code = printedCode ?? economicCode(name, ctx, undefined, klass);
    if (code?.length === 3) klass = code;
    if (!code) {
      leftover(draft, l, 'importLeftoverNotEconomic', { name });
      continue;
    }
    rows++;
    if (isZero(amount)) continue;
    amounts++;
    if (code.length === 3) put(draft, 'basic_economic', `economic.${code}`, amount);
    else {
      // A second name beside the 款 is its 政府预算支出经济分类 (工资奖金津补贴): the same 款 may be
      // printed once per government class.
      const govName = labelText(l.cells.slice(printedCode ? 2 : 1).find((c) => c !== '' && amountText(c) === null) ?? '');
      const govCode = govName ? [...(ctx.catalogue.economicGov ?? [])].find(([c, entries]) => c.length === 5 && entries.some((e) => nameMatches(e, govName)))?.[0] : undefined;
      draft.economic.basic.push({ code, name, ...(govCode && { gov_code: govCode, gov_name: govName }), amount, line: l.line });
    }
  }
  draft.found.push({ table: section.table, line: section.title.line, rows, amounts });
}

/** 收支总表: income sources on the left, spending on the right (by basic/project and economic class, or by functional class). */
function readBudgetSummary(section: TableSection, draft: Draft, ctx: ReadContext): void {
  let rows = 0;
  let amounts = 0;
  let side: 'basic' | 'project' | undefined;
  for (const l of section.lines) {
    if (isUnitOrNote(l)) continue;
    // Pairs of (label, amount) across the line.
    const pairs: { label: string; amount: string | null }[] = [];
    for (let i = 0; i < l.cells.length; i++) {
      const label = labelText(l.cells[i] ?? '');
      if (!label || amountText(label) !== null) continue;
      pairs.push({ label, amount: amountText(l.cells[i + 1]) });
      i++;
    }
    if (!pairs.length) continue;
    let used = false;
    for (const { label, amount } of pairs) {
      const bare = bareLabel(label).replace(/\s+/g, '');
      if (bare === SPENDING.basic.zh) side = 'basic';
      if (bare === SPENDING.project.zh) side = 'project';
      if (!amount || isZero(amount)) continue;
      const fund = fundOf(label);
      let figure: string | undefined;
      if (fund) {
        draft.income[fund] = amount;
        figure = `income.${fund}`;
      } else if (INCOME_TOTALS.test(bare)) figure = bare.includes(GRAND_TOTAL_WORD) ? 'income_grand_total' : 'income';
      else if (SPENDING_TOTALS.test(bare)) figure = 'total';
      else if (bare === SPENDING.basic.zh) figure = 'basic';
      else if (bare === SPENDING.project.zh) figure = 'project';
      else {
        const klass = economicCode(label, ctx, 3);
        const functional = [...(ctx.catalogue.functional ?? [])].find(([code, entries]) => code.length === 3 && entries.some((e) => nameMatches(e, bareLabel(label))))?.[0];
        if (klass && side === 'project') {
          draft.economic.project.push({ code: klass, name: bareLabel(label), amount, line: l.line });
          figure = `economic_project.${klass}`;
        } else if (klass) figure = `economic.${klass}`;
        else if (functional) figure = `function.${functional}`;
      }
      if (figure) {
        put(draft, 'budget_summary', figure, amount);
        amounts++;
        used = true;
      } else leftover(draft, l, 'importLeftoverUnknownItem', { label });
    }
    if (used) rows++;
  }
  draft.found.push({ table: section.table, line: section.title.line, rows, amounts });
}

/** The functional 类 a printed name stands for (两侧表 print 类 by name), or undefined. */
function functionalClass(label: string, ctx: ReadContext): string | undefined {
  const bare = bareLabel(label);
  for (const [code, entries] of ctx.catalogue.functional ?? []) if (code.length === 3 && entries.some((e) => nameMatches(e, bare))) return code;
  return undefined;
}

/**
 * 财政拨款收支总表: income by fund on the left (label, amount); on the right each functional 类
 * with its amounts in the template's columns (小计, then one per fund), and the totals.
 */
function readFiscalSummary(section: TableSection, draft: Draft, ctx: ReadContext): void {
  const t = ctx.template.tables.find((x) => x.id === section.table);
  const selects = t?.columns.map((c) => c.select) ?? [];
  const totalRow = t?.rows.find((r): r is Extract<typeof r, { figures: unknown }> => 'figures' in r && r.kind === 'total' && r.figures.includes('fiscal'));
  let rows = 0;
  let amounts = 0;
  const place = (l: ImportLine, figure: string | undefined, amount: string | null) => {
    if (!amount || isZero(amount)) return false;
    if (!figure) return false;
    put(draft, section.table, figure, amount);
    amounts++;
    return true;
  };
  // Text not split by tabs wraps a long class name over lines, its amounts on a line of their own
  // ("一、一般公共服务支" / "出" / "1,390.32 1,390.32"): the name waits for its amounts.
  let pending: string | undefined;
  for (const l of section.lines) {
    if (isUnitOrNote(l)) continue;
    let used = false;
    const words = l.cells.filter((c) => c !== '' && amountText(c) === null);
    const values = l.cells.filter((c) => amountText(c) !== null);
    if (!l.tabbed && !values.length && words.length === 1) {
      const word = labelText(words[0]!);
      if (ORDINAL_HEADING_START.test(word) && !fundOf(word)) pending = word;
      else if (pending) pending += word;
      continue;
    }
    if (!l.tabbed && !words.length && pending) {
      const klass = functionalClass(pending, ctx);
      values.map(amountText).forEach((amount, k) => {
        const select = selects[k];
        if (!place(l, klass && select ? (select === 'total' ? `function.${klass}` : `function.${klass}.${select}`) : undefined, amount) && amount && !isZero(amount)) leftover(draft, l, 'importLeftoverAmountFitsNoColumn', { label: pending!, amount });
      });
      pending = undefined;
      rows++;
      continue;
    }
    pending = undefined;
    // Left: a fund or an income total.
    const left = bareLabel(l.cells[0] ?? '').replace(/\s+/g, '');
    const leftAmount = amountText(l.cells[1]);
    if (left && leftAmount && (l.tabbed || fundOf(left) || INCOME_WORD.test(left))) {
      const fund = fundOf(left);
      const figure = fund ? `income.${fund}` : INCOME_GRAND_TOTAL.test(left) ? 'income_grand_total' : INCOME_TOTAL.test(left) ? 'income' : undefined;
      if (place(l, figure, leftAmount)) used = true;
      else if (!isZero(leftAmount)) leftover(draft, l, 'importLeftoverUnknownIncome', { label: left });
    }
    // Right: the first label after the left pair, then its amounts by column. Without tabs, a line
    // whose income side is blank starts with the spending label.
    const spendingFirst = !l.tabbed && left !== '' && !fundOf(left) && functionalClass(left, ctx) !== undefined;
    const at = spendingFirst ? 0 : l.cells.findIndex((c, i) => i >= 2 && c !== '' && amountText(c) === null);
    if (at >= 0) {
      const label = bareLabel(l.cells[at]!).replace(/\s+/g, '');
      const cells = l.cells.slice(at + 1).map((c) => (c === '' ? null : amountText(c)));
      const isTotal = SPENDING_TOTALS.test(label);
      const klass = isTotal ? undefined : functionalClass(label, ctx);
      cells.forEach((amount, k) => {
        if (!amount || isZero(amount)) return;
        const select = selects[k];
        const figure = isTotal ? (label.includes(GRAND_TOTAL_WORD) ? undefined : totalRow?.figures[k] ?? undefined) : klass && select ? (select === 'total' ? `function.${klass}` : `function.${klass}.${select}`) : undefined;
        if (place(l, figure, amount)) used = true;
        else leftover(draft, l, 'importLeftoverAmountFitsNoColumn', { label, amount });
      });
    }
    if (used) rows++;
  }
  draft.found.push({ table: section.table, line: section.title.line, rows, amounts });
}


/** A row whose first amount is followed by others (合计, then one column per fund): its 合计 sums them. */
const rowTotal = (l: ImportLine) => l.cells.slice(1).filter((c) => amountText(c) !== null).length > 1;

/** “三公”经费表: one row per item, the amount in the first amount column (合计). */
function readThreePublic(section: TableSection, draft: Draft): void {
  let rows = 0;
  let amounts = 0;
  for (const l of section.lines) {
    if (isUnitOrNote(l)) continue;
    const label = bareLabel(l.cells[0] ?? '');
    const target = THREE_PUBLIC_ROWS.find(([re]) => re.test(label))?.[1];
    const amount = l.cells.slice(1).map(amountText).find((a) => a !== null);
    if (!target) {
      if (amount) leftover(draft, l, 'importLeftoverUnknownThreePublicRow', { label });
      continue;
    }
    rows++;
    if (!amount || isZero(amount)) continue;
    amounts++;
    if (target.startsWith('published:')) put(draft, 'three_public', target.slice('published:'.length), amount);
    else if (target.startsWith('meetings.')) ((draft.three_public.meetings ??= {}) as Record<string, string>)[target.slice('meetings.'.length)] = amount;
    else {
      draft.three_public[target] = amount;
      // Beside columns by fund, an item's 合计 is the sum of its row: a control total too.
      if (rowTotal(l)) put(draft, 'three_public', `three_public.${target}`, amount);
    }
  }
  draft.found.push({ table: section.table, line: section.title.line, rows, amounts });
}

/** 机关运行经费表: one row per unit, and the department's total. */
function readAdminCosts(section: TableSection, draft: Draft): void {
  let rows = 0;
  let amounts = 0;
  for (const l of section.lines) {
    if (isUnitOrNote(l)) continue;
    const label = labelText(l.cells[0] ?? '');
    const amount = l.cells.slice(1).map(amountText).find((a) => a !== null);
    if (!label || !amount) continue;
    rows++;
    amounts++;
    const previous = draft.admin_costs[draft.admin_costs.length - 1];
    if (isWord(label, WORDS.total)) put(draft, 'admin_costs', 'admin_costs', amount);
    // The department's subtotal row followed by its only unit, both under one name: one unit.
    else if (previous && previous.unitName === label && previous.amount === amount) amounts--;
    else draft.admin_costs.push({ unitName: label, amount, line: l.line, ...(rowTotal(l) && { rowTotal: true }) });
  }
  draft.found.push({ table: section.table, line: section.title.line, rows, amounts });
}

/** A project name as compared: simplified characters, no spaces, quotes or brackets' width. */
export const projectKey = (name: string) => normaliseName(simplifiedForm(labelText(name))).replace(/[\s“”"'‘’]/g, '');

/**
 * 项目支出表: one row per project (its name may wrap over lines before its amounts), each matched
 * by name to a project of the forms; the first row or 合计 is the total of all projects.
 */
function readProjectExpenditure(section: TableSection, draft: Draft, ctx: ReadContext): void {
  const byName = new Map((ctx.projects ?? []).map((p) => [projectKey(p.name), p.id]));
  const selects = new Map<number, string>();
  let inHeadings = true;
  let pending = '';
  let rows = 0;
  let amounts = 0;
  for (const l of section.lines) {
    if (isUnitOrNote(l)) continue;
    const filled = l.cells.filter((c) => c !== '');
    // The row of column numbers (1 2 3 …) ends the headings.
    if (filled.length > 1 && filled.every((c, k) => c === String(k + 1))) {
      inHeadings = false;
      continue;
    }
    const values = l.cells.map((c, i) => ({ i, text: amountText(c) })).filter((c): c is { i: number; text: string } => c.text !== null);
    const words = l.cells.filter((c) => c !== '' && amountText(c) === null).map(labelText).join('');
    if (!values.length) {
      if (inHeadings) l.cells.forEach((c, i) => {
        const select = selectOfHeading(c);
        if (select) selects.set(i, select);
      });
      else pending += words;
      continue;
    }
    inHeadings = false;
    const name = pending + words;
    pending = '';
    const id = byName.get(projectKey(name));
    const total = values[0]!.text;
    if (id) {
      if (!isZero(total)) draft.projectAmounts[id] = total;
      draft.projectNames[id] = name;
      rows++;
      amounts++;
    } else if (rows === 0 || isWord(name, WORDS.total)) {
      put(draft, section.table, 'projects', total);
      for (const v of values.slice(1)) {
        const select = selects.get(v.i);
        if (select && select !== 'total' && !isZero(v.text)) put(draft, section.table, `projects.${select}`, v.text);
      }
      rows++;
      amounts++;
    } else leftover(draft, l, 'importLeftoverUnknownProject', { name });
  }
  draft.found.push({ table: section.table, line: section.title.line, rows, amounts });
}

/** Reads every section the importer knows; the rest of each is a leftover, at its line. */
export function readSections(sections: readonly TableSection[], ctx: ReadContext): Draft {
  const draft = emptyDraft();
  const hasExpenditureSummary = sections.some((s) => s.table === 'expenditure_summary');
  for (const s of sections) {
    switch (s.table) {
      case 'expenditure_summary':
        readFunctional(s, draft, ctx, true);
        break;
      case 'income_summary':
        readFunctional(s, draft, ctx, false);
        break;
      case 'general_budget_expenditure':
        readFunctional(s, draft, ctx, !hasExpenditureSummary);
        break;
      case 'basic_economic':
        readBasicEconomic(s, draft, ctx);
        break;
      case 'budget_summary':
        readBudgetSummary(s, draft, ctx);
        break;
      case 'fiscal_summary':
        readFiscalSummary(s, draft, ctx);
        break;
      case 'three_public':
        readThreePublic(s, draft);
        break;
      case 'admin_costs':
        readAdminCosts(s, draft);
        break;
      case 'project_expenditure':
        readProjectExpenditure(s, draft, ctx);
        break;
      case 'procurement': {
        const read = readProcurementTable(s);
        draft.procurement = { items: read.items, totals: read.totals };
        for (const [figure, amount] of Object.entries(read.published)) put(draft, 'procurement', figure, amount);
        draft.leftovers.push(...read.leftovers);
        draft.found.push({ table: s.table, line: s.title.line, rows: read.rows, amounts: read.items.length + Object.keys(read.published).length });
        break;
      }
      default: {
        // Any other table the template lays out by functional code (河南's 支出总表（按资金来源）…).
        if (ctx.template.tables.find((t) => t.id === s.table)?.rows.some((r) => 'functional' in r)) {
          readFunctional(s, draft, ctx, false);
          break;
        }
        const amounts = s.lines.filter((l) => l.cells.some((c) => amountText(c) !== null && !isZero(amountText(c)!)));
        draft.found.push({ table: s.table, line: s.title.line, rows: 0, amounts: 0 });
        for (const l of amounts) leftover(draft, l, 'importLeftoverTableNotImported');
      }
    }
  }
  // Expenditure lines are leaves: a code printed twice (page break repeats) is kept once.
  const seen = new Set<string>();
  draft.expenditure = draft.expenditure.filter((e) => !seen.has(e.code) && seen.add(e.code));
  return draft;
}
