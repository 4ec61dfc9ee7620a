// The treemap's controls: a breadcrumb and one button per block of the level shown, which work by
// keyboard (Enter or Space opens a block, Escape or Backspace goes up) and stay in step with the
// canvas. Chart.js and the treemap plugin load only when the treemap comes into view or is used.
import type { TreemapSpec } from '../lib/charts/treemap.ts';
import { partColour } from '../lib/charts/palette.ts';
import type { TreemapView } from './treemap-draw.ts';

for (const figure of document.querySelectorAll<HTMLElement>('[data-treemap]')) setUp(figure);

function setUp(figure: HTMLElement): void {
  const spec = JSON.parse(figure.dataset.spec ?? '{}') as TreemapSpec;
  const { blocks } = spec;
  const ui = figure.querySelector<HTMLElement>('[data-treemap-ui]')!;
  const path = figure.querySelector<HTMLOListElement>('[data-treemap-path]')!;
  const list = figure.querySelector<HTMLUListElement>('[data-treemap-blocks]')!;
  const status = figure.querySelector<HTMLElement>('[data-treemap-status]')!;
  const canvas = figure.querySelector<HTMLCanvasElement>('[data-treemap-canvas]')!;
  const zh = spec.lang === 'zh' ? undefined : 'zh-CN';
  let level = 0;
  let view: TreemapView | undefined;
  let loading: Promise<void> | undefined;

  const load = () =>
    (loading ??= import('./treemap-draw.ts').then(({ drawTreemap }) => {
      view = drawTreemap(canvas, spec, { open: (block) => open(block, false) });
      view.show(level);
    }));

  /** Shows the parts of `block`; from the keyboard, focus moves to the first of them. */
  function open(block: number, focusFirst: boolean): void {
    const b = blocks[block];
    if (!b) return;
    if (!b.children.length) {
      if (b.href) window.location.href = b.href;
      return;
    }
    level = block;
    render();
    void load();
    view?.show(level);
    status.textContent = spec.words.opened.replace('{title}', b.title);
    if (focusFirst) list.querySelector<HTMLElement>('button, a')?.focus();
  }

  /** Goes up a level (or to `to`), focusing the block it came from. */
  function up(to?: number): void {
    if (level === 0) return;
    const from = level;
    open(to ?? blocks[level]!.parent, false);
    let came = from;
    while (blocks[came]!.parent !== level && blocks[came]!.parent >= 0) came = blocks[came]!.parent;
    list.querySelector<HTMLElement>(`[data-block="${came}"]`)?.focus();
  }

  function render(): void {
    const steps: number[] = [];
    for (let b = level; b >= 0; b = blocks[b]!.parent) steps.unshift(b);
    path.replaceChildren(
      ...steps.map((b, i) => {
        const li = document.createElement('li');
        const text = b === 0 ? spec.words.all : blocks[b]!.title;
        if (i === steps.length - 1) {
          const here = document.createElement('span');
          here.textContent = text;
          here.setAttribute('aria-current', 'location');
          if (b !== 0 && blocks[b]!.dataName && zh) here.lang = zh;
          li.append(here);
        } else {
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = text;
          button.dataset.step = String(b);
          if (b !== 0 && blocks[b]!.dataName && zh) button.lang = zh;
          button.addEventListener('click', () => up(b));
          li.append(button);
        }
        return li;
      }),
    );
    list.replaceChildren(...blocks[level]!.children.map((c) => item(c)));
    figure.dataset.level = String(level);
  }

  function item(block: number): HTMLLIElement {
    const b = blocks[block]!;
    const li = document.createElement('li');
    const control = b.children.length ? document.createElement('button') : b.href ? document.createElement('a') : document.createElement('span');
    if (control instanceof HTMLButtonElement) {
      control.type = 'button';
      control.addEventListener('click', () => open(block, true));
    }
    if (control instanceof HTMLAnchorElement) control.href = b.href!;
    control.className = 'treemap-block';
    control.dataset.block = String(block);
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    swatch.style.backgroundColor = partColour(blocks, block);
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = b.title;
    if (b.dataName && zh) name.lang = zh;
    const figures = document.createElement('span');
    figures.className = 'figures';
    figures.textContent = `${b.amount}${b.differs ? '†' : ''} ${spec.unitLabel} · ${b.share}`;
    control.append(swatch, name, figures);
    for (const on of ['mouseenter', 'focus'] as const) control.addEventListener(on, () => view?.highlight(block));
    for (const off of ['mouseleave', 'blur'] as const) control.addEventListener(off, () => view?.highlight(null));
    li.append(control);
    return li;
  }

  figure.addEventListener('keydown', (e) => {
    if ((e.key === 'Escape' || e.key === 'Backspace') && level !== 0 && ui.contains(e.target as Node)) {
      e.preventDefault();
      up();
    }
  });

  ui.hidden = false;
  render();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void load();
    },
    { rootMargin: '200px' },
  );
  observer.observe(canvas);
}
