import { mergeElements } from '@/components/explorer/mergeElements';
import { answerAbout } from '@/components/explorer/answers';
import { crisis, edge, elementsOf, idOf, node } from '@/components/graph/testElements';

describe('components/explorer/mergeElements', () => {
  it('adds an expanded neighbourhood to an answer: every node and stance once, the answer kept whole', () => {
    const answer = answerAbout(crisis(), 'backers', idOf('maduro'));
    const around = elementsOf([node('russia', 'state'), node('united-states', 'state'), node('cuba', 'state')], [edge('russia', 'ACCUSES', 'united-states', -1), edge('cuba', 'SUPPORTS', 'russia', 1)]);
    const merged = mergeElements(answer, around);
    expect(merged.nodes.map((n) => n.data.id)).toEqual([...answer.nodes.map((n) => n.data.id), idOf('united-states'), idOf('cuba')]);
    expect(merged.edges.map((e) => e.data.id)).toEqual([...answer.edges.map((e) => e.data.id), 'russia--ACCUSES--united-states', 'cuba--SUPPORTS--russia']);
    // Nothing of the answer is lost or duplicated.
    expect(new Set(merged.nodes.map((n) => n.data.id)).size).toBe(merged.nodes.length);
    for (const e of answer.edges) expect(merged.edges).toContainEqual(e);
  });

  it('leaves an answer alone when the expansion adds nothing new', () => {
    const answer = crisis();
    expect(mergeElements(answer, answer)).toEqual(answer);
  });
});
