// Label axis text of a drawn chart. Shared by the browser script (which must not pull in the
// data modules) and the tests.

/** A closing parenthetical: the year of a compared department, the code of a line. */
const TAIL = /\s?[（(][^（）()]*[）)]$/u;

/**
 * A label cut to `max` characters with an ellipsis; a closing parenthetical stays whole, so a
 * cut label still says which year (or code) it is. The tooltip and the table keep it whole.
 */
export function shortenLabel(label: string, max: number): string {
  if ([...label].length <= max) return label;
  const tail = TAIL.exec(label)?.[0] ?? '';
  const head = [...label.slice(0, label.length - tail.length)];
  return `${head.slice(0, Math.max(1, max - [...tail].length - 1)).join('')}…${tail}`;
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Marks a cut label should not end on: an opening bracket or quote, a pause, a space. */
const DANGLING = /[\s（(“‘《〈「『【〔［、，,：:；;·—-]+$/u;

/**
 * The longest start of `text` that fits `width` with an ellipsis, cut between whole characters
 * (never inside a surrogate pair or a combined character), without a dangling opening bracket.
 * The whole text when it fits; '' when not even one character does.
 */
export function fitLabel(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  const parts = [...GRAPHEMES.segment(text)].map((s) => s.segment);
  let low = 0;
  let high = parts.length - 1;
  // The longest prefix whose cut form fits: binary search, since a longer prefix is never narrower.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(cut(parts, mid)) <= width) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return '';
  const label = cut(parts, low);
  return label === '…' ? '' : label;
}

function cut(parts: readonly string[], n: number): string {
  return `${parts.slice(0, n).join('').replace(DANGLING, '')}…`;
}
