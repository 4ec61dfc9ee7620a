// What `astro dev` shares between the integration (loaded with the Astro config) and the pages
// (rendered from Vite's module graph: other instances of the same modules, same process): on
// globalThis, by a registered symbol. A build never marks it, so builds behave as before.

const KEY = Symbol.for('gongkai.dev-server');

interface DevState {
  /** Bumped whenever a file under the data folder changes: the site is loaded again. */
  generation: number;
}

function state(): DevState | undefined {
  return (globalThis as Record<symbol, DevState | undefined>)[KEY];
}

/** The dev server's overview of every finding; the route exists only under `astro dev`. */
export const CHECK_PATH = '/_check/';

/** Called by the integration when the command is `astro dev`. */
export function markDevServer(): void {
  if (!state()) (globalThis as Record<symbol, DevState | undefined>)[KEY] = { generation: 0 };
}

/** Whether pages are rendered by `astro dev`: findings are shown, not thrown. */
export function isDevServer(): boolean {
  return state() !== undefined;
}

/** Changes with every change under the data folder (always 0 outside the dev server). */
export function dataGeneration(): number {
  return state()?.generation ?? 0;
}

/** The data changed on disk: the next page loads and checks the site again. */
export function dataChanged(): void {
  const s = state();
  if (s) s.generation++;
}
