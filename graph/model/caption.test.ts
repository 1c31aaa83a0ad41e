import neo4j from 'neo4j-driver';
import { caption, captionKey } from '@/graph/model/caption';
import { nodeToJson } from '@/graph/db/boltMappings';

const { Node } = neo4j.types;
const int = neo4j.int;

/** A node as the driver hands it over, then as the console maps it (Integers and Dates become JSON). */
const node = (labels: string[], properties: Record<string, unknown>, id = 'e:1') => nodeToJson(new Node(int(1), labels, properties, id));

describe('graph/model/caption', () => {
  it('prefers name, then title, over any other string property', () => {
    expect(caption(node(['Person'], { born: int(1964), alias: 'Neo', name: 'Keanu Reeves' }))).toBe('Keanu Reeves');
    expect(caption(node(['Movie'], { tagline: 'Welcome to the Real World', released: int(1999), title: 'The Matrix' }))).toBe('The Matrix');
    expect(caption(node(['Movie'], { title: 'The Matrix', name: 'matrix-1' }))).toBe('matrix-1');
  });

  it('falls back to the first string property in key order, whatever order Neo4j stored them in', () => {
    expect(caption(node(['Address'], { zip: '1010', city: 'Vienna', floor: int(3) }))).toBe('Vienna');
    expect(caption(node(['Address'], { city: 'Vienna', zip: '1010' }))).toBe('Vienna');
    expect(captionKey(node(['Address'], { zip: '1010', city: 'Vienna' }).properties)).toBe('city');
  });

  it('skips empty strings and values that are not strings', () => {
    expect(caption(node(['Movie'], { title: '', released: int(1999), rating: 8.7, tags: ['sci-fi'], summary: 'Hackers' }))).toBe('Hackers');
    expect(captionKey(node(['Counter'], { n: int(3), on: true }).properties)).toBeUndefined();
  });

  it('uses the first label, else the elementId, when no property is a string', () => {
    expect(caption(node(['Counter', 'Metric'], { n: int(3) }))).toBe('Counter');
    expect(caption(node([], { n: int(3) }, '4:abc:7'))).toBe('4:abc:7');
  });

  it('captions a temporal property by its ISO text when it is the only string', () => {
    expect(caption(node(['Event'], { at: new neo4j.types.Date(2019, 1, 23), n: int(1) }))).toBe('2019-01-23');
  });
});
