import { actorNames, focusNames, humanise } from '@/components/explorer/focusNames';
import type { Elements } from '@/graph/model/elements';

const elements: Elements = {
  nodes: [
    { data: { id: '4:1', key: 'nicolas-maduro', label: 'Nicolás Maduro', labels: ['Actor'], kind: 'person' } },
    { data: { id: '4:2', label: 'No key', labels: ['Actor'], kind: 'person' } },
  ],
  edges: [],
} as unknown as Elements;

describe('components/explorer/focusNames', () => {
  it('names actors by their drawn label, keyed as the URL keys them', () => {
    expect([...actorNames(elements)]).toEqual([
      ['nicolas-maduro', 'Nicolás Maduro'],
      ['4:2', 'No key'],
    ]);
  });

  it('humanises the id of an actor not drawn', () => {
    expect(humanise('juan-guaido')).toBe('Juan Guaido');
    expect(focusNames({ focus: ['nicolas-maduro', 'juan-guaido'], ask: 'paths' }, actorNames(elements))).toEqual({
      first: 'Nicolás Maduro',
      second: 'Juan Guaido',
      question: 'How are Nicolás Maduro and Juan Guaido connected?',
    });
  });

  it('has no names and no question without a focus', () => {
    expect(focusNames({ focus: [], ask: 'backers' }, actorNames(elements))).toEqual({ first: null, second: null, question: null });
    expect(focusNames({ focus: ['nicolas-maduro'], ask: undefined }, new Map()).question).toBeNull();
    expect(focusNames({ focus: ['nicolas-maduro'], ask: 'opponents' }, new Map()).question).toBe('Who opposes Nicolas Maduro?');
  });
});
