/** bench/chart.svg: throughput, latency and list-page time of the mock against the number of stored integrations. */
import type { ScaleRow } from '../phases/scale.js';

interface Series {
  readonly label: string;
  readonly color: string;
  readonly values: readonly number[];
}

const WIDTH = 420;
const HEIGHT = 260;
const MARGIN = { left: 60, right: 20, top: 30, bottom: 45 };

export function renderChart(rows: readonly ScaleRow[]): string {
  const sizes = rows.map((r) => r.integrations);
  const throughput = panel('Requests per second (10 connections)', sizes, [
    { label: 'PATCH', color: '#1f77b4', values: rows.map((r) => r.patchRps) },
    { label: 'GET', color: '#2ca02c', values: rows.map((r) => r.getRps) },
  ]);
  const latency = panel('Latency under load, ms', sizes, [
    { label: 'PATCH p50', color: '#1f77b4', values: rows.map((r) => r.patchP50Ms) },
    { label: 'PATCH p99', color: '#9ecae1', values: rows.map((r) => r.patchP99Ms) },
    { label: 'GET p50', color: '#2ca02c', values: rows.map((r) => r.getP50Ms) },
    { label: 'GET p99', color: '#98df8a', values: rows.map((r) => r.getP99Ms) },
  ]);
  const lists = panel('List page (limit 50), ms', sizes, [
    { label: 'first page', color: '#d62728', values: rows.map((r) => r.listPageMs) },
    { label: 'name filter', color: '#ff9896', values: rows.map((r) => r.filteredListPageMs) },
  ]);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * 3}" height="${HEIGHT}" font-family="sans-serif" font-size="11">`,
    '<rect width="100%" height="100%" fill="white"/>',
    `<g>${throughput}</g>`,
    `<g transform="translate(${WIDTH},0)">${latency}</g>`,
    `<g transform="translate(${WIDTH * 2},0)">${lists}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

/** One line chart; x is the store size on a log scale, y starts at zero. */
function panel(title: string, sizes: readonly number[], series: readonly Series[]): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const logs = sizes.map((s) => Math.log10(s));
  const [minX, maxX] = [Math.min(...logs), Math.max(...logs)];
  const maxY = niceCeiling(Math.max(...series.flatMap((s) => s.values), 1));
  const x = (size: number) =>
    MARGIN.left + (maxX === minX ? plotW / 2 : ((Math.log10(size) - minX) / (maxX - minX)) * plotW);
  const y = (value: number) => MARGIN.top + plotH - (value / maxY) * plotH;
  const parts = [
    `<text x="${WIDTH / 2}" y="16" text-anchor="middle" font-size="13">${title}</text>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top + plotH}" x2="${MARGIN.left + plotW}" y2="${MARGIN.top + plotH}" stroke="#333"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${MARGIN.top + plotH}" stroke="#333"/>`,
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 8}" text-anchor="middle">integrations stored (log scale)</text>`,
  ];
  for (const size of sizes) {
    parts.push(
      `<text x="${x(size)}" y="${MARGIN.top + plotH + 14}" text-anchor="middle">${size.toLocaleString('en-US')}</text>`,
    );
  }
  for (let i = 0; i <= 4; i++) {
    const value = (maxY / 4) * i;
    parts.push(`<text x="${MARGIN.left - 6}" y="${y(value) + 4}" text-anchor="end">${formatTick(value)}</text>`);
    parts.push(
      `<line x1="${MARGIN.left}" y1="${y(value)}" x2="${MARGIN.left + plotW}" y2="${y(value)}" stroke="#eee"/>`,
    );
  }
  series.forEach((s, index) => {
    const points = s.values.map((v, i) => `${x(sizes[i]!).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points}"/>`);
    s.values.forEach((v, i) => {
      parts.push(`<circle cx="${x(sizes[i]!).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.color}"/>`);
    });
    const legendY = MARGIN.top + 4 + index * 14;
    parts.push(`<rect x="${MARGIN.left + plotW - 90}" y="${legendY - 8}" width="10" height="10" fill="${s.color}"/>`);
    parts.push(`<text x="${MARGIN.left + plotW - 76}" y="${legendY + 1}">${s.label}</text>`);
  });
  return parts.join('\n');
}

function niceCeiling(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5].map((m) => m * magnitude).find((c) => c >= value) ?? 10 * magnitude;
}

function formatTick(value: number): string {
  return value >= 1000
    ? `${(value / 1000).toFixed(value % 1000 === 0 ? 0 : 1)}k`
    : String(Math.round(value * 100) / 100);
}
