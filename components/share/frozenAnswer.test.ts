import { answerToFreeze, inListOrder, questionText } from '@/components/share/frozenAnswer';
import type { Elements } from '@/graph/model/elements';
import { seedElements } from '@/components/export/__fixtures__/elements';

describe('components/share/frozenAnswer', () => {
  it('words the question as the explorer asks it', () => {
    expect(questionText('opponents', 'Nicolás Maduro', null)).toBe('Who opposes Nicolás Maduro?');
    expect(questionText('backers', 'Juan Guaidó', 'Russia')).toBe('Who backs Juan Guaidó?');
    expect(questionText('paths', 'Russia', 'United States')).toBe('How are Russia and United States connected?');
    expect(questionText('paths', 'Russia', null)).toBeNull();
    expect(questionText(undefined, 'Russia', null)).toBeNull();
    expect(questionText('backers', null, null)).toBeNull();
  });

  it('freezes an answer only with both a question and a sentence', () => {
    expect(answerToFreeze('Who opposes Nicolás Maduro?', ' 9 actors oppose Nicolás Maduro: A and B. ')).toEqual({ question: 'Who opposes Nicolás Maduro?', sentence: '9 actors oppose Nicolás Maduro: A and B.' });
    expect(answerToFreeze(null, '9 actors oppose Nicolás Maduro.')).toBeUndefined();
    expect(answerToFreeze('Who opposes Nicolás Maduro?', null)).toBeUndefined();
    expect(answerToFreeze('Who opposes Nicolás Maduro?', '  ')).toBeUndefined();
  });

  it('puts the canvas elements in the order the view lists them, keeping their positions', () => {
    const listed = seedElements();
    const reversed: Elements = { nodes: [...listed.nodes].reverse().map((n, i) => ({ ...n, position: { x: i, y: -i } })), edges: [...listed.edges].reverse() };
    const ordered = inListOrder(reversed, listed);
    expect(ordered.edges.map((e) => e.data.id)).toEqual(listed.edges.map((e) => e.data.id));
    expect(ordered.nodes.map((n) => n.data.id)).toEqual(listed.nodes.map((n) => n.data.id));
    // Positions are the canvas's, not the list's.
    const last = listed.nodes.length - 1;
    expect(ordered.nodes[0]?.position).toEqual({ x: last, y: -last });
  });

  it('puts elements the list does not hold last, in canvas order', () => {
    const listed = seedElements();
    const [first, second, ...rest] = listed.edges;
    const order: Elements = { nodes: listed.nodes, edges: rest };
    const ordered = inListOrder({ nodes: listed.nodes, edges: [second!, first!, ...rest] }, order);
    expect(ordered.edges.map((e) => e.data.id)).toEqual([...rest, second!, first!].map((e) => e.data.id));
  });
});
