/**
 * Small data sets for tests of several data sets side by side: two crises that share one actor
 * (`mediator`, written the same in both, as ids match actors across data sets), and one that
 * shares an actor of the Venezuela seed data, for the explorer's data set picker.
 */
import { Dataset, type Actor, type DatasetInput } from '@/graph/model/schema';

const mediator = { id: 'mediator', name: 'The Mediator', kind: 'organisation' } as const;

/** alpha backs beta and (until February) opposes the mediator; beta backs a truce (a topic). */
export const crisisA: Dataset = Dataset.parse({
  dataset: { id: 'crisis-a', title: 'Crisis A', description: 'A test crisis in 2020.' },
  actors: [{ id: 'alpha', name: 'Alphaland', kind: 'state' }, { id: 'beta', name: 'Betaland', kind: 'state' }, mediator],
  topics: [{ id: 'truce', name: 'A truce' }],
  sources: [{ id: 'a-wire', title: 'Alpha wire', publisher: 'Wire', date: '2020-01-01' }],
  stances: [
    { from: 'alpha', to: 'beta', kind: 'SUPPORTS', polarity: 1, date: '2020-01-02', certainty: 'stated', evidence: [{ quote: 'Alpha backs Beta', source: 'a-wire' }] },
    { from: 'alpha', to: 'mediator', kind: 'OPPOSES', polarity: -1, date: '2020-01-03', until: '2020-02-01', certainty: 'reported', evidence: [{ quote: 'Alpha rejects the mediator', source: 'a-wire' }] },
    { from: 'beta', to: 'truce', kind: 'SUPPORTS', polarity: 1, date: '2020-01-05', certainty: 'stated', evidence: [{ quote: 'Beta wants a truce', source: 'a-wire' }] },
  ],
} satisfies DatasetInput);

/** gamma backs the mediator (two sources); delta opposes gamma from June to July 2021. */
export const crisisB: Dataset = Dataset.parse({
  dataset: { id: 'crisis-b', title: 'Crisis B' },
  actors: [{ id: 'gamma', name: 'Gammaland', kind: 'state' }, { id: 'delta', name: 'Delta Person', kind: 'person' }, mediator],
  sources: [
    { id: 'b-post', title: 'Gamma post', publisher: 'Post', date: '2021-06-01' },
    { id: 'b-wire', title: 'Gamma wire', publisher: 'Wire', date: '2021-06-02' },
  ],
  stances: [
    {
      from: 'gamma',
      to: 'mediator',
      kind: 'SUPPORTS',
      polarity: 1,
      date: '2021-06-02',
      certainty: 'stated',
      evidence: [
        { quote: 'Gamma welcomes the mediator', source: 'b-post' },
        { quote: 'Gamma thanks the mediator', source: 'b-wire' },
      ],
    },
    { from: 'delta', to: 'gamma', kind: 'OPPOSES', polarity: -1, date: '2021-06-03', until: '2021-07-10', certainty: 'claimed', evidence: [{ quote: 'Delta denounces Gamma', source: 'b-wire' }] },
  ],
} satisfies DatasetInput);

/**
 * A second data set beside the Venezuela seed for the explorer: two test actors and `shared`
 * (an actor of the seed data, copied exactly so loading this changes nothing about it).
 */
export function pickerDataset(shared: Actor): Dataset {
  return Dataset.parse({
    dataset: { id: 'test-crisis', title: 'Test crisis', description: 'Two test actors and one shared with the Venezuela data.' },
    actors: [{ id: 'northland', name: 'Northland', kind: 'state' }, { id: 'southland', name: 'Southland', kind: 'state' }, shared],
    sources: [{ id: 'test-wire', title: 'Test wire', publisher: 'Test Wire', date: '2021-03-04' }],
    stances: [
      { from: 'northland', to: 'southland', kind: 'SUPPORTS', polarity: 1, date: '2021-03-04', certainty: 'stated', evidence: [{ quote: 'Northland backs Southland', source: 'test-wire' }] },
      { from: shared.id, to: 'northland', kind: 'OPPOSES', polarity: -1, date: '2021-03-05', certainty: 'reported', evidence: [{ quote: 'It condemns Northland', source: 'test-wire' }] },
    ],
  } satisfies DatasetInput);
}
