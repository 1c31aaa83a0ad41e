/**
 * The data sets loaded (`/api/datasets`): each with what it holds (stances, actors, sources, the
 * dates its stances span), and the check that ids a request filters by name loaded data sets.
 */
import type { Driver } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { ApiError } from '@/graph/http/errors';
import type { DatasetListing } from '@/graph/datasets/datasetTypes';
import { SUMMARY_COLUMNS } from '@/graph/datasets/summary';

const { read } = transactions('load');

/** One row per data set, its counts kept on its node (graph/datasets/summary.ts). */
const LIST_DATASETS = `MATCH (d:Dataset)
  ${SUMMARY_COLUMNS}
  RETURN d.id AS id, d.title AS title, d.description AS description, d.version AS version, d.complete AS complete,
         stances, actors, sources, firstDate, lastDate
  ORDER BY coalesce(d.title, d.id), d.id`;

/** Every data set loaded, by title; empty on a graph without one. */
export async function listDatasets(driver?: Driver): Promise<DatasetListing[]> {
  return read(
    async (tx) => {
      const result = await tx.run(LIST_DATASETS);
      return result.records.map((record) => {
        const id = record.get('id') as string;
        const description = record.get('description') as string | null;
        const listing: DatasetListing = {
          id,
          title: (record.get('title') as string | null) ?? id,
          version: (record.get('version') as string | null) ?? null,
          // Data sets recorded before loads marked their end were only ever written whole.
          complete: (record.get('complete') as boolean | null) ?? true,
          stances: Number(record.get('stances')),
          actors: Number(record.get('actors')),
          sources: Number(record.get('sources')),
          firstDate: record.get('firstDate') as string | null,
          lastDate: record.get('lastDate') as string | null,
        };
        if (description) listing.description = description;
        return listing;
      });
    },
    driver ? { driver } : {},
  );
}

/**
 * Passes a query through when every data set id it filters by (`dataset`) is loaded, else a 400
 * naming the field and the unknown ids: a mistyped id would otherwise answer an empty graph, as
 * if the data set held nothing.
 */
export async function knownDatasets<Q extends { dataset?: readonly string[] | undefined }>(query: Q): Promise<Q> {
  const wanted = query.dataset;
  if (!wanted || wanted.length === 0) return query;
  const loaded = await read(async (tx) => {
    const result = await tx.run('MATCH (d:Dataset) RETURN d.id AS id ORDER BY id');
    return result.records.map((r) => r.get('id') as string);
  });
  const unknown = wanted.filter((id) => !loaded.includes(id));
  if (unknown.length === 0) return query;
  const problem = `dataset: no data set has the id ${unknown.map((id) => `"${id}"`).join(', ')} (${loaded.length > 0 ? `loaded: ${loaded.join(', ')}` : 'none is loaded'})`;
  throw new ApiError(400, 'BadRequest', `Bad query string: ${problem}`, { issues: [problem], unknown });
}
