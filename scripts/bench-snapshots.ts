/**
 * `npm run bench:snapshots`: how long creating and reading a snapshot takes (the read includes
 * the "changed since" check against the live data) for views of growing size, and how big their
 * payloads are against SNAPSHOT_MAX_BYTES. Runs in an isolated Neo4j on a synthetic star-shaped
 * graph with real elementIds; prints p50/p95, asserts nothing.
 */
import { transactions } from '@/graph/db/driver';
import { recordsToGraph } from '@/graph/db/boltMappings';
import { toElements, type Elements } from '@/graph/model/elements';
import { ensureSchema } from '@/graph/datasets/load';
import { createSnapshot, getSnapshot, SnapshotInput } from '@/graph/snapshots/store';
import neo4j from 'neo4j-driver';
import { elapsed, quantile, runBench, withTestNeo4j } from '@/scripts/benchUtil';

const { read, write } = transactions('bench');

const SIZES = [50, 500, 2_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function seed(actors: number): Promise<void> {
  await ensureSchema();
  await write((tx) =>
    tx.run(
      `UNWIND range(0, $n - 1) AS i
       CREATE (a:Actor:State {id: 'actor-' + i, name: 'Actor ' + i, kind: 'state', aliases: ['A' + i], description: 'Synthetic actor ' + i})`,
      { n: actors },
    ),
  );
  // Each actor takes a stance on the next two: about two stances per actor, with quotes.
  await write((tx) =>
    tx.run(
      `MATCH (a:Actor) WITH a, toInteger(substring(a.id, 6)) AS i
       MATCH (b:Actor) WHERE b.id IN ['actor-' + ((i + 1) % $n), 'actor-' + ((i + 7) % $n)]
       CREATE (a)-[:SUPPORTS {id: a.id + '-' + b.id, polarity: 1, date: date('2019-01-23'), certainty: 'reported',
               quotes: ['Actor ' + i + ' said it backs the other side, in a quote of ordinary length for a news article.'], sourceIds: ['source-1']}]->(b)`,
      { n: neo4j.int(actors) },
    ),
  );
}

async function view(nodes: number): Promise<Elements> {
  const records = await read(async (tx) => (await tx.run('MATCH (a:Actor) WHERE toInteger(substring(a.id, 6)) < $n OPTIONAL MATCH (a)-[s]->(b:Actor) WHERE toInteger(substring(b.id, 6)) < $n RETURN a, s, b', { n: nodes })).records);
  const elements = toElements(recordsToGraph(records).graph, new Map());
  return { ...elements, nodes: elements.nodes.map((n, i) => ({ ...n, position: { x: (i % 50) * 80.5, y: Math.floor(i / 50) * 60.25 } })) };
}

async function main(): Promise<void> {
  await withTestNeo4j('bench-snapshots', async () => {
    await seed(Math.max(...SIZES));
    console.log(`Snapshots: ${RUNS} runs per size; create = POST work (JSON parse, zod validation, dataset version, live fingerprint, CREATE); read = GET work incl. "changed since".`);
    console.log('| nodes | edges | payload bytes | create p50 / p95 (ms) | read p50 / p95 (ms) |');
    console.log('|---:|---:|---:|---:|---:|');
    for (const size of SIZES) {
      const elements = await view(size);
      const input = { title: `Bench ${size}`, origin: { kind: 'explorer' as const, view: {} }, elements, viewport: { zoom: 1, pan: { x: 0, y: 0 } }, layout: 'preset' as const, selection: null, styleVersion: 'bench' };
      const creates: number[] = [];
      const reads: number[] = [];
      let bytes = 0;
      let id = '';
      for (let run = 0; run < RUNS; run++) {
        // The round trip through JSON is the POST's own parsing, so it counts as create time.
        const { ms: createMs, result: created } = await elapsed(() => createSnapshot(SnapshotInput.parse(JSON.parse(JSON.stringify(input)))));
        creates.push(createMs);
        bytes = created.snapshot.bytes;
        id = created.id;
        const { ms: readMs, result: got } = await elapsed(() => getSnapshot(id));
        reads.push(readMs);
        if (got.changes.changed) throw new Error(`snapshot ${id} reported changed data: ${got.changes.reasons.join(' ')}`);
      }
      const ms = (v: number) => v.toFixed(1);
      console.log(`| ${elements.nodes.length} | ${elements.edges.length} | ${bytes} | ${ms(quantile(creates, 0.5))} / ${ms(quantile(creates, 0.95))} | ${ms(quantile(reads, 0.5))} / ${ms(quantile(reads, 0.95))} |`);
    }
  });
}

runBench(main);
