import neo4j from 'neo4j-driver';
import { evidenceFromLists } from '@/graph/export/exportDataset';

const int = (n: number) => neo4j.int(n);

describe('graph/export/exportDataset', () => {
  describe('evidenceFromLists', () => {
    it('rebuilds quotes with their offsets (driver integers) and without (-1)', () => {
      expect(
        evidenceFromLists({ quotes: ['one quote', 'two quote'], sourceIds: ['a', 'b'], quoteStarts: [int(4), int(-1)], quoteEnds: [int(13), int(-1)], eventIds: ['', ''] }),
      ).toEqual([
        { quote: 'one quote', start: 4, end: 13, source: 'a' },
        { quote: 'two quote', source: 'b' },
      ]);
    });

    it("reads an empty quote with an event id as event evidence", () => {
      expect(evidenceFromLists({ quotes: ['', 'a quote'], sourceIds: ['gdelt-1', 's'], quoteStarts: [int(-1), int(-1)], quoteEnds: [int(-1), int(-1)], eventIds: ['835311256', ''] })).toEqual([
        { event: '835311256', source: 'gdelt-1' },
        { quote: 'a quote', source: 's' },
      ]);
    });

    it('treats lists missing on data loaded before they existed as no offsets and no events', () => {
      expect(evidenceFromLists({ quotes: ['old quote'], sourceIds: ['s'] })).toEqual([{ quote: 'old quote', source: 's' }]);
      expect(evidenceFromLists({ quotes: ['old quote'], sourceIds: ['s'], quoteStarts: null, quoteEnds: null, eventIds: null })).toEqual([{ quote: 'old quote', source: 's' }]);
    });

    it('answers nothing for a stance without lists', () => {
      expect(evidenceFromLists({})).toEqual([]);
    });
  });
});
