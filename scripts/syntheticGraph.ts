/**
 * The synthetic benchmark graph (10k actors, 100k stances by default), built as scripts/bench-api.ts
 * builds it: the same seeded generator, skew towards hub actors, kinds, dates and 5% of stances
 * towards topics, so figures of the two benchmarks describe the same kind of graph. Rows are
 * produced in memory first, so a benchmark can also analyse them without Neo4j.
 */
import type { Driver } from 'neo4j-driver';
import { ensureSchema } from '@/graph/datasets/load';
import { countMissingRankings } from '@/graph/datasets/rankings';
import { seededRandom } from '@/graph/analysis/compute/rng';
import { ACTOR_KIND_LABELS, Certainty, STANCE_KIND_POLARITY, type ActorKind, type StanceKind } from '@/graph/model/schema';

const TOPICS = 100;
const SOURCES = 200;
const BATCH = 5_000;

export interface SyntheticGraph {
  sources: { id: string; title: string; publisher: string; date: string }[];
  actors: { id: string; name: string; aliases: string[]; kind: ActorKind; label: string; description: string }[];
  topics: { id: string; name: string }[];
  stances: {
    from: string;
    to: string;
    toTopic: boolean;
    kind: StanceKind;
    props: { id: string; polarity: number; date: string; until: string | null; certainty: string; quotes: string[]; sourceIds: string[] };
  }[];
}

export function syntheticGraph(actorCount: number, stanceCount: number): SyntheticGraph {
  const random = seededRandom(2019);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const SYLLABLES = ['ma', 'du', 'ro', 'gua', 'i', 'do', 'ca', 'ra', 'cas', 'lo', 'pez', 'san', 'ti', 'a', 'go', 've', 'ne', 'zu', 'la', 'bo', 'li', 'var', 'mi', 'ran', 'da'];
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('');
  const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  /** Skewed towards low indexes, so a few actors are hubs as in real crises. */
  const skewed = (n: number) => Math.floor(n * random() ** 2.5);
  const isoDate = (dayOfYear: number) => new Date(Date.UTC(2019, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

  const kinds = Object.keys(ACTOR_KIND_LABELS) as ActorKind[];
  const sources = Array.from({ length: SOURCES }, (_, i) => ({ id: `source-${i}`, title: `${title(word())} report ${i}`, publisher: `${title(word())} News`, date: isoDate(i % 365) }));
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const kind = pick(kinds);
    const name = `${title(word())} ${title(word())}`;
    return { id: `actor-${i}`, name, aliases: [word(), `${name} ${i}`], kind, label: ACTOR_KIND_LABELS[kind], description: `Synthetic ${kind} number ${i}.` };
  });
  const topics = Array.from({ length: TOPICS }, (_, i) => ({ id: `topic-${i}`, name: `${title(word())} question` }));
  const stanceKinds = Object.keys(STANCE_KIND_POLARITY) as StanceKind[];
  const stances = Array.from({ length: stanceCount }, (_, i) => {
    const kind = pick(stanceKinds);
    const from = skewed(actorCount);
    let to = skewed(actorCount);
    if (to === from) to = (to + 1) % actorCount;
    const toTopic = random() < 0.05;
    const day = Math.floor(random() * 365);
    const evidence = 1 + Math.floor(random() * 2);
    const sourceIds = Array.from({ length: evidence }, () => `source-${Math.floor(random() * SOURCES)}`);
    return {
      from: `actor-${from}`,
      to: toTopic ? `topic-${Math.floor(random() * TOPICS)}` : `actor-${to}`,
      toTopic,
      kind,
      props: {
        id: `stance-${i}`,
        polarity: STANCE_KIND_POLARITY[kind],
        date: isoDate(day),
        until: random() < 0.2 ? isoDate(Math.min(364, day + 30)) : null,
        certainty: pick(Certainty.options),
        quotes: sourceIds.map(() => `${title(word())} ${word()} ${word()} said the ${word()} would ${word()} the ${word()}.`),
        sourceIds,
      },
    };
  });
  return { sources, actors, topics, stances };
}

/** Writes the graph into an empty Neo4j, in batches. */
export async function writeSyntheticGraph(driver: Driver, graph: SyntheticGraph): Promise<void> {
  const write = async (query: string, rows: object[]) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const session = driver.session();
      try {
        await session.executeWrite((tx) => tx.run(query, { rows: rows.slice(i, i + BATCH) }));
      } finally {
        await session.close();
      }
    }
  };
  await ensureSchema(driver);
  await write('UNWIND $rows AS row CREATE (s:Source {id: row.id, title: row.title, publisher: row.publisher, date: date(row.date)})', graph.sources);
  await write('UNWIND $rows AS row CREATE (a:Actor {id: row.id, name: row.name, aliases: row.aliases, kind: row.kind, description: row.description}) SET a:$(row.label)', graph.actors);
  await write('UNWIND $rows AS row CREATE (:Topic {id: row.id, name: row.name})', graph.topics);
  await write(
    `UNWIND $rows AS row
     MATCH (a:Actor {id: row.from})
     CALL (row) { MATCH (b:Actor {id: row.to}) RETURN b UNION MATCH (b:Topic {id: row.to}) RETURN b }
     CREATE (a)-[r:$(row.kind)]->(b)
     SET r = row.props, r.polarity = toInteger(row.props.polarity), r.date = date(row.props.date),
         r.until = CASE WHEN row.props.until IS NULL THEN null ELSE date(row.props.until) END`,
    graph.stances,
  );
  // Written around the loader, so its rankings are counted here (graph/datasets/rankings.ts).
  await countMissingRankings(driver);
  const session = driver.session();
  try {
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
