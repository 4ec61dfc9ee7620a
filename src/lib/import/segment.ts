// Finds the standard tables of a document by their titles, in any template's words (the glossary's
// table terms and their printed variants), and cuts the document into sections.
import { TABLES, type TableId } from '../glossary.ts';
import { labelText } from './cells.ts';
import type { ImportLine } from './source.ts';

export interface TableSection {
  table: TableId;
  /** The title line. */
  title: ImportLine;
  /** Every line after the title up to the next section (unit line, headings, rows, notes). */
  lines: ImportLine[];
}

/** Every printed form of every table title, longest first (the most specific wins). */
const TITLES: { table: TableId; text: string }[] = (Object.entries(TABLES) as [TableId, { zh: string; variants?: readonly string[] }][])
  .flatMap(([table, term]) => [term.zh, ...(term.variants ?? [])].map((text) => ({ table, text: text.replace(/\s+/g, '') })))
  .sort((a, b) => b.text.length - a.text.length);

/** The table a line is the title of, or null. A title is short and ends with the table's name. */
export function titleOf(line: ImportLine): TableId | null {
  // A title may end with what the table leaves out: （不含上年结转）, （本年预算）.
  const text = labelText(line.text).replace(/\s+/g, '').replace(/[（(][^）)]*[）)]?$/, '');
  // Table-of-contents entries carry dot leaders and page numbers.
  if (text.length > 60 || /\.{3,}|…/.test(text) || line.cells.filter((c) => c.trim()).length > 2) return null;
  for (const t of TITLES) if (text.endsWith(t.text)) return t.table;
  return null;
}

/**
 * Sections of the document: each found title with the lines after it. A title followed straight
 * away by another title is a table of contents entry and starts no section. `isBoundary` marks
 * lines that end a section without starting one (project forms, handled elsewhere).
 */
export function tableSections(lines: readonly ImportLine[], isBoundary: (l: ImportLine) => boolean): { sections: TableSection[]; outside: ImportLine[] } {
  const sections: TableSection[] = [];
  const outside: ImportLine[] = [];
  let current: TableSection | null = null;
  lines.forEach((line, i) => {
    const table = titleOf(line);
    if (table) {
      const next = lines[i + 1];
      if (next && titleOf(next)) {
        outside.push(line);
        current = null;
        return;
      }
      current = { table, title: line, lines: [] };
      sections.push(current);
      return;
    }
    if (isBoundary(line)) current = null;
    if (current) current.lines.push(line);
    else outside.push(line);
  });
  return { sections, outside };
}
