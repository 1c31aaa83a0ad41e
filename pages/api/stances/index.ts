/** GET /api/stances?ids=…: the evidence (quotes, sources, offsets, events) of up to MAX_EVIDENCE_IDS stances. */
import { StanceEvidenceQuery, MAX_EVIDENCE_IDS } from '@/graph/views/viewTypes';
import { ApiError } from '@/graph/http/errors';
import { parse, route } from '@/graph/http/route';
import type { EvidenceBatch } from '@/graph/views/viewTypes';
import { evidenceOfStances } from '@/graph/views/stanceEvidence';

export const config = { api: { bodyParser: false } };

export default route({
  GET: (req): Promise<EvidenceBatch> => {
    const query = parse(StanceEvidenceQuery, req.query, 'query string');
    const ids = query.ids;
    if (new Set(ids).size > MAX_EVIDENCE_IDS) {
      throw new ApiError(413, 'TooManyIds', `ids lists ${new Set(ids).size} stances; ask for at most ${MAX_EVIDENCE_IDS} at a time.`);
    }
    return evidenceOfStances(ids, query.dataset);
  },
});
