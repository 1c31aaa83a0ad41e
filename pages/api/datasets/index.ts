/** GET /api/datasets: the data sets loaded, each with its stances, actors, sources and date span. */
import { route } from '@/graph/http/route';
import { listDatasets } from '@/graph/datasets/listing';
import type { DatasetsResponse } from '@/graph/datasets/datasetTypes';

// No body is read here; with Next's parser off, a stray malformed one cannot draw its plain-text 400.
export const config = { api: { bodyParser: false } };

export default route({
  GET: async (): Promise<DatasetsResponse> => ({ datasets: await listDatasets() }),
});
