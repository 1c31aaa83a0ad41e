/**
 * Every transaction the app opens is tagged `{app: 'stance-graph', kind}` (graph/db/driver.ts), so an
 * operator finds the console's queries with SHOW TRANSACTIONS and ends them; checked against Neo4j.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closeDriver, transactions, type TxKind } from '@/graph/db/driver';

afterAll(() => closeDriver());

/** The metadata of the transaction this query runs in, as Neo4j lists it. */
const OWN_METADATA = "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH 'SHOW TRANSACTIONS YIELD metaData, currentQuery' RETURN metaData";

describe('transaction metadata', () => {
  it.each<[TxKind, 'read' | 'write']>([
    ['console', 'read'],
    ['view', 'read'],
    ['edit', 'write'],
    ['load', 'write'],
  ])('tags a %s %s transaction with the app and its kind', async (kind, mode) => {
    const run = transactions(kind)[mode];
    const metadata = await run(async (tx) => (await tx.run(OWN_METADATA)).records.map((r) => r.get('metaData') as unknown));
    expect(metadata).toEqual([{ app: 'stance-graph', kind }]);
  });

  it('is the only way graph/ opens a session: no module but graph/db/driver.ts calls session()', () => {
    const root = path.resolve(__dirname, '..', '..', 'graph');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts') && file !== path.join(root, 'db', 'driver.ts')) {
          if (/\.session\(/.test(fs.readFileSync(file, 'utf8'))) offenders.push(path.relative(root, file));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
