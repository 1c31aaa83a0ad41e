/**
 * `/api/schema`: the labels, relationship types (each with how many there are) and property keys
 * in the database, for the console's autocompletion and the legend. Any data, not only stances.
 */
import { read } from '@/graph/driver';
import type { SchemaResponse } from '@/graph/apiTypes';

export async function schemaInfo(): Promise<SchemaResponse> {
  return read(async (tx) => {
    const labels = await tx.run(
      `CALL db.labels() YIELD label
       CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
       RETURN label AS name, count ORDER BY name`,
    );
    const types = await tx.run(
      `CALL db.relationshipTypes() YIELD relationshipType AS type
       CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
       RETURN type AS name, count ORDER BY name`,
    );
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
