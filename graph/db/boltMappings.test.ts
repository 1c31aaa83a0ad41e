import neo4j from 'neo4j-driver';
import { integerToJson, recordsToGraph, recordsToRowsAndGraph, ResultMapper, toJson, withNodes } from '@/graph/db/boltMappings';
import { type Json } from '@/graph/model/graphJson';

const { Node, Relationship, UnboundRelationship, Path, PathSegment, Record: Neo4jRecord, Date: CypherDate, DateTime, LocalDateTime, Time, LocalTime, Duration, Point } = neo4j.types;
const int = neo4j.int;

const a = new Node(int(1), ['Actor', 'State'], { id: 'russia', name: 'Russia', population: int(144_000_000) }, 'n:1');
const b = new Node(int(2), ['Actor', 'Person'], { id: 'nicolas-maduro', name: 'Nicolás Maduro' }, 'n:2');
const c = new Node(int(3), ['Station'], { title: 'Central', opened: new CypherDate(1901, 5, 1) }, 'n:3');
const ab = new Relationship(int(10), int(1), int(2), 'SUPPORTS', { polarity: int(1), date: new CypherDate(2019, 1, 30) }, 'r:10', 'n:1', 'n:2');
const bc = new Relationship(int(11), int(2), int(3), 'VISITS', {}, 'r:11', 'n:2', 'n:3');

function record(values: Record<string, unknown>) {
  return new Neo4jRecord(Object.keys(values), Object.values(values));
}

