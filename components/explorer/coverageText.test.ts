import { coverageText, longDate, publishersSummary, viewCoverageText } from '@/components/explorer/coverageText';
import { seedElements } from '@/components/export/__fixtures__/elements';
import { readDataset } from '@/graph/import/readDataset';

const venezuela = {
  sources: 5,
  publishers: [
    { publisher: 'BBC News', sources: 1 },
    { publisher: 'Blog post (unattributed; based on a Reuters report)', sources: 1 },
    { publisher: 'Blog post (unattributed; relays a Sputnik report and a Marco Rubio tweet)', sources: 1 },
    { publisher: 'News site (unattributed; EFE report)', sources: 1 },
    { publisher: 'The Telegraph', sources: 1 },
  ],
  publisherCount: 5,
  unattributed: 3,
  firstDate: '2019-01-25',
  lastDate: '2019-05-11',
};

describe('components/explorer/coverageText', () => {
  it('writes dates in words', () => {
    expect(longDate('2019-01-25')).toBe('25 January 2019');
    expect(longDate('2019-05-11')).toBe('11 May 2019');
  });

  it('groups publishers by their plain name and counts those not listed', () => {
    expect(publishersSummary(venezuela)).toBe('BBC News, Blog post (2), News site and The Telegraph');
    expect(publishersSummary({ publishers: [{ publisher: 'GDELT', sources: 900 }], publisherCount: 31 })).toBe('GDELT (900) and 30 other publishers');
  });

  it('says how many sources, from whom, how many are unattributed, and the dates of sources and stances', () => {
    expect(coverageText(venezuela, [{ firstDate: '2019-01-23', lastDate: '2019-05-11' }])).toBe(
      'This data comes from 5 sources (BBC News, Blog post (2), News site and The Telegraph; 3 of them unattributed), published 25 January 2019 to 11 May 2019; its stances are dated 23 January 2019 to 11 May 2019. Counts describe these sources only.',
    );
  });

  it('spans several data sets and says plainly when there are no sources', () => {
    const text = coverageText({ ...venezuela, unattributed: 0 }, [
      { firstDate: '2020-03-01', lastDate: '2020-04-01' },
      { firstDate: '2019-01-23', lastDate: '2019-05-11' },
    ]);
    expect(text).toContain('its stances are dated 23 January 2019 to 1 April 2020');
    expect(text).not.toContain('unattributed');
    expect(coverageText({ ...venezuela, sources: 0, publishers: [], publisherCount: 0, firstDate: null, lastDate: null }, [])).toBe('No sources are loaded: there is no evidence to show.');
  });

  it('says what a frozen view’s evidence rests on, from the sources its stances cite', () => {
    const data = readDataset();
    const dates = data.sources.map((s) => s.date).sort();
    const text = viewCoverageText(seedElements());
    expect(text).toContain(`comes from ${data.sources.length} sources (`);
    expect(text).toContain(`${data.sources.filter((s) => s.publisher.includes('unattributed')).length} of them unattributed`);
    expect(text).toContain(`published ${longDate(dates[0] ?? '')} to ${longDate(dates[dates.length - 1] ?? '')}`);
    expect(viewCoverageText({ nodes: [], edges: [] })).toBe('No sources are cited by the stances in this view.');
  });
});
