// What a page shows for a figure: the published value where the document printed one (the
// official figure), else the derived one; and whether the two differ by rounding.
import type { TableId } from '../glossary.ts';
import type { Amount, Decimal } from '../money.ts';
import type { Disclosure } from '../schema/index.ts';
import type { Derived } from './derive.ts';

export interface Shown {
  value: Decimal;
  /** The printed amount, when the figure was published. */
  published?: Amount;
  derived?: Decimal;
  /** Published and derived differ (by rounding: errors never reach a page). */
  differs: boolean;
}

/** The figure as the given tables printed it (first match wins), else as derived. */
export function shownFigure(data: Disclosure, derived: Derived, ref: string, tables: readonly TableId[]): Shown | undefined {
  const fig = derived.figure(ref);
  for (const t of tables) {
    const printed = data.published?.[t]?.[ref];
    if (printed) return { value: printed.value, published: printed, derived: fig?.value, differs: !!fig && !fig.value.equals(printed.value) };
  }
  if (!fig) return undefined;
  return { value: fig.value, derived: fig.value, differs: false };
}
