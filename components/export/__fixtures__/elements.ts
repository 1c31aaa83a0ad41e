/**
 * Test elements built the way the app builds them (toElements over a graph), from the real seed
 * data plus one node and stance full of characters that XML and CSV must escape.
 */
import { toElements, type Elements } from '@/graph/model/elements';
import type { Graph } from '@/graph/model/graphJson';
import { readDataset } from '@/graph/import/readDataset';

export const HOSTILE_TEXT = 'Tom & "Jerry" <b>\'quoted\'</b>, a comma;\r\nnew line\u0001 and ünïcödé “curly”';

export function seedElements(): Elements {
  const data = readDataset();
  const elementId = new Map<string, string>();
  const nodes: Graph['nodes'] = [];
  for (const [i, actor] of data.actors.entries()) {
    elementId.set(actor.id, `4:test:${i}`);
    nodes.push({ elementId: `4:test:${i}`, labels: ['Actor'], properties: { id: actor.id, name: actor.name, kind: actor.kind, aliases: actor.aliases, ...(actor.description ? { description: actor.description } : {}) } });
  }
  for (const [i, topic] of data.topics.entries()) {
    elementId.set(topic.id, `4:test:t${i}`);
    nodes.push({ elementId: `4:test:t${i}`, labels: ['Topic'], properties: { id: topic.id, name: topic.name } });
  }
  nodes.push({ elementId: '4:test:hostile', labels: ['Actor'], properties: { id: 'hostile', name: HOSTILE_TEXT, kind: 'group' } });
  const relationships: Graph['relationships'] = data.stances.map((s, i) => ({
    elementId: `5:test:${i}`,
    type: s.kind,
    startNodeElementId: elementId.get(s.from) ?? '',
    endNodeElementId: elementId.get(s.to) ?? '',
    properties: { polarity: s.polarity, date: s.date, certainty: s.certainty, quotes: s.evidence.map((e) => e.quote ?? ''), sourceIds: s.evidence.map((e) => e.source) },
  }));
  const first = nodes[0]!.elementId;
  relationships.push({
    elementId: '5:test:hostile',
    type: 'ACCUSES',
    startNodeElementId: '4:test:hostile',
    endNodeElementId: first,
    properties: { polarity: -1, date: '2019-02-01', certainty: 'alleged', quotes: [HOSTILE_TEXT], sourceIds: [data.sources[0]!.id] },
  });
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const elements = toElements({ nodes, relationships }, sources);
  return { ...elements, nodes: elements.nodes.map((n, i) => ({ ...n, position: { x: (i % 10) * 97.5, y: 10 - Math.floor(i / 10) * 61.25 } })) };
}