describe('graph/db/boltMappings', () => {
  describe('toJson', () => {
    it('keeps null, booleans, strings and finite numbers; undefined becomes null', () => {
      expect(toJson(null)).toBeNull();
      expect(toJson(undefined)).toBeNull();
      expect(toJson(true)).toBe(true);
      expect(toJson('Guaidó')).toBe('Guaidó');
      expect(toJson(1.5)).toBe(1.5);
      expect(toJson(Number.NaN)).toBe('NaN');
      expect(toJson(Number.POSITIVE_INFINITY)).toBe('Infinity');
    });

    it('maps Integers within ±2^53 to numbers and beyond to exact decimal strings', () => {
      expect(toJson(int(42))).toBe(42);
      expect(toJson(int(-7))).toBe(-7);
      expect(toJson(int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
      expect(toJson(int('9007199254740993'))).toBe('9007199254740993');
      expect(toJson(int('-9223372036854775808'))).toBe('-9223372036854775808');
      expect(toJson(int('9223372036854775807'))).toBe('9223372036854775807');
      expect(integerToJson(int('9007199254740992'))).toBe('9007199254740992');
      expect(toJson(BigInt('12345678901234567890'))).toBe('12345678901234567890');
      expect(toJson(BigInt(12))).toBe(12);
    });

    it('maps Date, DateTime, LocalDateTime, Time, LocalTime and Duration to their ISO strings', () => {
      expect(toJson(new CypherDate(2019, 1, 23))).toBe('2019-01-23');
      expect(toJson(new DateTime(2019, 1, 23, 14, 5, 9, 0, 0))).toBe('2019-01-23T14:05:09Z');
      expect(toJson(new DateTime(2019, 1, 23, 14, 5, 9, 500_000_000, -4 * 3600))).toBe('2019-01-23T14:05:09.500000000-04:00');
      expect(toJson(new DateTime(2019, 1, 23, 14, 5, 9, 0, undefined, 'America/Caracas'))).toBe('2019-01-23T14:05:09[America/Caracas]');
      expect(toJson(new LocalDateTime(2019, 1, 23, 14, 5, 9, 1))).toBe('2019-01-23T14:05:09.000000001');
      expect(toJson(new Time(9, 30, 0, 0, 3600))).toBe('09:30:00+01:00');
      expect(toJson(new LocalTime(23, 59, 59, 0))).toBe('23:59:59');
      // As Cypher's toString(duration(...)) writes them.
      expect(toJson(new Duration(14, 3, 3661, 5))).toBe('P1Y2M3DT1H1M1.000000005S');
      expect(toJson(new Duration(0, 0, 0, 0))).toBe('PT0S');
      expect(toJson(new Duration(-1, 0, -30, 0))).toBe('P-1MT-30S');
    });

    it('writes dates as Cypher does for any year, with Integer or number fields', () => {
      expect(toJson(new CypherDate(int(2019), int(1), int(23)))).toBe('2019-01-23');
      expect(toJson(new CypherDate(999, 12, 31))).toBe('0999-12-31');
      expect(toJson(new CypherDate(0, 1, 1))).toBe('0000-01-01');
      // Outside 0000-9999 Cypher writes a sign and six digits.
      expect(toJson(new CypherDate(-44, 3, 15))).toBe('-000044-03-15');
      expect(toJson(new CypherDate(12345, 6, 7))).toBe('+012345-06-07');
    });

    it('maps 2D and 3D points, Cartesian and WGS-84, to {srid, x, y[, z]}', () => {
      expect(toJson(new Point(int(7203), 1.5, -2))).toEqual({ srid: 7203, x: 1.5, y: -2 });
      expect(toJson(new Point(int(9157), 1, 2, 3))).toEqual({ srid: 9157, x: 1, y: 2, z: 3 });
      expect(toJson(new Point(int(4326), -66.9, 10.5))).toEqual({ srid: 4326, x: -66.9, y: 10.5 });
      expect(toJson(new Point(int(4979), -66.9, 10.5, 900))).toEqual({ srid: 4979, x: -66.9, y: 10.5, z: 900 });
    });

    it('maps byte arrays to lists of numbers', () => {
      expect(toJson(new Uint8Array([0, 127, 255]))).toEqual([0, 127, 255]);
      expect(toJson(new Uint8Array([]))).toEqual([]);
    });

    it('maps lists and maps recursively, values of every kind inside', () => {
      const value = { list: [int(1), 'a', null, [new CypherDate(2019, 2, 1)]], map: { inner: { big: int('9007199254740993') } }, empty: {} };
      expect(toJson(value)).toEqual({ list: [1, 'a', null, ['2019-02-01']], map: { inner: { big: '9007199254740993' } }, empty: {} });
    });

    it('maps a Node to its elementId, labels and JSON properties, tagged as a node', () => {
      expect(toJson(c)).toEqual({ $type: 'node', elementId: 'n:3', labels: ['Station'], properties: { title: 'Central', opened: '1901-05-01' } });
    });

    it('maps a Relationship with its type, both ends and properties, tagged as a relationship', () => {
      expect(toJson(ab)).toEqual({
        $type: 'relationship',
        elementId: 'r:10',
        type: 'SUPPORTS',
        startNodeElementId: 'n:1',
        endNodeElementId: 'n:2',
        properties: { polarity: 1, date: '2019-01-30' },
      });
    });

    it('maps an UnboundRelationship (a path part without ends) as a plain map that keeps its type and properties', () => {
      const unbound = new UnboundRelationship(int(12), 'KNOWS', { since: int(2001) }, 'r:12');
      expect(toJson(unbound)).toMatchObject({ type: 'KNOWS', properties: { since: 2001 }, elementId: 'r:12' });
      // Bound to its ends it is an ordinary Relationship.
      expect(toJson(unbound.bindTo(a, b))).toMatchObject({ $type: 'relationship', type: 'KNOWS', startNodeElementId: 'n:1', endNodeElementId: 'n:2' });
    });

    it('maps a Path (built from PathSegments) to its nodes and relationships in order', () => {
      const path = new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, bc, c)]);
      const json = toJson(path) as { $type: string; nodes: { elementId: string }[]; relationships: { elementId: string }[] };
      expect(json.$type).toBe('path');
      expect(json.nodes.map((n) => n.elementId)).toEqual(['n:1', 'n:2', 'n:3']);
      expect(json.relationships.map((r) => r.elementId)).toEqual(['r:10', 'r:11']);
      const empty = toJson(new Path(a, a, [])) as { nodes: unknown[]; relationships: unknown[] };
      expect(empty.nodes).toHaveLength(1);
      expect(empty.relationships).toHaveLength(0);
    });
  });

  describe('toJson without copies', () => {
    it('answers a map or list that is JSON already as it is', () => {
      const properties = { name: 'Juan Guaidó', aliases: ['Guaidó'], votes: 3, active: true, note: null };
      expect(toJson(properties)).toBe(properties);
      const list = ['a', 1, false, null, ['b']];
      expect(toJson(list)).toBe(list);
    });

    it('copies a map or list that holds driver values, keeping the other entries and leaving the original unchanged', () => {
      const date = new CypherDate(2019, 1, 23);
      const properties = { name: 'Juan Guaidó', since: date, seats: int(112), aliases: ['Guaidó'] };
      const json = toJson(properties) as Record<string, Json>;
      expect(json).toEqual({ name: 'Juan Guaidó', since: '2019-01-23', seats: 112, aliases: ['Guaidó'] });
      expect(Object.keys(json)).toEqual(['name', 'since', 'seats', 'aliases']);
      expect(properties.since).toBe(date);
      const list = ['a', int(2), 'c'];
      expect(toJson(list)).toEqual(['a', 2, 'c']);
      expect(list[1]).toEqual(int(2));
    });

    it('maps values of another copy of the driver (other classes) by their identifier properties', () => {
      class OtherNode {
        readonly __isNode__ = true;
        readonly identity = int(9);
        readonly labels = ['Actor'];
        readonly properties = { name: 'Cuba' };
        readonly elementId = 'n:9';
      }
      expect(toJson(new OtherNode())).toEqual({ $type: 'node', elementId: 'n:9', labels: ['Actor'], properties: { name: 'Cuba' } });
    });
  });

  describe('recordsToRowsAndGraph', () => {
    it('answers one JSON object per record keyed by column', () => {
      const { rows } = recordsToRowsAndGraph([record({ n: a, count: int(3), nothing: null }), record({ n: b, count: int('9007199254740993'), nothing: [] })]);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ n: { $type: 'node', elementId: 'n:1' }, count: 3, nothing: null });
      expect(rows[1]).toMatchObject({ count: '9007199254740993', nothing: [] });
    });
  });

  describe('recordsToGraph', () => {
    it('collects nodes and relationships from paths, lists and maps, de-duplicated by elementId', () => {
      const path = new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, bc, c)]);
      const { graph, truncated, missingNodeIds } = recordsToGraph([record({ p: path, list: [a, [b]], map: { deep: { rel: ab } } }), record({ p: a })]);
      expect(graph.nodes.map((n) => n.elementId)).toEqual(['n:1', 'n:2', 'n:3']);
      expect(graph.relationships.map((r) => r.elementId)).toEqual(['r:10', 'r:11']);
      expect(truncated).toBe(false);
      expect(missingNodeIds).toEqual([]);
    });

    it('ignores scalars, temporal values and points', () => {
      const { graph } = recordsToGraph([record({ x: int(1), d: new CypherDate(2019, 1, 1), p: new Point(int(7203), 1, 2), s: 'n:1', bytes: new Uint8Array([1]) })]);
      expect(graph).toEqual({ nodes: [], relationships: [] });
    });

    it('reports relationships whose end nodes the result left out, and withNodes adds them', () => {
      const result = recordsToGraph([record({ r: ab })]);
      expect(result.missingNodeIds.sort()).toEqual(['n:1', 'n:2']);
      const completed = withNodes(result.graph, [a]);
      // Only one end is known: the relationship cannot be drawn and is dropped.
      expect(completed.relationships).toEqual([]);
      expect(withNodes(result.graph, [a, b]).relationships.map((r) => r.elementId)).toEqual(['r:10']);
    });

    it('stops at maxElements and says so', () => {
      const { graph, truncated } = recordsToGraph([record({ list: [a, b, c, ab, bc] })], 3);
      expect(graph.nodes.length + graph.relationships.length).toBe(3);
      expect(truncated).toBe(true);
    });
  });

  describe('ResultMapper', () => {
    const path = new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, bc, c)]);
    const records = [record({ p: path, n: a, count: int(2) }), record({ p: null, n: b, count: int('9007199254740993') })];

    it('answers, record by record, the graph recordsToGraph finds and a row per record', () => {
      const mapper = new ResultMapper();
      for (const r of records) mapper.add(r);
      const { rows, graph, truncated, missingNodeIds } = mapper.result();
      expect(rows.map((row) => Object.keys(row))).toEqual([['p', 'n', 'count'], ['p', 'n', 'count']]);
      expect(rows[1]).toMatchObject({ p: null, n: { $type: 'node', elementId: 'n:2' }, count: '9007199254740993' });
      expect({ graph, truncated, missingNodeIds }).toEqual(recordsToGraph(records));
    });

    it('converts each node once: rows and graph share its properties', () => {
      const { rows, graph } = recordsToRowsAndGraph(records);
      const inRow = rows[0]?.n as unknown as { properties: object };
      expect(inRow.properties).toBe(graph.nodes.find((n) => n.elementId === 'n:1')?.properties);
      expect(inRow.properties).toEqual({ id: 'russia', name: 'Russia', population: 144_000_000 });
    });

    it('keeps every row when the element cap cuts the graph short', () => {
      const { rows, graph, truncated } = recordsToRowsAndGraph(records, 2);
      expect(rows).toHaveLength(2);
      expect(graph.nodes.length + graph.relationships.length).toBe(2);
      expect(truncated).toBe(true);
    });
  });
});
