// The document's prose: the 情况说明 (split at its numbered headings, 一、 二、 …) and the
// 名词解释, as narrative sections of the draft. Lines the PDF broke inside a sentence are joined;
// a line that ends a sentence ends a paragraph.
import { NARRATIVE_HEADING, NARRATIVE_SUBHEADING, PART_NUMBER, SENTENCE_END, TERMS_PART_TITLE } from '../chinese-text.ts';
import { labelText } from './cells.ts';
import type { TableSection } from './segment.ts';
import type { ImportLine } from './source.ts';

export interface NarrativeSection {
  id: string;
  title: string;
  text: string;
}


/** Lines as paragraphs: a line not ending a sentence runs on into the next. */
function paragraphs(lines: readonly ImportLine[]): string {
  const out: string[] = [];
  let current = '';
  for (const l of lines) {
    const text = labelText(l.text);
    // (一) … is a heading of its own paragraph.
    if (NARRATIVE_SUBHEADING.test(text) && current) {
      out.push(current);
      current = '';
    }
    current += text;
    if (SENTENCE_END.test(text) || NARRATIVE_SUBHEADING.test(text)) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out.join('\n\n');
}

/**
 * Narrative sections from the 情况说明 sections the segmenter found (each numbered heading that
 * ends in 情况说明 starts one; other numbered headings inside start one too), and the 名词解释 part
 * from the lines outside every table. Returns the lines placed, so they are not leftovers.
 */
export function importNarrative(narrative: readonly TableSection[], outside: readonly ImportLine[]): { sections: NarrativeSection[]; placed: Set<number> } {
  const sections: NarrativeSection[] = [];
  const placed = new Set<number>();
  let current: { title: string; lines: ImportLine[] } | null = null;
  const close = () => {
    if (current && current.lines.length) sections.push({ id: `section-${sections.length + 1}`, title: current.title, text: paragraphs(current.lines) });
    current = null;
  };
  for (const s of narrative) {
    for (const l of [s.title, ...s.lines]) {
      const text = labelText(l.text);
      if (NARRATIVE_HEADING.test(text) && text.length <= 40) {
        close();
        current = { title: text, lines: [] };
        placed.add(l.line);
      } else if (current) {
        current.lines.push(l);
        placed.add(l.line);
      }
    }
    close();
  }
  const start = outside.findIndex((l) => TERMS_PART_TITLE.test(labelText(l.text).replace(/\s+/g, '')));
  if (start >= 0) {
    const lines = outside.slice(start + 1).filter((l) => l.line > outside[start]!.line);
    if (lines.length) {
      sections.push({ id: 'terms', title: labelText(outside[start]!.text).replace(PART_NUMBER, ''), text: lines.map((l) => labelText(l.text)).join('\n\n') });
      for (const l of [outside[start]!, ...lines]) placed.add(l.line);
    }
  }
  return { sections, placed };
}
