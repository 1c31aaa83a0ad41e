/**
 * Networks for the analysis tests: small hand-made ones whose answers are obvious, and the
 * highland tribes of Read (1954), the standard test case of signed-network analysis.
 * The tribes CSV is read from ../shared/datasets (beside the repository) or, when that is
 * absent, from the copy in tests/fixtures (source: K. E. Read, "Cultures of the Central
 * Highlands, New Guinea", Southwestern Journal of Anthropology 10(1), 1954; file as in the R
 * package signnet's `tribes` data).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { AnalysisActor, AnalysisStance } from '@/graph/analysis/analysisTypes';

const root = path.resolve(__dirname, '..', '..', '..');

/** Stances from `[from, to, polarity]` triples (ids `s0`, `s1`, ...; all on one date). */
export function stancesOf(edges: readonly [string, string, -1 | 0 | 1][], date = '2019-01-01'): AnalysisStance[] {
  return edges.map(([from, to, polarity], i) => ({
    id: `s${i}`,
    from,
    to,
    toTopic: false,
    kind: polarity > 0 ? 'ALLIED_WITH' : polarity < 0 ? 'OPPOSES' : 'MEDIATES',
    polarity,
    date,
  }));
}

export function actorsOf(stances: readonly AnalysisStance[]): AnalysisActor[] {
  const ids = [...new Set(stances.flatMap((s) => (s.toTopic ? [s.from] : [s.from, s.to])))].sort();
  return ids.map((id) => ({ id, name: id.toUpperCase(), kind: 'group' }));
}

/** Two camps {a1..a3} and {b1..b3}: friends inside, enemies across, complete. */
export const TWO_CAMPS = stancesOf([
  ['a1', 'a2', 1], ['a1', 'a3', 1], ['a2', 'a3', 1],
  ['b1', 'b2', 1], ['b1', 'b3', 1], ['b2', 'b3', 1],
  ['a1', 'b1', -1], ['a1', 'b2', -1], ['a1', 'b3', -1],
  ['a2', 'b1', -1], ['a2', 'b2', -1], ['a2', 'b3', -1],
  ['a3', 'b1', -1], ['a3', 'b2', -1], ['a3', 'b3', -1],
]);

/** Three mutual enemies: "the enemy of my enemy is my enemy". */
export const UNBALANCED_TRIANGLE = stancesOf([['x', 'y', -1], ['y', 'z', -1], ['x', 'z', -1]]);

/** Four friends, all tied positively. */
export const ONE_CAMP = stancesOf([['p', 'q', 1], ['p', 'r', 1], ['p', 's', 1], ['q', 'r', 1], ['q', 's', 1], ['r', 's', 1]]);

export interface TribeTie {
  from: string;
  to: string;
  sign: 1 | -1;
}

export function tribesFile(): string {
  const shared = path.resolve(root, '..', 'shared', 'datasets', 'highland-tribes.csv');
  return fs.existsSync(shared) ? shared : TRIBES_FIXTURE;
}

/** The 58 ties of the Gahuku–Gama tribes, as written in the CSV (names as given). */
export const TRIBES_FIXTURE = path.join(root, 'tests', 'fixtures', 'highland-tribes.csv');

export function readTribes(file = tribesFile()): TribeTie[] {
  const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((row) => ({ from: String(row.from), to: String(row.to), sign: Number(row.sign) > 0 ? 1 : -1 }));
}

/** The tribes as stances between lower-case slugs (ALLIED_WITH +1, OPPOSES -1). */
export function tribesStances(): AnalysisStance[] {
  return stancesOf(readTribes().map((t) => [t.from.toLowerCase(), t.to.toLowerCase(), t.sign] as [string, string, -1 | 1]));
}
