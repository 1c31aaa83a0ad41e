/**
 * A snapshot freezes the evidence of the stances it shows. The explorer sends it (it fetched it for
 * the panels anyway); a script that posts a graph answer as it came (evidence on demand leaves the
 * quotes out) gets it filled in here, from the same batch query `/api/stances` uses, so `/s/<id>`
 * stays self-contained however it was made.
 */
import { ApiError } from '@/graph/http/errors';
import { MAX_EVIDENCE_IDS } from '@/graph/apiTypes';
import { evidenceOfStances } from '@/graph/views/stanceEvidence';
import { sourceCountOf } from '@/graph/model/elements';
import type { SnapshotInput } from '@/graph/snapshots/snapshotTypes';

type Elements = SnapshotInput['elements'];

/** The elements with every stance's evidence inline; a 400 naming the edge when a stance with evidence is not in the database. */
export async function withFrozenEvidence(elements: Elements): Promise<Elements> {
  const without = elements.edges.flatMap((edge, i) => (edge.data.evidence ? [] : [{ i, id: edge.data.id }]));
  if (without.length === 0) return elements;
  const found = new Map<string, NonNullable<Elements['edges'][number]['data']['evidence']>>();
  for (let start = 0; start < without.length; start += MAX_EVIDENCE_IDS) {
    const batch = await evidenceOfStances(without.slice(start, start + MAX_EVIDENCE_IDS).map((edge) => edge.id));
    for (const stance of batch.stances) found.set(stance.id, stance.evidence);
  }
  const edges = elements.edges.map((edge, i) => {
    if (edge.data.evidence) return edge;
    const evidence = found.get(edge.data.id);
    // The counts follow what was frozen: the edge's own may be missing (read as 0) or stale.
    if (evidence) return { ...edge, data: { ...edge.data, evidence, evidenceCount: evidence.length, sourceCount: sourceCountOf(evidence) } };
    if (edge.data.evidenceCount === 0) return { ...edge, data: { ...edge.data, evidence: [] } };
    throw new ApiError(
      400,
      'BadRequest',
      `Bad snapshot: elements.edges[${i}].data.evidence: is missing, and stance ${edge.data.id} is not in the database to freeze it from; send its evidence with the edge.`,
    );
  });
  return { ...elements, edges };
}
