/** Per-actor figures: signed degree in the actor network, camp, and misfit ties carried. */
import type { ActorFigures, AnalysisActor } from '@/graph/analysis/analysisTypes';
import type { SignedNetwork } from '@/graph/analysis/compute/signedNetwork';

/** `actors`: every actor in view (those without signed ties get zeros and no camp). */
export function actorFigures(net: SignedNetwork, actors: readonly AnalysisActor[], part: Int32Array | null, misfits: readonly number[]): ActorFigures[] {
  const misfitCount = new Int32Array(net.actors.length);
  for (const t of misfits) {
    misfitCount[net.tieA[t]!]!++;
    misfitCount[net.tieB[t]!]!++;
  }
  return [...actors]
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .map((actor) => {
      const v = net.index.get(actor.id);
      let positive = 0;
      let negative = 0;
      if (v !== undefined) {
        for (let p = net.offsets[v]!; p < net.offsets[v + 1]!; p++) {
          if (net.sign[p]! > 0) positive++;
          else negative++;
        }
      }
      return {
        ...actor,
        positive,
        negative,
        camp: v === undefined || !part ? null : part[v]!,
        misfits: v === undefined ? 0 : misfitCount[v]!,
      };
    });
}
