/**
 * `/api/schema`: the labels, relationship types (each with how many there are) and property keys
 * in the database, for the console's autocompletion and the legend. Any data, not only stances.
 */
import { transactions } from '@/graph/db/driver';
import type { SchemaResponse } from '@/graph/console/consoleTypes';

const { read } = transactions('console');

export async function schemaInfo(): Promise<SchemaResponse> {
  return read(async (tx) => {
    // One pass over nodes and one over relationships: counting per name with dynamic `$(...)`
    // labels cannot use the count store and would scan everything once per label instead.
    const labels = await tx.run('MATCH (n) UNWIND labels(n) AS name RETURN name, count(*) AS count ORDER BY name');
    const types = await tx.run('MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count ORDER BY name');
    const keys = await tx.run('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey');
    const counted = (records: typeof labels.records) =>
      records.map((r) => ({ name: String(r.get('name')), count: Number(r.get('count')) })).filter((c) => c.count > 0);
    return {
      labels: counted(labels.records),
      relationshipTypes: counted(types.records),
      propertyKeys: keys.records.map((r) => String(r.get('propertyKey'))),
    };
  });
}
