/**
 * `/api/analysis/timeline`: how the signed network moved over its dates. The stances in view are
 * read once (graph/analysis/stancesInView.ts); `timelineSeries` then computes, on plain arrays, for each
 * date the stances in force change (capped at `steps` evenly chosen dates), the stances in force,
 * the triangle balance and the sizes of the two camps. Camps are aligned date to date as the diff
 * aligns them (partition.ts alignCamps, with the earlier camps preferred among equally good
 * splits), so "camp 0" stays the same side across the whole series.
 */
import type { AnalysisStance, TimelinePoint, TimelineQuery, TimelineResponse, TieRule } from '@/graph/analysis/analysisTypes';
import { readStancesInView } from '@/graph/analysis/stancesInView';
import { buildSignedNetwork } from '@/graph/analysis/compute/signedNetwork';
import { triangleBalance } from '@/graph/analysis/compute/triangles';
import { campPartition } from '@/graph/analysis/compute/camps';
import { alignCamps, partitionRecord } from '@/graph/analysis/compute/partition';
import { inForce } from '@/graph/analysis/compute/diff';

const DAY_MS = 86_400_000;

/** The ISO day after `day` (calendar arithmetic in UTC, so no time zone shifts it). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/**
 * Every date on which the stances in force change: each start date, and the day after each end
 * date (a stance is in force through its `until`), within the data's range; ascending.
 */
export function changeDates(stances: readonly Pick<AnalysisStance, 'date' | 'until'>[]): { range: TimelineResponse['range']; dates: string[] } {
  if (stances.length === 0) return { range: null, dates: [] };
  let min = stances[0]!.date;
  let max = min;
  for (const s of stances) {
    if (s.date < min) min = s.date;
    if (s.date > max) max = s.date;
    if (s.until !== undefined && s.until > max) max = s.until;
  }
  const dates = new Set<string>();
  for (const s of stances) {
    dates.add(s.date);
    if (s.until !== undefined) {
      const after = nextDay(s.until);
      if (after <= max) dates.add(after);
    }
  }
  return { range: { min, max }, dates: [...dates].sort() };
}

/** `count` items of `list` evenly spread, the first and the last always among them. */
export function evenly<T>(list: readonly T[], count: number): T[] {
  if (list.length <= count) return [...list];
  if (count < 2) return list.slice(0, Math.max(0, count));
  const picked = new Set<number>();
  for (let i = 0; i < count; i++) picked.add(Math.round((i * (list.length - 1)) / (count - 1)));
  return [...picked].sort((a, b) => a - b).map((i) => list[i]!);
}

/**
 * Two camps numbered 0 and 1 after `known` (each actor's last camp): aligned by overlap, and a camp
 * that overlaps nothing known takes the number left free, so the series never grows a third camp.
 */
function alignTwo(known: Readonly<Record<string, number>>, current: Record<string, number>): Record<string, number> {
  const aligned = alignCamps(known, current);
  const used = new Set(Object.values(aligned).filter((c) => c < 2));
  const free = [0, 1].filter((c) => !used.has(c));
  const renumber = new Map<number, number>();
  for (const camp of [...new Set(Object.values(aligned))].sort((a, b) => a - b)) {
    if (camp < 2) renumber.set(camp, camp);
    else renumber.set(camp, free.shift() ?? 1);
  }
  for (const actor of Object.keys(aligned)) aligned[actor] = renumber.get(aligned[actor]!)!;
  return aligned;
}

export interface SeriesOptions {
  steps?: number;
  rule?: TieRule;
}

/** The timeline of a set of stances: pure, on plain arrays. */
export function timelineSeries(stances: readonly AnalysisStance[], options: SeriesOptions = {}): TimelineResponse {
  const { steps = 200, rule = 'sum' } = options;
  const { range, dates } = changeDates(stances);
  const chosen = evenly(dates, steps);
  const known: Record<string, number> = {};
  const points: TimelinePoint[] = chosen.map((date) => {
    const now = stances.filter((s) => inForce(s, date));
    const net = buildSignedNetwork(now, rule);
    const tri = triangleBalance(net, 0);
    const prefer = Int32Array.from(net.actors, (id) => known[id] ?? 0);
    const camps = alignTwo(known, partitionRecord(net, campPartition(net, 2, 0.5, prefer)));
    const sizes: [number, number] = [0, 0];
    for (const [actor, camp] of Object.entries(camps)) {
      known[actor] = camp;
      sizes[camp === 0 ? 0 : 1]++;
    }
    return { date, stances: now.length, ties: net.ties.length, triangles: tri.triangles, balanced: tri.balanced, ratio: tri.ratio, camps: sizes };
  });
  return { range, changes: dates.length, truncated: chosen.length < dates.length, points };
}

export async function timelineView(query: TimelineQuery): Promise<TimelineResponse> {
  const { steps, rule, ...filters } = query;
  const { stances } = await readStancesInView(filters);
  return timelineSeries(stances, { steps, rule });
}
