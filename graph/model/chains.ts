/**
 * Chains of stances between two actors, as plain data: a chain's sign ("the enemy of my enemy"
 * is +1) and chains grouped by length and sign, the way `/api/paths` answers them and the
 * explorer lists them. Pure, so the API and the UI group the same way.
 */
import type { ChainGroup, PathView } from '@/graph/views/viewTypes';

/** The sign of a chain: the product of its stances' polarities (a neutral step makes it 0). */
export function chainSign(polarities: readonly number[]): -1 | 0 | 1 {
  let sign = 1;
  for (const p of polarities) sign *= p === 1 ? 1 : p === -1 ? -1 : 0;
  return sign === 0 ? 0 : sign > 0 ? 1 : -1;
}

/** Signs in reading order within a length: aligning, opposing, then chains with a neutral step. */
const SIGN_ORDER: Record<-1 | 0 | 1, number> = { 1: 0, [-1]: 1, 0: 2 };

/** The chains of each length and sign, shortest first; within a group, chains keep the order given. */
export function groupChains<P extends Pick<PathView, 'length' | 'sign'>>(paths: readonly P[]): (ChainGroup & { paths: P[] })[] {
  const groups = new Map<string, ChainGroup & { paths: P[] }>();
  for (const path of paths) {
    const key = `${path.length}:${path.sign}`;
    const group = groups.get(key) ?? { length: path.length, sign: path.sign, count: 0, paths: [] };
    group.count += 1;
    group.paths.push(path);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.length - b.length || SIGN_ORDER[a.sign] - SIGN_ORDER[b.sign]);
}

/** What a group's chains do to the two ends, in words. */
export function signWords(sign: -1 | 0 | 1): string {
  return sign === 1 ? 'aligning them' : sign === -1 ? 'setting them against each other' : 'through a neutral tie';
}
