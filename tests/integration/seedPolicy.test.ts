/**
 * `npm start`'s seeding step against the real Neo4j: it loads the demo data set into an empty
 * database only; a database holding someone else's graph (here a small movies graph, as in
 * Neo4j's own example) is left exactly as it was.
 */
import { closeDriver, transactions } from '@/graph/db/driver';
import { resetGraph } from '@/graph/datasets/load';
import { seedIfEmpty } from '@/graph/datasets/seedPolicy';
import { readDataset } from '@/graph/import/readDataset';

const { read, write } = transactions('test');

const data = readDataset();

async function fingerprint(): Promise<{ nodes: number; relationships: number; labels: string[] }> {
  return read(async (tx) => {
    const result = await tx.run(
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL () { MATCH (n) UNWIND labels(n) AS label RETURN collect(DISTINCT label) AS labels }
       RETURN nodes, relationships, labels`,
    );
    const record = result.records[0]!;
    return { nodes: record.get('nodes').toNumber(), relationships: record.get('relationships').toNumber(), labels: [...(record.get('labels') as string[])].sort() };
  });
}

describe('seedPolicy against Neo4j', () => {
  beforeEach(() => resetGraph());
  afterAll(async () => {
    await resetGraph();
    await write((tx) => tx.run("MATCH (s:Snapshot {id: 'kept'}) DELETE s"));
    await closeDriver();
  });

  it('leaves a foreign graph untouched and says what it found', async () => {
    await write((tx) =>
      tx.run(
        `CREATE (m:Movie {title: 'The Matrix', released: 1999}), (k:Person {name: 'Keanu Reeves'}), (c:Person {name: 'Carrie-Anne Moss'})
         CREATE (k)-[:ACTED_IN {roles: ['Neo']}]->(m), (c)-[:ACTED_IN {roles: ['Trinity']}]->(m)`,
      ),
    );
    const before = await fingerprint();
    const lines: string[] = [];
    const report = await seedIfEmpty(data, (line) => lines.push(line));
    expect(report).toBeNull();
    expect(lines).toEqual(['The database holds 3 nodes and no Stance Graph data set; not seeding: run `npm run seed` to load one.']);
    expect(await fingerprint()).toEqual(before);
    expect(before.labels).not.toContain('Actor');
  });

  it('loads the demo data set into an empty database, then leaves it alone', async () => {
    const lines: string[] = [];
    const report = await seedIfEmpty(data, (line) => lines.push(line));
    expect(report?.stances).toBe(data.stances.length);
    expect(lines[0]).toBe(`The database is empty: loading the ${data.dataset.title} data set ...`);
    const loaded = await fingerprint();
    expect(await seedIfEmpty(data, (line) => lines.push(line))).toBeNull();
    expect(lines[1]).toBe(`The database holds the data set ${data.dataset.id}: not seeding.`);
    expect(await fingerprint()).toEqual(loaded);
  });

  it('counts a database holding only saved snapshots as empty (--reset keeps them)', async () => {
    await write((tx) => tx.run("CREATE (:Snapshot {id: 'kept'})"));
    const report = await seedIfEmpty(data, () => {});
    expect(report).not.toBeNull();
    expect((await fingerprint()).labels).toContain('Snapshot');
  });
});
