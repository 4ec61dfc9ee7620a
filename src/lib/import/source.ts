// The importer's input: a published document as lines of cells. Text extracted from a PDF puts a
// tab between cells; `pdftotext -layout` aligns columns with runs of spaces. Both become the same
// ImportLine, with the line number of the source so that whatever cannot be placed is reported
// (and kept in the draft as a comment) at its line.
import { decodeText, type EncodingProblem } from '../source/encoding.ts';

export interface ImportLine {
  /** 1-based line of the source text. */
  line: number;
  /** The whole line, trimmed. */
  text: string;
  /** Its cells, trimmed; blank cells kept where tabs mark them (a tab-separated row keeps its columns). */
  cells: string[];
  /** Where each cell ends on the line (character offset), for text aligned with spaces: columns are found by position. */
  ends?: number[];
  /** The page (from 1), where the text marks pages with form feeds: positions are compared within a page. */
  page?: number;
  /** Cells were separated by tabs: a cell's index is its column. */
  tabbed?: boolean;
}

/** A part of the source the importer did not place: kept in the draft as a comment, listed in the report. */
export interface Leftover {
  line: number;
  text: string;
  reason: { zh: string; en: string };
}

export type SourceText = { ok: true; text: string; encoding: 'utf-8' | 'gbk' } | { ok: false; problem: EncodingProblem | { kind: 'empty' } };

/** Text from bytes: UTF-8 (with or without BOM), or GBK when that is what the bytes are; otherwise why not. */
export function sourceText(bytes: Uint8Array): SourceText {
  const decoded = decodeText(bytes);
  let text: string;
  let encoding: 'utf-8' | 'gbk' = 'utf-8';
  if (decoded.ok) text = decoded.text;
  else if (decoded.problem.kind === 'gbk') {
    // A Windows export: read it as GBK (GB18030 is its superset) rather than refuse it.
    text = new TextDecoder('gb18030').decode(bytes);
    encoding = 'gbk';
  } else return { ok: false, problem: decoded.problem };
  if (!text.trim()) return { ok: false, problem: { kind: 'empty' } };
  return { ok: true, text, encoding };
}

/** How the extraction separates cells: tabs, `pdftotext -layout`'s runs of spaces, or single spaces. */
export type CellMode = 'tab' | 'layout' | 'space';

/** The document's cell separator, from its lines: most extractions use one throughout. */
export function cellMode(lines: readonly string[]): CellMode {
  const content = lines.filter((l) => l.trim());
  if (content.filter((l) => l.includes('\t')).length > content.length * 0.2) return 'tab';
  return content.filter((l) => / {3,}\S/.test(l.trim())).length > content.length * 0.2 ? 'layout' : 'space';
}

/**
 * Splits the text into lines of cells. Tab mode keeps every cell between tabs; layout mode splits
 * on runs of two or more spaces; space mode splits on each space, so that each extra space marks
 * a blank cell ("23.02  23.02" is an amount, a blank and an amount).
 */
export function importLines(text: string, mode?: CellMode): ImportLine[] {
  const split = text.split(/\r\n|\r|\n/);
  // pdftotext starts each page with a form feed.
  let page = 1;
  const pages = split.map((raw) => (page += (raw.match(/\f/g) ?? []).length));
  const raws = split.map((raw) => raw.replace(/\f/g, '').replace(/\u00a0/g, ' ').replace(/\u3000/g, '  '));
  const how = mode ?? cellMode(raws);
  const out: ImportLine[] = [];
  raws.forEach((line, i) => {
    const text = line.trim();
    if (!text) return;
    if (line.includes('\t')) {
      out.push({ line: i + 1, text, cells: line.split('\t').map((c) => c.trim()), tabbed: true });
      return;
    }
    if (how === 'space') {
      // An amount run into the next cell's words ("1,433.90一、一般公共服务支出", doubled or not) is two cells.
      out.push({ line: i + 1, text, cells: text.split(' ').flatMap((c) => /^((?:-?[\d,]*\d\.\d+){1,2})(?=[^\d.,])(.+)$/.exec(c)?.slice(1) ?? [c]) });
      return;
    }
    if (how === 'tab') {
      // A line without tabs in a tab-separated document: a title or prose, one cell per run.
      out.push({ line: i + 1, text, cells: text.split(/ {2,}/) });
      return;
    }
    // Layout: cells are runs of text separated by two or more spaces. Inside a run, a number is a
    // cell of its own (a code before its name, amounts one space apart); words stay together.
    const cells: string[] = [];
    const ends: number[] = [];
    const isNumber = (t: string) => /^-?[\d,]+(\.\d+)?$/.test(t);
    for (const run of line.matchAll(/\S+(?: \S+)*/g)) {
      let offset = run.index;
      run[0].split(' ').forEach((piece, k) => {
        const previous = cells[cells.length - 1];
        if (k > 0 && !isNumber(piece) && previous !== undefined && !isNumber(previous)) {
          cells[cells.length - 1] = `${previous} ${piece}`;
          ends[ends.length - 1] = offset + piece.length;
        } else {
          cells.push(piece);
          ends.push(offset + piece.length);
        }
        offset += piece.length + 1;
      });
    }
    out.push({ line: i + 1, text, cells, ends, page: pages[i]! });
  });
  return out;
}

/** The non-blank cells of a line. */
export const filled = (l: ImportLine): string[] => l.cells.filter((c) => c !== '');
