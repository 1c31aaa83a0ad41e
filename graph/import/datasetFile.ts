/**
 * The data format itself (graph/model/schema.ts, YAML or JSON) as an importer: a file is small enough
 * to parse whole, and the Dataset schema has already checked it (every problem listed with its
 * place), so its records only need ordering for the write path.
 */
import { createHash } from 'node:crypto';
import type { Importer, ImportOptions, ImportRecord } from '@/graph/import/types';
import { readDataset } from '@/graph/import/readDataset';
import type { Dataset } from '@/graph/model/schema';

const BATCH = 2000;

/** A short content hash of the data: snapshots record it to tell when the data changed. */
export function datasetVersion(data: Dataset): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
}

export function datasetImporter(data: Dataset, file = `${data.dataset.id}.yaml`, format = 'yaml'): Importer {
  return {
    file,
    format,
    dataset: data.dataset,
    version: () => Promise.resolve(datasetVersion(data)),
    skipped: () => [],
    async *records() {
      const all: ImportRecord[] = [
        ...data.sources.map((value, i): ImportRecord => ({ type: 'source', at: `sources[${i}]`, value })),
        ...data.actors.map((value, i): ImportRecord => ({ type: 'actor', at: `actors[${i}]`, value })),
        ...data.topics.map((value, i): ImportRecord => ({ type: 'topic', at: `topics[${i}]`, value })),
        ...data.stances.map((value, i): ImportRecord => ({ type: 'stance', at: `stances[${i}]`, value })),
      ];
      for (let i = 0; i < all.length; i += BATCH) yield all.slice(i, i + BATCH);
      await Promise.resolve();
    },
  };
}

/** A `.yaml`/`.yml`/`.json` data file; `--dataset`/`--title` rename its data set. */
export function datasetFileImporter(file: string, options: ImportOptions = {}): Importer {
  const data = readDataset(file);
  const dataset = { ...data.dataset, ...(options.dataset ? { id: options.dataset } : {}), ...(options.title ? { title: options.title } : {}) };
  return datasetImporter({ ...data, dataset }, file, file.toLowerCase().endsWith('.json') ? 'json' : 'yaml');
}
