import { selectActor, selectStance, selectTie } from '@/components/analysis/selection';
import { DEFAULT_VIEW } from '@/components/explorer/viewState';
import type { Elements } from '@/graph/model/elements';

const elements: Elements = {
  nodes: [
    { data: { id: '4:x:1', key: 'a', label: 'A', labels: ['Actor'], kind: 'state', backers: 0, opponents: 1, properties: {} } },
    { data: { id: '4:x:2', key: 'b', label: 'B', labels: ['Actor'], kind: 'state', backers: 0, opponents: 0, properties: {} } },
  ],
  edges: [{ data: { id: '5:x:1', source: '4:x:1', target: '4:x:2', type: 'OPPOSES', label: 'opposes', polarity: -1, evidence: [], evidenceCount: 0, sourceCount: 0, properties: { id: 'a--opposes--b' } } }],
};

describe('components/analysis/selection', () => {
  it('selects a drawn stance in place', () => {
    expect(selectTie(DEFAULT_VIEW, elements, { a: 'a', b: 'b', sign: -1, stanceIds: ['a--opposes--b'] })).toEqual({ selected: { group: 'edges', key: 'a--opposes--b' } });
  });

  it('brings both actors of a stance outside the view into focus and selects it', () => {
    expect(selectTie({ ...DEFAULT_VIEW, focus: ['z'], expanded: ['y'] }, elements, { a: 'c', b: 'd', sign: 1, stanceIds: ['c--supports--d'] })).toEqual({
      focus: ['c', 'd'],
      expanded: [],
      hidden: [],
      ask: undefined,
      selected: { group: 'edges', key: 'c--supports--d' },
    });
  });

  it('selects a drawn actor, and focuses one that is not drawn', () => {
    expect(selectActor(DEFAULT_VIEW, elements, 'b')).toEqual({ selected: { group: 'nodes', key: 'b' } });
    expect(selectActor(DEFAULT_VIEW, elements, 'q')).toMatchObject({ focus: ['q'], selected: { group: 'nodes', key: 'q' } });
  });

  it('selects a stance the timeline lists only when it is on the map', () => {
    expect(selectStance(elements, 'a--opposes--b')).toEqual({ selected: { group: 'edges', key: 'a--opposes--b' } });
    expect(selectStance(elements, 'x--supports--y')).toEqual({});
  });
});
