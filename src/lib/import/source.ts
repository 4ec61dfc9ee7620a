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

/** Spaces that separate columns in `pdftotext -layout` output (two or more, or a full-width one between cells). */
const LAYOUT_GAP = / {2,}|\u3000+/;

/** Splits the text into lines of cells: by tabs where the line has them, else by runs of spaces. */
export function importLines(text: string): ImportLine[] {
  const out: ImportLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    // Form feeds separate pages in pdftotext output; non-breaking spaces are spaces.
    const line = raw.replace(/\f/g, '').replace(/\u00a0/g, ' ');
    const text = line.trim();
    if (!text) return;
    const cells = line.includes('\t') ? line.split('\t').map((c) => c.trim()) : text.split(LAYOUT_GAP).map((c) => c.trim());
    out.push({ line: i + 1, text, cells });
  });
  return out;
}

/** The non-blank cells of a line. */
export const filled = (l: ImportLine): string[] => l.cells.filter((c) => c !== '');
