/**
 * Brokers and mediators relative to a partition into camps. A broker has positive ties into more
 * than one camp (its own counts when it has a positive tie there): it links camps that otherwise
 * oppose each other. A mediator's own neutral stances (MEDIATES, NEGOTIATES_WITH, COURTS, any
 * polarity 0) link camps: they reach two or more camps, or a camp other than its own.
 */
import type { Broker, Brokers } from '@/graph/analysis/analysisTypes';
import type { SignedNetwork } from '@/graph/analysis/compute/signedNetwork';

function asBroker(actor: string, byCamp: Map<number, string[]>): Broker {
  return { actor, camps: [...byCamp.entries()].sort((x, y) => x[0] - y[0]).map(([camp, stanceIds]) => ({ camp, stanceIds: [...new Set(stanceIds)].sort() })) };
}

export function brokersAndMediators(net: SignedNetwork, part: Int32Array, limit = Infinity): Brokers {
  const brokers: Broker[] = [];
  net.actors.forEach((actor, v) => {
    const byCamp = new Map<number, string[]>();
    for (let p = net.offsets[v]!; p < net.offsets[v + 1]!; p++) {
      if (net.sign[p]! < 0) continue;
      const camp = part[net.neighbour[p]!]!;
      byCamp.set(camp, [...(byCamp.get(camp) ?? []), ...net.ties[net.tie[p]!]!.stanceIds]);
    }
    if (byCamp.size > 1) brokers.push(asBroker(actor, byCamp));
  });

  const campOf = (id: string) => {
    const v = net.index.get(id);
    return v === undefined ? undefined : part[v];
  };
  // A mediator reaches out: only the neutral stances it takes count, not those taken towards it.
  const neutralByActor = new Map<string, Map<number, string[]>>();
  for (const stance of net.neutral) {
    const camp = campOf(stance.to);
    if (camp === undefined) continue;
    const byCamp = neutralByActor.get(stance.from) ?? new Map<number, string[]>();
    byCamp.set(camp, [...(byCamp.get(camp) ?? []), stance.id]);
    neutralByActor.set(stance.from, byCamp);
  }
  const mediators: Broker[] = [];
  for (const [actor, byCamp] of [...neutralByActor.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const own = campOf(actor);
    const camps = new Set(byCamp.keys());
    if (own !== undefined) camps.add(own);
    if (camps.size > 1) mediators.push(asBroker(actor, byCamp));
  }
  // Strongest first: reaching most camps, then with most stances behind it; then by id.
  const stances = (b: Broker) => b.camps.reduce((sum, c) => sum + c.stanceIds.length, 0);
  const strongest = (x: Broker, y: Broker) => y.camps.length - x.camps.length || stances(y) - stances(x) || (x.actor < y.actor ? -1 : 1);
  return {
    brokers: brokers.sort(strongest).slice(0, limit),
    mediators: mediators.sort(strongest).slice(0, limit),
    truncated: brokers.length > limit || mediators.length > limit,
  };
}
