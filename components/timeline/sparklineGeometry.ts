/**
 * The paths of the timeline's small charts, from maintained helpers: d3-scale maps dates and
 * values to pixels, d3-shape draws the lines (gaps where a value is missing, e.g. a balance with
 * no triangles). Pure, so the geometry is unit-tested without a browser.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';

export interface Series {
  name: string;
  values: readonly (number | null)[];
}

export interface ChartBox {
  width: number;
  height: number;
  /** Inner margin, so strokes and the marker are not clipped. */
  pad: number;
}

export const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

export interface Geometry {
  paths: string[];
  /** x of the marked date, or null when it is not set or outside the dates. */
  markerX: number | null;
}

/** Step lines (the value holds until the next change date) for each series over `dates`. */
export function sparklineGeometry(dates: readonly string[], series: readonly Series[], box: ChartBox, marked?: string, yDomain?: [number, number]): Geometry {
  if (dates.length === 0) return { paths: series.map(() => ''), markerX: null };
  const first = utcDay(dates[0]!);
  const last = utcDay(dates[dates.length - 1]!);
  const x = scaleUtc().domain([first, last.getTime() === first.getTime() ? new Date(first.getTime() + 86_400_000) : last]).range([box.pad, box.width - box.pad]);
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const y = scaleLinear()
    .domain(yDomain ?? [0, Math.max(1, ...all)])
    .range([box.height - box.pad, box.pad]);
  const paths = series.map((s) => {
    const points = dates.map((date, i) => ({ date: utcDay(date), value: s.values[i] ?? null }));
    return (
      line<{ date: Date; value: number | null }>()
        .defined((p) => p.value !== null)
        .x((p) => x(p.date))
        .y((p) => y(p.value ?? 0))(points) ?? ''
    );
  });
  const markerX = marked && marked >= dates[0]! && marked <= dates[dates.length - 1]! ? x(utcDay(marked)) : null;
  return { paths, markerX };
}

/** The value in force on `day`: the last point on or before it. */
export function valueOn<T>(dates: readonly string[], values: readonly T[], day: string): T | undefined {
  let found: T | undefined;
  for (let i = 0; i < dates.length && dates[i]! <= day; i++) found = values[i];
  return found;
}
