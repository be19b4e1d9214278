/**
 * A line chart as SVG, one line per series over shared buckets, each point titled with its value;
 * with the same numbers as a table (for screen readers and for copying) and CSV/JSON downloads.
 */
import { downloadButton } from './download-button.js';
import { el } from './dom-builder.js';
import { svgEl } from './svg-builder.js';
import { toCsv, toJson } from './table-export.js';

export interface Series { readonly name: string; readonly values: readonly number[]; readonly color?: string }

export const PALETTE = ['#0b5cad', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207'];

const W = 720;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

function plot(buckets: readonly string[], series: readonly Series[], label: string, height: number): SVGSVGElement {
  const H = height;
  const max = Math.max(0, ...series.flatMap((s) => s.values)) || 1;
  const x = (i: number) => PAD.left + (buckets.length <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (buckets.length - 1));
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const chart = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': label },
    svgEl('line', { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom, class: 'axis' }),
    svgEl('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: H - PAD.bottom, class: 'axis' }),
    svgEl('text', { x: PAD.left - 6, y: PAD.top + 4, 'text-anchor': 'end', class: 'tick' }, format(max)),
    svgEl('text', { x: PAD.left - 6, y: H - PAD.bottom, 'text-anchor': 'end', class: 'tick' }, '0'));
  const ticks = buckets.length <= 1 ? [0] : [0, Math.floor((buckets.length - 1) / 2), buckets.length - 1];
  for (const i of new Set(ticks)) chart.appendChild(svgEl('text', { x: x(i), y: H - 8, 'text-anchor': 'middle', class: 'tick' }, buckets[i] ?? ''));
  series.forEach((s, k) => {
    const color = s.color ?? PALETTE[k % PALETTE.length] ?? '#000';
    chart.appendChild(svgEl('polyline', { points: s.values.map((v, i) => `${x(i)},${y(v)}`).join(' '), fill: 'none', stroke: color, 'stroke-width': 2 }));
    s.values.forEach((v, i) => {
      if (v > 0) chart.appendChild(svgEl('circle', { cx: x(i), cy: y(v), r: 3.5, fill: color, class: 'point' }, svgEl('title', {}, `${s.name} · ${buckets[i]}: ${format(v)}`)));
    });
  });
  return chart;
}

/** The chart with its legend, its table and its downloads, as one figure. */
export function lineChart(id: string, caption: string, buckets: readonly string[], series: readonly Series[], height = 240): HTMLElement {
  const header = ['bucket', ...series.map((s) => s.name)];
  const rows = buckets.map((b, i) => [b, ...series.map((s) => s.values[i] ?? 0)]);
  const legend = el('ul', { class: 'legend' }, ...series.map((s, k) => el('li', {},
    svgEl('svg', { width: 14, height: 14, 'aria-hidden': 'true' }, svgEl('rect', { width: 14, height: 14, rx: 3, fill: s.color ?? PALETTE[k % PALETTE.length] })),
    ` ${s.name}`)));
  const table = el('table', { class: 'data-table' },
    el('caption', { class: 'visually-hidden' }, caption),
    el('thead', {}, el('tr', {}, ...header.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, typeof c === 'number' ? format(c) : c))))));
  return el('figure', { class: 'chart-figure', id },
    el('figcaption', {}, caption),
    buckets.length ? plot(buckets, series, caption, height) : el('p', { class: 'empty' }, 'Nothing dated to draw.'),
    legend,
    el('div', { class: 'downloads' },
      downloadButton('Download CSV', `${id}.csv`, 'text/csv', () => toCsv(header, rows)),
      downloadButton('Download JSON', `${id}.json`, 'application/json', () => toJson(header, rows))),
    el('details', {}, el('summary', {}, 'Data table'), el('div', { class: 'table-scroll' }, table)));
}
