// 政府采购支出表: a row per purchase, grouped by kind (一、货物A …) and project, with subtotal rows
// of the catalogue's top-level items (通用设备) between them. The draft keeps the finest items, as
// the format asks; a kind's printed total is a control total. Documents without the table state
// the totals in their text (政府采购货物预算54万元): those are read from the text.
import { PROCUREMENT_KINDS, PROCUREMENT_PARENT_ITEMS, PROCUREMENT_STATED } from '../chinese-text.ts';
import { normaliseName } from '../derive/catalogue.ts';
import { FIGURE_WORDS } from '../glossary.ts';
import { bilingual } from '../i18n.ts';
import { amountText, isZero, labelText } from './cells.ts';
import type { TableSection } from './segment.ts';
import type { ImportLine, Leftover } from './source.ts';

type Kind = 'goods' | 'works' | 'services';

export interface ProcurementItem {
  kind: Kind;
  project?: string;
  economic?: string;
  category?: string;
  item: string;
  method?: string;
  amount: string;
}

export interface ProcurementImport {
  items: ProcurementItem[];
  /** Kind totals as printed or stated: goods, works, services. */
  totals: Partial<Record<Kind, string>>;
  /** Printed control totals of the table (procurement, procurement.<kind>). */
  published: Record<string, string>;
  rows: number;
  leftovers: Leftover[];
}

const PARENTS = new Set(PROCUREMENT_PARENT_ITEMS.map(normaliseName));
const kindOf = (text: string): Kind | undefined => PROCUREMENT_KINDS.find(([re]) => re.test(text))?.[1];

/**
 * The table, read by its columns as the tab-separated extraction keeps them: kind, project,
 * economic class, item, method, amount (the last cell). Rows whose shape does not fit are leftovers.
 */
export function readProcurementTable(section: TableSection): ProcurementImport {
  const out: ProcurementImport = { items: [], totals: {}, published: {}, rows: 0, leftovers: [] };
  let kind: Kind | undefined;
  let kindRow: { line: ImportLine; amount: string; project?: string } | undefined;
  let project: string | undefined;
  let economic: string | undefined;
  let category: string | undefined;
  const projectsOfKind = new Set<string>();
  const closeKind = () => {
    // A kind's row prints the kind's total when it names no project, or when its project is the
    // kind's only one; otherwise it is the first project's subtotal, and no kind total is printed.
    if (kind && kindRow && (!kindRow.project || [...projectsOfKind].every((p) => p === kindRow!.project))) {
      out.totals[kind] = kindRow.amount;
      out.published[`procurement.${kind}`] = kindRow.amount;
    }
    projectsOfKind.clear();
    kindRow = undefined;
  };
  for (const l of section.lines) {
    const cells = l.cells.map((c) => labelText(c));
    const amount = amountText(l.cells[l.cells.length - 1]);
    if (!l.tabbed || !amount) {
      if (amount) out.leftovers.push({ line: l.line, text: l.text, reason: bilingual('importLeftoverProcurementUntabbed') });
      continue;
    }
    const [first = '', projectCell = '', economicCell = '', itemCell = '', methodCell = ''] = cells;
    if (first === FIGURE_WORDS.total.zh) {
      out.published.procurement = amount;
      out.rows++;
      continue;
    }
    const newKind = first ? kindOf(first) : undefined;
    if (newKind) {
      closeKind();
      kind = newKind;
      kindRow = { line: l, amount, ...(projectCell && { project: projectCell }) };
      category = undefined;
    }
    if (!kind) {
      out.leftovers.push({ line: l.line, text: l.text, reason: bilingual('importLeftoverProcurementBeforeKind') });
      continue;
    }
    if (projectCell) {
      project = projectCell;
      projectsOfKind.add(projectCell);
      category = undefined;
    }
    if (economicCell) economic = economicCell;
    out.rows++;
    if (!itemCell) continue;
    if (PARENTS.has(normaliseName(itemCell))) {
      category = itemCell;
      continue;
    }
    if (isZero(amount)) continue;
    out.items.push({ kind, ...(project && { project }), ...(economic && { economic }), ...(category && { category }), item: itemCell, ...(methodCell && { method: methodCell }), amount });
  }
  closeKind();
  return out;
}

/** Kind totals stated in the prose (a document that prints no procurement table). */
export function statedProcurement(lines: readonly ImportLine[]): Partial<Record<Kind, string>> {
  const totals: Partial<Record<Kind, string>> = {};
  // The PDF breaks sentences across lines ("政府采购服务预" / "算324.28万元"): read the text run together.
  const text = lines.map((l) => labelText(l.text).replace(/\s+/g, '')).join('');
  for (const [re, kind] of PROCUREMENT_STATED) {
    const m = re.exec(text);
    if (m) totals[kind] = m[1]!;
  }
  return totals;
}
