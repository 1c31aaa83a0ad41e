import neo4j from 'neo4j-driver';
import cytoscape from 'cytoscape';
import { recordsToGraph, withNodes } from '@/graph/db/boltMappings';
import { caption, Elements, EvidenceItem, evidenceItems, FrozenEdgeData, toElements, typeLabel } from '@/graph/model/elements';

const { Node, Relationship, Record: Neo4jRecord, Path, PathSegment } = neo4j.types;
const int = neo4j.int;

const russia = new Node(int(1), ['Actor', 'State'], { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow', 'Kremlin'] }, 'e:1');
const maduro = new Node(int(2), ['Actor', 'Person'], { id: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'person', description: 'President' }, 'e:2');
const guaido = new Node(int(3), ['Actor', 'Person'], { id: 'juan-guaido', name: 'Juan Guaidó', kind: 'person' }, 'e:3');
const station = new Node(int(4), ['Station'], { title: 'Central' }, 'e:4');

const backs = new Relationship(int(10), int(1), int(2), 'SUPPORTS', {
  id: 'russia--supports--nicolas-maduro',
  polarity: int(1),
  certainty: 'reported',
  date: new neo4j.types.Date(2019, 1, 30),
  quotes: ['Russia and China continue to back Mr Maduro', 'Mr Maduro has the backing of Russia, China, and Turkey.'],
  sourceIds: ['bbc', 'unknown-source'],
}, 'r:10', 'e:1', 'e:2');
const opposes = new Relationship(int(11), int(3), int(2), 'OPPOSES', { polarity: int(-1), certainty: 'alleged' }, 'r:11', 'e:3', 'e:2');

function graphOf(...values: unknown[]) {
  const record = new Neo4jRecord(values.map((_, i) => `v${i}`), values);
  return recordsToGraph([record]).graph;
}

describe('graph/model/elements', () => {
  const sources = new Map([['bbc', { title: 'Venezuela opposition speaking to army', publisher: 'BBC News', date: '2019-01-30' }]]);

  it('turns actors and stances into cytoscape data keyed by elementId', () => {
    const elements = toElements(graphOf(russia, maduro, backs), sources);
    expect(elements.nodes.map((n) => n.data.id)).toEqual(['e:1', 'e:2']);
    expect(elements.nodes[0]?.data).toMatchObject({ key: 'russia', label: 'Russia', kind: 'state', aliases: ['Moscow', 'Kremlin'] });
    expect(elements.edges[0]?.data).toMatchObject({ id: 'r:10', source: 'e:1', target: 'e:2', type: 'SUPPORTS', label: 'supports', polarity: 1, certainty: 'reported', date: '2019-01-30' });
  });

  it('resolves each quote against its source, and keeps quotes whose source is unknown', () => {
    const evidence = toElements(graphOf(russia, maduro, backs), sources).edges[0]?.data.evidence;
    expect(evidence).toEqual([
      { quote: 'Russia and China continue to back Mr Maduro', sourceId: 'bbc', source: { title: 'Venezuela opposition speaking to army', publisher: 'BBC News', date: '2019-01-30' } },
      { quote: 'Mr Maduro has the backing of Russia, China, and Turkey.', sourceId: 'unknown-source' },
    ]);
  });

  it('without sources, carries the counts of the evidence and not the evidence (evidence on demand)', () => {
    const stance = new Relationship(int(12), int(1), int(2), 'SUPPORTS', {
      polarity: int(1), dataset: 'venezuela', quotes: ['a', 'b', 'c'], sourceIds: ['bbc', 'bbc', 'reuters'], quoteStarts: [int(0), int(-1), int(4)], quoteEnds: [int(1), int(-1), int(5)], eventIds: ['', '', ''], version: int(2),
    }, 'r:12', 'e:1', 'e:2');
    const data = toElements(graphOf(russia, maduro, stance)).edges[0]?.data;
    expect(data).toMatchObject({ evidenceCount: 3, sourceCount: 2, dataset: 'venezuela' });
    expect(data?.evidence).toBeUndefined();
    // The stored lists leave the properties, and so do values the edge carries by name: no quote, nothing twice.
    expect(data?.properties).toEqual({ version: 2 });
    expect(JSON.stringify(data)).not.toContain('"a"');
    // With sources, the same stance carries them all, and the counts agree.
    const whole = toElements(graphOf(russia, maduro, stance), sources).edges[0]?.data;
    expect(whole?.evidence?.map((e) => e.quote)).toEqual(['a', 'b', 'c']);
    expect(whole?.evidenceCount).toBe(whole?.evidence?.length);
  });

  it('derives a frozen edge\'s counts from its inline evidence when they are absent, and keeps given ones', () => {
    const base = { id: 'r:1', source: 'a', target: 'b', type: 'SUPPORTS', label: 'supports', polarity: 1, properties: {} };
    const evidence = [{ quote: 'q', sourceId: 'a' }, { quote: 'r', sourceId: 'a' }, { quote: 's', sourceId: 'b' }];
    expect(FrozenEdgeData.parse({ ...base, evidence })).toMatchObject({ evidenceCount: 3, sourceCount: 2 });
    expect(FrozenEdgeData.parse({ ...base, evidence, evidenceCount: 7, sourceCount: 4 })).toMatchObject({ evidenceCount: 7, sourceCount: 4 });
    expect(FrozenEdgeData.parse(base)).toMatchObject({ evidenceCount: 0, sourceCount: 0 });
    expect(FrozenEdgeData.safeParse({ ...base, evidenceCount: -1 }).success).toBe(false);
  });

  it('counts backers and opponents of each node within the view', () => {
    const nodes = toElements(graphOf(russia, maduro, guaido, backs, opposes)).nodes;
    const maduroData = nodes.find((n) => n.data.key === 'nicolas-maduro')?.data;
    expect(maduroData).toMatchObject({ backers: 1, opponents: 1 });
    expect(nodes.find((n) => n.data.key === 'russia')?.data).toMatchObject({ backers: 0, opponents: 0 });
  });

  it('draws data of any shape: other labels, no polarity, captions from title', () => {
    const route = new Relationship(int(20), int(4), int(1), 'ROUTE_TO', { minutes: int(12) }, 'r:20', 'e:4', 'e:1');
    const path = new Path(station, russia, [new PathSegment(station, route, russia)]);
    const elements = toElements(graphOf(path));
    expect(elements.nodes.map((n) => n.data.label)).toEqual(['Central', 'Russia']);
    expect(elements.nodes[0]?.data.kind).toBe('Station');
    expect(elements.edges[0]?.data).toMatchObject({ type: 'ROUTE_TO', polarity: 0, evidenceCount: 0, sourceCount: 0, properties: { minutes: 12 } });
    expect(elements.edges[0]?.data.certainty).toBeUndefined();
  });

  it('drops relationships whose end nodes the result did not include', () => {
    const { graph, missingNodeIds } = recordsToGraph([new Neo4jRecord(['r'], [backs])]);
    expect(missingNodeIds.sort()).toEqual(['e:1', 'e:2']);
    expect(toElements(withNodes(graph, [])).edges).toEqual([]);
    expect(toElements(withNodes(graph, [russia, maduro])).edges).toHaveLength(1);
  });

  it('produces elements that satisfy the Elements schema and load into headless cytoscape', () => {
    const elements = Elements.parse(toElements(graphOf(russia, maduro, guaido, backs, opposes), sources));
    const cy = cytoscape({ headless: true, elements: [...elements.nodes, ...elements.edges] });
    expect(cy.nodes()).toHaveLength(3);
    expect(cy.edges()).toHaveLength(2);
    expect(cy.getElementById('r:10').source().id()).toBe('e:1');
    cy.destroy();
  });

  it('reads quote offsets, event ids and the source link from the lists stored beside the quotes', () => {
    const lookup = new Map([
      ['bbc', { title: 'Venezuela opposition speaking to army', publisher: 'BBC News', date: '2019-01-30', url: 'https://example.org/bbc' }],
      ['gdelt', { title: 'GDELT event 1', publisher: 'GDELT', date: '2019-02-01' }],
    ]);
    const items = evidenceItems(['back Mr Maduro', '', 'no place'], ['bbc', 'gdelt', 'bbc'], lookup, {
      quoteStarts: [12, -1, -1],
      quoteEnds: [26, -1, -1],
      eventIds: ['', '829342', ''],
    });
    expect(items).toEqual([
      { quote: 'back Mr Maduro', sourceId: 'bbc', start: 12, end: 26, source: { title: 'Venezuela opposition speaking to army', publisher: 'BBC News', date: '2019-01-30', url: 'https://example.org/bbc' } },
      { quote: '', sourceId: 'gdelt', event: '829342', source: { title: 'GDELT event 1', publisher: 'GDELT', date: '2019-02-01' } },
      { quote: 'no place', sourceId: 'bbc', source: { title: 'Venezuela opposition speaking to army', publisher: 'BBC News', date: '2019-01-30', url: 'https://example.org/bbc' } },
    ]);
    expect(items.every((item) => EvidenceItem.safeParse(item).success)).toBe(true);
  });

  it('reads data loaded before offsets and event ids were stored as quotes with no place', () => {
    const stance = new Relationship(int(12), int(1), int(2), 'SUPPORTS', { polarity: int(1), quotes: ['Russia and China continue to back Mr Maduro'], sourceIds: ['bbc'], quoteStarts: ['x'] }, 'r:12', 'e:1', 'e:2');
    const [item] = toElements(graphOf(russia, maduro, stance), sources).edges[0]?.data.evidence ?? [];
    expect(item).toEqual({ quote: 'Russia and China continue to back Mr Maduro', sourceId: 'bbc', source: { title: 'Venezuela opposition speaking to army', publisher: 'BBC News', date: '2019-01-30' } });
  });

  it('names types and captions readably', () => {
    expect(typeLabel('DOES_NOT_RECOGNISE')).toBe('does not recognise');
    expect(caption({ elementId: 'x', labels: ['Thing'], properties: {} })).toBe('Thing');
    expect(caption({ elementId: 'x', labels: [], properties: {} })).toBe('x');
  });
});
