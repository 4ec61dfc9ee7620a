// The treemap's canvas: Chart.js with the treemap plugin, only the parts it needs. One level is
// drawn at a time, its parts as blocks; a block's area is the only place an amount becomes a
// float. Labels are cut to their block between whole characters; the tooltip names the block in
// full with its exact amount and share.
import { Chart, LinearScale, Tooltip, type ChartConfiguration, type TooltipItem } from 'chart.js';
import { TreemapController, TreemapElement } from 'chartjs-chart-treemap';
import type { TreemapBlock, TreemapSpec } from '../lib/charts/treemap.ts';
import { inkOn, partColour } from '../lib/charts/palette.ts';
import { fitLabel } from '../lib/charts/label.ts';

Chart.register(TreemapController, TreemapElement, LinearScale, Tooltip);
Chart.defaults.font.family = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
Chart.defaults.animation = false;

export interface TreemapView {
  /** Draws the parts of `block`. */
  show(block: number): void;
  /** Marks a block and shows its tooltip, or clears the mark. */
  highlight(block: number | null): void;
}

export interface TreemapHooks {
  /** A block was clicked on the canvas. */
  open(block: number): void;
}

/** One block of the level drawn: the spec's block index and its area. */
interface Part {
  block: number;
  area: number;
}

/** What the plugin hands a scriptable option or a formatter: the laid-out block with our part. */
interface Laid {
  w: number;
  h: number;
  _data?: Part;
}

const PADDING = 4;
const BORDER = 1;

export function drawTreemap(canvas: HTMLCanvasElement, spec: TreemapSpec, hooks: TreemapHooks): TreemapView {
  const { blocks } = spec;
  const small = () => canvas.clientWidth < 480;
  const fontSize = () => (small() ? 12 : 13);
  const fontOf = (weight: string) => `${weight} ${fontSize()}px ${Chart.defaults.font.family}`;
  const blockOf = (raw: unknown): TreemapBlock | undefined => {
    const part = (raw as Laid | undefined)?._data;
    return part ? blocks[part.block] : undefined;
  };
  const colour = (raw: unknown) => {
    const part = (raw as Laid | undefined)?._data;
    return part ? partColour(blocks, part.block) : '#cccccc';
  };
  const measureWith = (font: string) => (s: string) => {
    const ctx = canvas.getContext('2d')!;
    ctx.save();
    ctx.font = font;
    const w = ctx.measureText(s).width;
    ctx.restore();
    return w;
  };
  /** The block's name, then its amount where there is room: each line cut to the block's width, lines dropped to its height. */
  const labelOf = (raw: Laid): string[] => {
    const b = blockOf(raw);
    if (!b) return [];
    // The plugin lays the label inside the block's border and checks it against that inner width.
    const width = raw.w - 2 * (PADDING + BORDER) - 1;
    const lineHeight = fontSize() * 1.3;
    const room = Math.floor((raw.h - 2 * (PADDING + BORDER)) / lineHeight);
    const name = fitLabel(b.name, width, measureWith(fontOf('600')));
    const amount = fitLabel(b.amount, width, measureWith(fontOf('400')));
    // An amount is never cut: it shows whole or not at all.
    return [name, amount === b.amount ? amount : ''].filter(Boolean).slice(0, Math.max(0, room));
  };
  const partsOf = (block: number): Part[] => blocks[block]!.children.map((c) => ({ block: c, area: Number(blocks[c]!.area) })).filter((p) => p.area > 0);

  const config: ChartConfiguration<'treemap'> = {
    type: 'treemap',
    data: {
      datasets: [
        {
          tree: partsOf(0) as unknown as Record<string, unknown>[],
          key: 'area',
          data: [],
          borderWidth: BORDER,
          borderColor: '#ffffff',
          spacing: 0,
          backgroundColor: (ctx) => colour(ctx.raw),
          labels: {
            display: true,
            align: 'left',
            position: 'top',
            overflow: 'hidden',
            padding: PADDING,
            color: (ctx) => inkOn(colour(ctx.raw)),
            font: () => [{ size: fontSize(), weight: 600 }, { size: fontSize(), weight: 400 }],
            formatter: (ctx) => labelOf(ctx.raw as unknown as Laid),
          },
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      onClick: (_event, elements) => {
        const b = elements[0] ? (chart.data.datasets[0]!.data[elements[0].index] as unknown as Laid)._data?.block : undefined;
        if (b !== undefined) hooks.open(b);
      },
      onHover: (_event, elements) => {
        const b = elements[0] ? blockOf(chart.data.datasets[0]!.data[elements[0].index]) : undefined;
        canvas.style.cursor = b && (b.children.length || b.href) ? 'pointer' : 'default';
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'treemap'>[]) => blockOf(items[0]?.raw)?.title ?? '',
            label: (item: TooltipItem<'treemap'>) => {
              const b = blockOf(item.raw);
              return b ? [`${b.amount}${b.differs ? '†' : ''} ${spec.unitLabel}`, spec.words.shareOfTotal.replace('{percent}', b.share)] : '';
            },
          },
        },
      },
    },
  };
  const chart = new Chart(canvas, config);

  const indexOf = (block: number) => (chart.data.datasets[0]!.data as unknown as Laid[]).findIndex((d) => d._data?.block === block);
  return {
    show(block) {
      chart.data.datasets[0]!.tree = partsOf(block) as unknown as Record<string, unknown>[];
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
      chart.update();
      canvas.dataset.drawn = String(chart.data.datasets[0]!.data.length);
      canvas.dataset.level = String(block);
    },
    highlight(block) {
      const index = block === null ? -1 : indexOf(block);
      const active = index < 0 ? [] : [{ datasetIndex: 0, index }];
      chart.setActiveElements(active);
      const el = index < 0 ? undefined : chart.getDatasetMeta(0).data[index];
      chart.tooltip?.setActiveElements(active, el ? el.tooltipPosition(true) : { x: 0, y: 0 });
      chart.update();
    },
  };
}
