/**
 * A small chart of one or more series over the timeline's dates, the current date marked; the
 * geometry is sparklineGeometry's (d3-scale + d3-shape). The SVG is an image with a label and
 * the figures are also in words beside it, for screen readers.
 */
import { sparklineGeometry, valueOn, type Series } from '@/components/timeline/sparklineGeometry';
import styles from '@/components/timeline/timeline.module.css';

const BOX = { width: 180, height: 44, pad: 3 };
const COLOURS = ['#1a5fb4', '#c64600', '#2a7b3f'];

export interface SparklineProps {
  title: string;
  dates: readonly string[];
  series: readonly Series[];
  /** The date shown on the map, marked on the chart. */
  at?: string | undefined;
  yDomain?: [number, number];
  format?: (value: number) => string;
  testId?: string;
}

export function Sparkline({ title, dates, series, at, yDomain, format = String, testId }: SparklineProps) {
  const { paths, markerX } = sparklineGeometry(dates, series, BOX, at, yDomain);
  const first = dates[0];
  const last = dates[dates.length - 1];
  const say = (value: number | null | undefined) => (value === null || value === undefined ? 'none' : format(value));
  const words = series
    .map((s) => {
      const span = `${s.name}: ${say(s.values[0])} on ${first} to ${say(s.values[s.values.length - 1])} on ${last}`;
      return at ? `${span}; ${say(valueOn(dates, s.values, at))} on ${at}` : span;
    })
    .join('. ');
  return (
    <figure className={styles.chart} data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={`${title}. ${words}.`}>
        <rect x={0} y={0} width={BOX.width} height={BOX.height} fill="#f6f6f4" />
        {paths.map((d, i) => (
          <path key={series[i]?.name ?? i} d={d} fill="none" stroke={COLOURS[i % COLOURS.length]} strokeWidth={1.5} />
        ))}
        {markerX !== null && <line x1={markerX} x2={markerX} y1={0} y2={BOX.height} stroke="#222" strokeDasharray="2 2" data-testid="chart-marker" />}
      </svg>
      {series.length > 1 && (
        <span aria-hidden="true" className={styles.muted}>
          {series.map((s, i) => (
            <span key={s.name} style={{ color: COLOURS[i % COLOURS.length], marginRight: 8 }}>
              ■ {s.name}
            </span>
          ))}
        </span>
      )}
    </figure>
  );
}
