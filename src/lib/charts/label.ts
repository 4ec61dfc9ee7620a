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
