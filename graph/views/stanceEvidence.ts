/**
 * The evidence of a batch of stances, by the elementIds the graph answers give their edges:
 * `GET /api/stances?ids=…`. Graph answers can then carry what drawing and filtering need and let
 * the panels fetch quotes only for the stances they show (issue #16, "evidence on demand").
 */
import { transactions } from '@/graph/db/driver';
import type { Json } from '@/graph/model/graphJson';
import { evidenceItems } from '@/graph/model/elements';
import type { EvidenceBatch, StanceEvidence } from '@/graph/views/viewTypes';
import { sourceLookup } from '@/graph/views/sources';

const { read } = transactions('view');


interface Row {
  id: string;
  stanceId: string | null;
  dataset: string | null;
  quotes: Json;
  sourceIds: Json;
  quoteStarts: Json;
  quoteEnds: Json;
  eventIds: Json;
}

// `elementId(r) IN $ids` is planned as a relationship-by-elementId seek: cost grows with the ids, not the graph.
const EVIDENCE_QUERY = `
MATCH ()-[r]->() WHERE elementId(r) IN $ids AND r.quotes IS NOT NULL
  AND ($datasets IS NULL OR r.dataset IN $datasets)
RETURN elementId(r) AS id, r.id AS stanceId, r.dataset AS dataset, r.quotes AS quotes, r.sourceIds AS sourceIds,
       [x IN coalesce(r.quoteStarts, []) | toFloat(x)] AS quoteStarts, [x IN coalesce(r.quoteEnds, []) | toFloat(x)] AS quoteEnds,
       r.eventIds AS eventIds`;

/** The evidence of each stance in `ids` (order kept, duplicates once), resolved against the Source nodes it cites. */
export async function evidenceOfStances(ids: readonly string[], datasets?: readonly string[]): Promise<EvidenceBatch> {
  const wanted = [...new Set(ids)];
  return read(async (tx) => {
    const result = await tx.run(EVIDENCE_QUERY, { ids: wanted, datasets: datasets ?? null });
    const rows = new Map<string, Row>(result.records.map((record) => [record.get('id') as string, record.toObject() as Row]));
    const cited = [...rows.values()].flatMap((row) => (Array.isArray(row.sourceIds) ? row.sourceIds.filter((s): s is string => typeof s === 'string') : []));
    const sources = await sourceLookup(tx, [...new Set(cited)]);
    const stances: StanceEvidence[] = [];
    const missing: string[] = [];
    for (const id of wanted) {
      const row = rows.get(id);
      if (!row) {
        missing.push(id);
        continue;
      }
      stances.push({
        id,
        stanceId: row.stanceId,
        dataset: row.dataset,
        evidence: evidenceItems(row.quotes, row.sourceIds, sources, { quoteStarts: row.quoteStarts, quoteEnds: row.quoteEnds, eventIds: row.eventIds }),
      });
    }
    return { stances, missing };
  });
}
