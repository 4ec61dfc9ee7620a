// Chart.js, tree-shaken to the parts the portal uses. Bar lengths are the only place a number
// becomes a float; tooltips show the exact amounts from the spec.
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip, type ChartConfiguration } from 'chart.js';
import { PALETTE } from '../lib/charts/palette.ts';
import { shortenLabel } from '../lib/charts/label.ts';
import type { ChartSpec } from '../lib/charts/specs.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip, Legend);
Chart.defaults.font.family = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
Chart.defaults.animation = false;

function configOf(spec: ChartSpec, width: number): ChartConfiguration {
  // Tooltips read "基本支出：232.61 万元" on Chinese pages, "Basic expenditure: 232.61 10k yuan" on English ones.
  const colon = spec.lang === 'en' ? ': ' : '：';
  const unit = spec.unitLabel ?? spec.unit;
  const tooltip = {
    callbacks: {
      label: (item: { datasetIndex: number; dataIndex: number }) => `${spec.series[item.datasetIndex]!.label}${colon}${spec.series[item.datasetIndex]!.values[item.dataIndex]} ${unit}`,
    },
  };
  if (spec.kind === 'doughnut') {
    return {
      type: 'doughnut',
      data: { labels: spec.labels, datasets: spec.series.map((s) => ({ label: s.label, data: s.values.map(Number), backgroundColor: PALETTE.slice(0, s.values.length) })) },
      options: { maintainAspectRatio: false, plugins: { tooltip: { callbacks: { label: (item) => `${spec.labels[item.dataIndex]}${colon}${spec.series[item.datasetIndex]!.values[item.dataIndex]} ${unit}` } }, legend: { position: 'bottom' } } },
    };
  }
  const valueAxis = { stacked: spec.stacked, beginAtZero: true, title: { display: true, text: unit } };
  // Long names on the label axis of a horizontal chart get at most about half the width.
  const maxLabel = Math.max(6, Math.floor(width / 2 / 13));
  const labelAxis = {
    stacked: spec.stacked,
    ticks: { autoSkip: false, ...(spec.horizontal && { callback: (_value: string | number, index: number) => shortenLabel(spec.labels[index] ?? '', maxLabel) }) },
  };
  return {
    type: 'bar',
    data: { labels: spec.labels, datasets: spec.series.map((s, i) => ({ label: s.label, data: s.values.map(Number), backgroundColor: PALETTE[i % PALETTE.length] })) },
    options: {
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      scales: spec.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      plugins: { tooltip, legend: { display: spec.series.length > 1, position: 'bottom' } },
    },
  };
}

export function draw(canvas: HTMLCanvasElement): void {
  const spec = JSON.parse(canvas.dataset.chart ?? '{}') as ChartSpec;
  const chart = new Chart(canvas, configOf(spec, canvas.parentElement?.clientWidth ?? canvas.clientWidth));
  canvas.dataset.drawn = String(chart.data.datasets.length);
}
