// Results computed once per disclosure. A build asks for the same disclosure's tables, charts and
// functional sums many times (its page in each language, its embeds, its CSV and JSON downloads,
// the compare pages, the department's downloads); each asks with a fresh TableContext, so the
// cache is keyed by the data object and holds while the context's parts are the same objects.
// The dev server reloads data as new objects, so a changed file is never served from here.
// Callers share the results: they read them and never change them.
import type { TableContext } from './tables.ts';
import type { Disclosure } from '../schema/index.ts';

type Parts = Omit<TableContext, 'data'>;

interface Slot<R> {
  parts: Parts;
  results: Map<string, R>;
}

const sameParts = (a: Parts, b: Parts) => a.derived === b.derived && a.catalogue === b.catalogue && a.template === b.template;

/** `compute` once per disclosure context and `key` (e.g. the page's language). */
export function perDisclosure<A extends unknown[], R>(compute: (ctx: TableContext, ...args: A) => R, key: (...args: A) => string = () => ''): (ctx: TableContext, ...args: A) => R {
  const slots = new WeakMap<Disclosure, Slot<R>>();
  return (ctx, ...args) => {
    let slot = slots.get(ctx.data);
    if (!slot || !sameParts(slot.parts, ctx)) {
      slot = { parts: { derived: ctx.derived, catalogue: ctx.catalogue, template: ctx.template }, results: new Map() };
      slots.set(ctx.data, slot);
    }
    const k = key(...args);
    if (slot.results.has(k)) return slot.results.get(k)!;
    const result = compute(ctx, ...args);
    slot.results.set(k, result);
    return result;
  };
}
