// One chart drawn as plain SVG: bars (stacked when the series are parts of a whole, side by side
// otherwise) or lines, a y axis of round numbers, x labels thinned to fit, a legend. Each series is
// a <g data-series="name"> holding its marks, and every mark has a <title> with its value.
import { useEffect, useRef, useState } from 'react';
import type { Chart } from './series.ts';

export type ChartKind = 'bars' | 'lines';

const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];
export const colour = (index: number) => PALETTE[index % PALETTE.length];

const HEIGHT = 300;
const MARGIN = { top: 12, right: 16, bottom: 64, left: 72 };

/** Round tick values covering min..max (min ≤ 0 ≤ max); whole steps for whole numbers. */
export function ticks(min: number, max: number, whole = false, count = 5): number[] {
  if (max === min) return [min, min + 1];
  const raw = Math.max((max - min) / count, whole ? 1 : 0);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let t = Math.floor(min / step) * step; t <= Math.ceil(max / step) * step + step / 2; t += step)
    out.push(Number(t.toPrecision(12)));
  return out;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const full = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(480);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(240, Math.floor(entry.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function SvgChart({
  chart,
  labels,
  kind,
  axisTitle,
}: {
  chart: Chart;
  labels: string[];
  kind: ChartKind;
  axisTitle: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const { series, stacked } = chart;
  const n = labels.length;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const bars = kind === 'bars';
  const stack = bars && stacked;

  // Where each mark starts and ends: stacked bars pile positives up and negatives down.
  const spans = series.map(() => labels.map(() => [0, 0] as [number, number]));
  for (let x = 0; x < n; x++) {
    let up = 0;
    let down = 0;
    series.forEach((s, i) => {
      const v = s.values[x] ?? 0;
      if (!stack) spans[i][x] = [0, v];
      else if (v >= 0) {
        spans[i][x] = [up, up + v];
        up += v;
      } else {
        spans[i][x] = [down, down + v];
        down += v;
      }
    });
  }
  const all = spans.flat(2);
  const yTicks = ticks(Math.min(0, ...all), Math.max(0, ...all), all.every(Number.isInteger));
  const y0 = yTicks[0];
  const y1 = yTicks[yTicks.length - 1];
  const y = (v: number) => MARGIN.top + plotH - ((v - y0) / (y1 - y0)) * plotH;
  const band = plotW / Math.max(n, 1);
  const cx = (x: number) => MARGIN.left + band * (x + 0.5);
  const every = Math.max(1, Math.ceil((n * 64) / plotW));
  const inner = bars ? band * 0.8 : 0;
  const barW = stack || series.length === 0 ? inner : inner / series.length;

  return (
    <figure className="wb-chart" ref={ref}>
      <figcaption>{chart.title}</figcaption>
      <svg
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={`${chart.title}: ${series.map((s) => s.name).join(', ')}`}
        data-kind={kind}
      >
        <g className="wb-axis">
          {yTicks.map((t) => (
            <g key={t}>
              <line
                x1={MARGIN.left}
                x2={width - MARGIN.right}
                y1={y(t)}
                y2={y(t)}
                className={t === 0 ? 'wb-zero' : 'wb-grid'}
              />
              <text x={MARGIN.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                {compact.format(t)}
              </text>
            </g>
          ))}
          {labels.map((label, x) =>
            x % every ? null : (
              // biome-ignore lint/suspicious/noArrayIndexKey: a label's place on the axis is its identity (labels may repeat)
              <text key={label + x} x={cx(x)} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
                {label}
              </text>
            ),
          )}
          <text className="wb-axis-title" x={MARGIN.left + plotW / 2} y={HEIGHT - 12} textAnchor="middle">
            {axisTitle}
          </text>
        </g>
        {series.map((s, i) => (
          <g key={s.name} data-series={s.name} fill={colour(i)} stroke={colour(i)}>
            {bars
              ? labels.map((label, x) => {
                  const [from, to] = spans[i][x];
                  const left = cx(x) - inner / 2 + (stack ? 0 : i * barW);
                  return (
                    <rect
                      // biome-ignore lint/suspicious/noArrayIndexKey: a bar's place on the axis is its identity (labels may repeat)
                      key={label + x}
                      x={left}
                      width={Math.max(barW - 1, 1)}
                      y={Math.min(y(from), y(to))}
                      height={Math.abs(y(from) - y(to))}
                      stroke="none"
                    >
                      <title>{`${label} · ${s.name}: ${full.format(s.values[x] ?? 0)}`}</title>
                    </rect>
                  );
                })
              : [
                  <path
                    key="line"
                    fill="none"
                    strokeWidth={2}
                    d={labels.map((_, x) => `${x ? 'L' : 'M'}${cx(x)},${y(s.values[x] ?? 0)}`).join(' ')}
                  />,
                  ...labels.map((label, x) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a point's place on the axis is its identity (labels may repeat)
                    <circle key={label + x} cx={cx(x)} cy={y(s.values[x] ?? 0)} r={3}>
                      <title>{`${label} · ${s.name}: ${full.format(s.values[x] ?? 0)}`}</title>
                    </circle>
                  )),
                ]}
          </g>
        ))}
      </svg>
      <ul className="wb-legend">
        {series.map((s, i) => (
          <li key={s.name}>
            <span style={{ background: colour(i) }} />
            {s.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
