// Results kept per disclosure. A build asks for the same disclosure's tables, charts and
// functional sums many times (its page in each language, its embeds, its CSV and JSON downloads,
// the compare pages, the department's downloads); each asks with a fresh TableContext, so the
// cache is keyed by the data object and holds while the context's parts are the same objects.
// The dev server reloads data as new objects, so a changed file is never served from here.
// Only the most recently used disclosures are kept: Astro renders a route's pages in order, so a
// disclosure's pages of one route (a page and its embeds, its downloads) follow each other, while
// keeping every disclosure's tables cost about 180 KB each, 3.5 GB at 20,000 (docs/scale.md).
// Callers share the results: they read them and never change them.
import type { TableContext } from './tables.ts';
import type { Disclosure } from '../schema/index.ts';

type Parts = Omit<TableContext, 'data'>;

interface Slot<R> {
  parts: Parts;
  results: Map<string, R>;
}

/** How many disclosures each cache keeps; the oldest used is dropped first. */
export const KEPT_DISCLOSURES = 64;

const sameParts = (a: Parts, b: Parts) => a.derived === b.derived && a.catalogue === b.catalogue && a.template === b.template;

/** `compute` once per disclosure context and `key` (e.g. the page's language). */
export function perDisclosure<A extends unknown[], R>(compute: (ctx: TableContext, ...args: A) => R, key: (...args: A) => string = () => ''): (ctx: TableContext, ...args: A) => R {
  // A Map remembers insertion order: a used slot is moved to the end, the first is the oldest.
  const slots = new Map<Disclosure, Slot<R>>();
  return (ctx, ...args) => {
    let slot = slots.get(ctx.data);
    if (slot) slots.delete(ctx.data);
    if (!slot || !sameParts(slot.parts, ctx)) slot = { parts: { derived: ctx.derived, catalogue: ctx.catalogue, template: ctx.template }, results: new Map() };
    slots.set(ctx.data, slot);
    if (slots.size > KEPT_DISCLOSURES) slots.delete(slots.keys().next().value!);
    const k = key(...args);
    if (slot.results.has(k)) return slot.results.get(k)!;
    const result = compute(ctx, ...args);
    slot.results.set(k, result);
    return result;
  };
}
