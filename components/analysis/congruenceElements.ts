/**
 * The congruence and conflict networks (as Discourse Network Analyzer computes them from
 * actor→topic statements) as cytoscape elements, so the explorer can draw them as their own view:
 * actors joined by an edge when they take the same side (congruence, drawn as backing) or
 * opposite sides (conflict, drawn as opposing) on the same topics; the edge names the topics and
 * its weight is how many there are.
 */
import type { AnalysisResponse, TopicTie } from '@/graph/analysis/analysisTypes';
import type { Elements } from '@/graph/model/elements';

export type TopicNetwork = 'congruence' | 'conflict';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Node ids are the actor ids, prefixed so they never clash with Neo4j elementIds. */
export const actorNodeId = (actorId: string) => `actor:${actorId}`;

export function congruenceElements(data: AnalysisResponse, which: TopicNetwork, topicName: (id: string) => string): Elements {
  const ties: TopicTie[] = data.congruence?.[which] ?? [];
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const used = new Set(ties.flatMap((t) => [t.a, t.b]));
  const nodes: Elements['nodes'] = [...used].sort().map((id) => {
    const actor = actors.get(id);
    return { data: { id: actorNodeId(id), key: id, label: actor?.name ?? id, labels: ['Actor'], kind: actor?.kind ?? 'organisation', backers: 0, opponents: 0, properties: { id } } };
  });
  const verb = which === 'congruence' ? 'agrees with' : 'disagrees with';
  const edges: Elements['edges'] = ties.map((tie) => {
    const topics = tie.topics.map(topicName);
    return {
      data: {
        id: `${which}:${tie.a}:${tie.b}`,
        source: actorNodeId(tie.a),
        target: actorNodeId(tie.b),
        type: which === 'congruence' ? 'CONGRUENT_WITH' : 'IN_CONFLICT_WITH',
        label: `${verb} (${plural(tie.weight, 'topic')})`,
        polarity: which === 'congruence' ? 1 : -1,
        evidence: [],
        evidenceCount: 0,
        sourceCount: 0,
        properties: { weight: tie.weight, topics, stanceIds: tie.stanceIds },
      },
    };
  });
  // Degree within this network, so node sizes say how many others an actor agrees (or disagrees) with.
  for (const node of nodes) {
    const degree = edges.filter((e) => e.data.source === node.data.id || e.data.target === node.data.id).length;
    if (which === 'congruence') node.data.backers = degree;
    else node.data.opponents = degree;
  }
  return { nodes, edges };
}
