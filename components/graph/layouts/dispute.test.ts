import { lean, pairKey, PAIR_SEPARATOR, pickDispute } from '@/components/graph/layouts/dispute';
import { crisis, edge, elementsOf, idOf, node } from '@/components/graph/testElements';

const id = idOf;

describe('components/graph/layouts/dispute', () => {
  it('keys a pair the same whichever way round, and splits back into the two ids', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
    expect(pairKey('b', 'a').split(PAIR_SEPARATOR)).toEqual(['a', 'b']);
  });

  describe('pickDispute', () => {
    it('picks the opposed pair that rallies the most backers', () => {
      // Guaidó and Maduro rally five actors between them; the United States and Maduro three, Russia and the United States none.
      const dispute = pickDispute(crisis());
      expect(dispute && [dispute.a, dispute.b].sort()).toEqual([id('guaido'), id('maduro')].sort());
    });

    it('with one focus actor, picks its main rival, the better-backed side first', () => {
      // Maduro has three backers, the United States none: Maduro takes the left.
      expect(pickDispute(crisis(), [id('united-states')])).toEqual({ a: id('maduro'), b: id('united-states') });
      const rival = pickDispute(crisis(), [id('russia')]);
      expect(rival && [rival.a, rival.b].sort()).toEqual([id('russia'), id('united-states')].sort());
    });

    it('prefers two focused rivals to a dispute that rallies more', () => {
      // Lima Group vs Russia rallies nobody, Guaidó vs Maduro five: the focus decides.
      const elements = crisis();
      const quarrel = elementsOf(
        elements.nodes,
        [...elements.edges, edge('lima-group', 'ACCUSES', 'russia', -1)],
      );
      const dispute = pickDispute(quarrel, [id('lima-group'), id('russia')]);
      expect(dispute && [dispute.a, dispute.b].sort()).toEqual([id('lima-group'), id('russia')].sort());
    });

    it('returns null when nobody opposes anybody, and ignores stances against oneself', () => {
      const peaceful = elementsOf([node('a', 'state'), node('b', 'state')], [edge('a', 'SUPPORTS', 'b', 1), edge('a', 'CRITICISES', 'a', -1)]);
      expect(pickDispute(peaceful)).toBeNull();
    });
  });

  describe('lean', () => {
    const dispute = { a: id('guaido'), b: id('maduro') };
    const edges = crisis().edges.map((e) => e.data);

    it('adds stances towards A and subtracts stances towards B', () => {
      // Backs Guaidó (+1) and sanctions Maduro (-(-1)).
      expect(lean(id('united-states'), edges, dispute)).toBe(2);
      expect(lean(id('lima-group'), edges, dispute)).toBe(1);
      expect(lean(id('russia'), edges, dispute)).toBe(-1);
    });

    it('is zero for an actor backing both sides, one mediating between them, and one taking no stance', () => {
      expect(lean(id('turkey'), edges, dispute)).toBe(0);
      expect(lean(id('vatican'), edges, dispute)).toBe(0);
      expect(lean(id('elections'), edges, dispute)).toBe(0);
    });

    it('counts only the node’s own stances, not those taken towards it', () => {
      // Russia accuses the United States: that leaves the United States' lean alone.
      const swapped = { a: id('maduro'), b: id('guaido') };
      expect(lean(id('united-states'), edges, swapped)).toBe(-2);
    });
  });
});
