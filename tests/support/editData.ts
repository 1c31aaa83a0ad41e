/**
 * A small data set for the edit tests: one source with its full text (so quotes have places),
 * the duplicate pair "US" / "United States" an import typically leaves, and a topic. Quotes are
 * located in the text here, so a test never types an offset by hand.
 */
import { Dataset, type DatasetInput } from '@/graph/model/schema';

export const EDIT_DATASET = 'edit-crisis';

export const ARTICLE = [
  'The US backs Juan Guaidó as interim president.',
  'The United States recognises Juan Guaidó and urges fresh elections.',
  'Nicolás Maduro rejects the opposition and condemns the sanctions.',
  'The US sanctions PDVSA, the state oil company.',
  'Russia supports Nicolás Maduro.',
].join(' ');

/** `{quote, start, end}` of the first occurrence of `quote` in the article. */
export function place(quote: string, text = ARTICLE): { quote: string; start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`not in the article: ${quote}`);
  return { quote, start, end: start + quote.length };
}

export function editDataset(): Dataset {
  const evidence = (quote: string) => [{ ...place(quote), source: 'wire-article' }];
  return Dataset.parse({
    dataset: { id: EDIT_DATASET, title: 'Edit crisis' },
    actors: [
      { id: 'us', name: 'US', kind: 'state', aliases: ['USA'] },
      { id: 'united-states', name: 'United States', kind: 'state', aliases: ['United States of America'], description: 'A state.' },
      { id: 'juan-guaido', name: 'Juan Guaidó', kind: 'person' },
      { id: 'nicolas-maduro', name: 'Nicolás Maduro', kind: 'person' },
      { id: 'pdvsa', name: 'PDVSA', kind: 'company' },
      { id: 'russia', name: 'Russia', kind: 'state' },
    ],
    topics: [{ id: 'fresh-elections', name: 'Fresh elections' }],
    sources: [{ id: 'wire-article', title: 'Crisis wire', publisher: 'Wire', date: '2019-01-24', text: ARTICLE }],
    stances: [
      { from: 'us', to: 'juan-guaido', kind: 'SUPPORTS', polarity: 1, date: '2019-01-24', certainty: 'reported', evidence: evidence('The US backs Juan Guaidó') },
      { from: 'us', to: 'pdvsa', kind: 'SANCTIONS', polarity: -1, date: '2019-01-24', certainty: 'reported', evidence: evidence('The US sanctions PDVSA') },
      { from: 'united-states', to: 'juan-guaido', kind: 'RECOGNISES', polarity: 1, date: '2019-01-24', certainty: 'reported', evidence: evidence('The United States recognises Juan Guaidó') },
      { from: 'united-states', to: 'juan-guaido', kind: 'SUPPORTS', polarity: 1, date: '2019-01-24', certainty: 'reported', evidence: evidence('recognises Juan Guaidó and urges') },
      { from: 'united-states', to: 'fresh-elections', kind: 'SUPPORTS', polarity: 1, date: '2019-01-24', certainty: 'reported', evidence: evidence('urges fresh elections') },
      { from: 'nicolas-maduro', to: 'us', kind: 'OPPOSES', polarity: -1, date: '2019-01-24', certainty: 'claimed', evidence: evidence('Nicolás Maduro rejects the opposition') },
      { from: 'russia', to: 'nicolas-maduro', kind: 'SUPPORTS', polarity: 1, date: '2019-01-24', certainty: 'stated', evidence: evidence('Russia supports Nicolás Maduro') },
    ],
  } satisfies DatasetInput);
}
