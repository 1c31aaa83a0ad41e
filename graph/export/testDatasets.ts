/**
 * Small data sets for the export tests (unit and integration): one whose sources store their
 * full text, with quote offsets into it, and one of coded events with no quote.
 */
import { Dataset } from '@/graph/model/schema';

/** Text with what a file writer must keep: several lines, a no-break space, a tab, curly and straight quotes, trailing spaces. */
const ARTICLE = [
  'Lima, 4 February. The Lima Group “recognises” Juan Guaidó as interim president.',
  '',
  "Canada's foreign minister said:\u00a0\"We back the National Assembly.\"  ",
  '\tMexico and Uruguay called for talks instead.',
].join('\n');

function at(text: string, quote: string): { quote: string; start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`test fixture: "${quote}" is not in the text`);
  return { quote, start, end: start + quote.length };
}

export function datasetWithText(): Dataset {
  return Dataset.parse({
    dataset: { id: 'lima-group-2019', title: 'Lima Group, February 2019', description: 'A test data set whose sources carry their text.' },
    sources: [
      {
        id: 'wire-2019-02-04-lima',
        title: 'Lima Group backs Guaidó',
        publisher: 'Test Wire',
        date: '2019-02-04',
        author: 'A. Reporter',
        section: 'World',
        file: 'lima.txt',
        url: 'https://example.org/lima?id=1&lang=en',
        text: ARTICLE,
      },
    ],
    actors: [
      { id: 'lima-group', name: 'Lima Group', aliases: ['Grupo de Lima'], kind: 'bloc' },
      { id: 'juan-guaido', name: 'Juan Guaidó', kind: 'person', description: 'President of the National Assembly.' },
      { id: 'canada', name: 'Canada', kind: 'state' },
      { id: 'national-assembly', name: 'National Assembly', kind: 'institution' },
    ],
    topics: [{ id: 'peaceful-solution', name: 'Peaceful, negotiated solution' }],
    stances: [
      {
        from: 'lima-group',
        to: 'juan-guaido',
        kind: 'RECOGNISES',
        polarity: 1,
        date: '2019-02-04',
        certainty: 'reported',
        evidence: [{ ...at(ARTICLE, 'The Lima Group “recognises” Juan Guaidó as interim president.'), source: 'wire-2019-02-04-lima' }],
      },
      {
        id: 'canada-backs-assembly',
        from: 'canada',
        to: 'national-assembly',
        kind: 'SUPPORTS',
        polarity: 1,
        date: '2019-02-04',
        until: '2019-12-31',
        certainty: 'stated',
        note: 'Said by the foreign minister.',
        evidence: [
          { ...at(ARTICLE, 'minister said:\u00a0"We back the National Assembly."'), source: 'wire-2019-02-04-lima' },
          // A quote without offsets: the loader may place it in the text.
          { quote: 'We back the National Assembly.', source: 'wire-2019-02-04-lima' },
        ],
      },
      {
        from: 'canada',
        to: 'peaceful-solution',
        kind: 'SUPPORTS',
        polarity: 1,
        date: '2019-02-04',
        certainty: 'reported',
        evidence: [{ ...at(ARTICLE, 'Mexico and Uruguay called for talks instead.'), source: 'wire-2019-02-04-lima' }],
      },
    ],
  });
}

export function datasetWithEvents(): Dataset {
  return Dataset.parse({
    dataset: { id: 'gdelt-sample', title: 'GDELT sample' },
    sources: [
      { id: 'gdelt-835311256', title: 'GDELT event 835311256', publisher: 'GDELT 2.0', date: '2019-03-10', url: 'https://example.org/news/1' },
      { id: 'gdelt-835399001', title: 'GDELT event 835399001', publisher: 'GDELT 2.0', date: '2019-03-12' },
    ],
    actors: [
      { id: 'usa', name: 'United States', aliases: ['USA'], kind: 'state' },
      { id: 'vengov', name: 'Venezuelan government', aliases: ['VENGOV'], kind: 'institution' },
      { id: 'rus', name: 'Russia', aliases: ['RUS'], kind: 'state' },
    ],
    stances: [
      {
        from: 'usa',
        to: 'vengov',
        kind: 'SANCTIONS',
        polarity: -1,
        date: '2019-03-10',
        certainty: 'reported',
        eventCount: 2,
        lastSeen: '2019-03-12',
        evidence: [
          { event: '835311256', source: 'gdelt-835311256' },
          { event: '835399001', source: 'gdelt-835399001' },
        ],
      },
      {
        from: 'rus',
        to: 'vengov',
        kind: 'SUPPORTS',
        polarity: 1,
        date: '2019-03-12',
        certainty: 'reported',
        eventCount: 1,
        lastSeen: '2019-03-12',
        evidence: [{ event: '835399001', source: 'gdelt-835399001' }],
      },
    ],
  });
}
