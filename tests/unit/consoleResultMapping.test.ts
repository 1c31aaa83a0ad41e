/**
 * The console's result mapping, fed with what the driver really returns: records built from
 * neo4j-driver's own classes go through ResultMapper record by record (as POST /api/cypher does),
 * then into table cells, CSV and graph elements. Lives in tests/unit because components/ may not
 * import neo4j-driver.
 */
import neo4j from 'neo4j-driver';
import { ResultMapper } from '@/graph/db/boltMappings';
import { toElements } from '@/graph/model/elements';
import { cellText, toCsv, toTable } from '@/components/console/resultMapping';

const { Node, Relationship, Path, PathSegment, Record: Neo4jRecord } = neo4j.types;

function station(n: number, name: string) {
  return new Node(neo4j.int(n), ['Station'], { name, zone: neo4j.int(n % 3) }, `4:test:${n}`);
}

function route(n: number, from: InstanceType<typeof Node>, to: InstanceType<typeof Node>, minutes: number) {
  return new Relationship(neo4j.int(n), from.identity, to.identity, 'ROUTE_TO', { minutes: neo4j.int(minutes) }, `5:test:${n}`, from.elementId, to.elementId);
}

const a = station(1, 'Alpha');
const b = station(2, 'Beta, "the second"');
const c = station(3, 'Gamma');
const ab = route(10, a, b, 7);
const bc = route(11, b, c, 4);
const path = new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, bc, c)]);
const records = [
  new Neo4jRecord(['p', 'stops', 'when', 'info'], [path, [a.properties.name, c.properties.name], new neo4j.types.Date(2019, 1, 23), { total: neo4j.int(11), first: a }]),
  new Neo4jRecord(['p', 'stops', 'when', 'info'], [null, [], null, { note: 'multi\nline' }]),
];

describe('components/console/resultMapping', () => {
  const columns = ['p', 'stops', 'when', 'info'];
  const mapper = new ResultMapper();
  for (const record of records) mapper.add(record);
  const { rows, graph } = mapper.result();

  it('maps a path to a path cell with node chips captioned by name and relationship types', () => {
    const [first] = toTable(columns, rows);
    const cell = first?.[0];
    expect(cell?.kind).toBe('path');
    if (cell?.kind !== 'path') return;
    expect(cell.nodes.map((n) => n.caption)).toEqual(['Alpha', 'Beta, "the second"', 'Gamma']);
    expect(cell.nodes.map((n) => n.elementId)).toEqual([a.elementId, b.elementId, c.elementId]);
    expect(cell.types).toEqual(['ROUTE_TO', 'ROUTE_TO']);
  });

  it('keeps lists, dates, maps and nested nodes readable', () => {
    const [first, second] = toTable(columns, rows);
    expect(cellText(first![1]!)).toBe('["Alpha", "Gamma"]');
    expect(cellText(first![2]!)).toBe('2019-01-23');
    expect(cellText(first![3]!)).toBe('{total: 11, first: (:Station "Alpha")}');
    expect(second![0]!.kind).toBe('null');
    expect(cellText(second![1]!)).toBe('[]');
  });

  it('writes CSV per RFC 4180: CRLF lines, fields with commas, quotes or line breaks quoted and quotes doubled', () => {
    const csv = toCsv(columns, rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('p,stops,when,info');
    expect(lines[1]).toBe(
      '"(:Station ""Alpha"")-[:ROUTE_TO]-(:Station ""Beta, \\""the second\\"""")-[:ROUTE_TO]-(:Station ""Gamma"")","[""Alpha"", ""Gamma""]",2019-01-23,"{total: 11, first: (:Station ""Alpha"")}"',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"{note: ""multi\\nline""}"');
  });

  it('draws the same records as a graph of any labels: nodes captioned by name, edges typed', () => {
    const elements = toElements(graph);
    expect(elements.nodes.map((n) => n.data.label)).toEqual(['Alpha', 'Beta, "the second"', 'Gamma']);
    expect(elements.nodes.every((n) => n.data.kind === 'Station')).toBe(true);
    expect(elements.edges.map((e) => [e.data.source, e.data.type, e.data.target])).toEqual([
      [a.elementId, 'ROUTE_TO', b.elementId],
      [b.elementId, 'ROUTE_TO', c.elementId],
    ]);
  });
});
