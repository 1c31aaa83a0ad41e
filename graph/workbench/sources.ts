/**
 * Sources added in the browser (POST /api/edit/sources) and the list the workbench opens them
 * from (GET /api/workbench/sources). An article is stored as a `(:Source)` with its text in a
 * chosen data set, or in a new data set, through the audited write path (graph/edit/entities.ts),
 * and recorded as one `source.create` change, so it can be reverted like any other edit.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { getEnv } from '@/graph/db/env';
import { transactions } from '@/graph/db/driver';
import { articleText } from '@/graph/workbench/articleText';
import { recordChange } from '@/graph/edit/audit';
import type { Entity } from '@/graph/edit/changeTypes';
import { writeEntities } from '@/graph/edit/entities';
import type { EditorSession } from '@/graph/auth/guard';
import type { SourceCreateBody, SourceCreated, SourceList } from '@/graph/workbench/workbenchTypes';
import { ApiError } from '@/graph/http/errors';
import { slugify } from '@/graph/import/slug';

const { read, write } = transactions('edit');

/** Ids made from titles stay readable in addresses. */
const ID_MAX_CHARS = 60;

/** A slug of `title` for an id: cut at a hyphen, never empty. */
export function idFromTitle(title: string, fallback: string): string {
  const slug = slugify(title);
  if (slug.length <= ID_MAX_CHARS) return slug || fallback;
  const cut = slug.slice(0, ID_MAX_CHARS);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : ID_MAX_CHARS).replace(/-+$/, '') || fallback;
}

/** `base`, or `base-2`, `base-3`, ... : the first id no node of `label` has. */
async function freeId(tx: ManagedTransaction, label: 'Source' | 'Dataset', base: string): Promise<string> {
  const result = await tx.run(`MATCH (n:${label}) WHERE n.id = $base OR n.id STARTS WITH $prefix RETURN n.id AS id`, { base, prefix: `${base}-` });
  const taken = new Set(result.records.map((r) => r.get('id') as string));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function datasetIds(tx: ManagedTransaction): Promise<string[]> {
  return (await tx.run('MATCH (d:Dataset) RETURN d.id AS id ORDER BY id')).records.map((r) => r.get('id') as string);
}

const badField = (field: string, problem: string) => {
  const issue = `${field}: ${problem}`;
  return new ApiError(400, 'BadRequest', `Bad request body: ${issue}`, { issues: [issue] });
};

/** The data set the source goes into: an existing one, or a new one (created by this change). */
async function chooseDataset(tx: ManagedTransaction, body: SourceCreateBody): Promise<{ id: string; created: boolean }> {
  const loaded = await datasetIds(tx);
  if (body.datasetTitle === undefined) {
    const id = body.dataset ?? '';
    if (loaded.includes(id)) return { id, created: false };
    throw badField('dataset', `no data set has the id "${id}" (${loaded.length > 0 ? `loaded: ${loaded.join(', ')}` : 'none is loaded'}); give datasetTitle to make a new one`);
  }
  if (body.dataset !== undefined) {
    if (loaded.includes(body.dataset)) throw badField('dataset', `a data set "${body.dataset}" exists already; choose it without datasetTitle, or give the new one another id`);
    return { id: body.dataset, created: true };
  }
  return { id: await freeId(tx, 'Dataset', idFromTitle(body.datasetTitle, 'dataset')), created: true };
}

/** The text to store, refused with 413 above SOURCE_MAX_BYTES (counted before HTML is converted) and 400 when nothing readable is left. */
export function storedText(body: Pick<SourceCreateBody, 'text' | 'html'>, maxBytes: number): string {
  const raw = body.html ?? body.text ?? '';
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes > maxBytes) {
    throw new ApiError(413, 'TooLarge', `The article is ${bytes} bytes; the limit is ${maxBytes} bytes (SOURCE_MAX_BYTES).`, { bytes, maxBytes });
  }
  const text = articleText(body.html !== undefined ? { html: body.html } : { text: raw });
  if (text.trim().length === 0) throw badField(body.html !== undefined ? 'html' : 'text', 'the article has no readable text');
  return text;
}

const CONSTRAINT_FAILED = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** Stores the article as a new source (and data set), recorded as one `source.create` change. */
export async function createSource(body: SourceCreateBody, editor: EditorSession): Promise<SourceCreated> {
  const text = storedText(body, getEnv().SOURCE_MAX_BYTES);
  try {
    return await write(async (tx) => {
      const dataset = await chooseDataset(tx, body);
      const id = await freeId(tx, 'Source', idFromTitle(body.title, 'source'));
      // CREATE, not MERGE: with the loader's unique constraints, a same-named source or data set
      // added at the same moment fails here instead of being written over.
      await tx.run('CREATE (:Source {id: $id})', { id });
      if (dataset.created) await tx.run('CREATE (:Dataset {id: $id, complete: true})', { id: dataset.id });

      const before: Entity[] = [{ type: 'source', id, value: null }];
      const after: Entity[] = [{
        type: 'source',
        id,
        value: {
          title: body.title, publisher: body.publisher, date: body.date, author: body.author ?? null, section: null,
          file: null, url: body.url ?? null, text, datasets: [dataset.id], version: 1,
        },
      }];
      if (dataset.created) {
        // After the source, so a revert deletes the source first and then the then-empty data set.
        before.push({ type: 'dataset', id: dataset.id, value: null });
        after.push({ type: 'dataset', id: dataset.id, value: { title: body.datasetTitle ?? dataset.id, description: null, format: 'workbench' } });
      }
      await writeEntities(tx, after, before);
      await recordChange(tx, {
        editor: editor.name,
        action: 'source.create',
        dataset: dataset.id,
        actorIds: [],
        target: id,
        before,
        after,
        summary: `Added source "${body.title}" (${body.publisher}, ${body.date})${dataset.created ? ` in the new data set "${body.datasetTitle ?? dataset.id}"` : ''}`,
      });
      return { id, dataset: dataset.id, datasetCreated: dataset.created, chars: text.length };
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === CONSTRAINT_FAILED) {
      throw new ApiError(409, 'EditConflict', 'A source or data set with the same id was added at the same moment; send the article again.');
    }
    throw error;
  }
}

/** Sources, newest first, with how much text each stores and how many quotes cite it. */
export async function listSources(datasets: readonly string[], limit: number): Promise<SourceList> {
  return read(async (tx) => {
    const rows = (await tx.run(
      `MATCH (s:Source)
       WHERE size($datasets) = 0 OR any(d IN coalesce(s.datasets, []) WHERE d IN $datasets)
       RETURN s.id AS id, coalesce(s.title, s.id) AS title, coalesce(s.publisher, '') AS publisher, toString(s.date) AS date,
              coalesce(s.datasets, []) AS datasets, size(s.text) AS chars
       ORDER BY s.date DESC, title, id
       LIMIT $limit`,
      // An integer for LIMIT: a JavaScript number would reach Neo4j as a float.
      { datasets: [...datasets], limit: neo4j.int(Math.trunc(limit) + 1) },
    )).records;
    const ids = rows.map((r) => r.get('id') as string);
    // One pass over the stances for all listed sources, not one per source.
    const counts = new Map<string, number>();
    for (const record of (await tx.run(
      `MATCH ()-[r]->() WHERE r.sourceIds IS NOT NULL
       UNWIND r.sourceIds AS sid
       WITH sid WHERE sid IN $ids
       RETURN sid, count(*) AS n`,
      { ids },
    )).records) counts.set(record.get('sid') as string, Number(record.get('n')));
    const sources = rows.slice(0, limit).map((r) => {
      const id = r.get('id') as string;
      const chars: unknown = r.get('chars');
      return {
        id,
        title: String(r.get('title')),
        publisher: String(r.get('publisher')),
        date: String(r.get('date') ?? ''),
        datasets: r.get('datasets') as string[],
        chars: chars === null ? null : Number(chars),
        quotes: counts.get(id) ?? 0,
      };
    });
    return { sources, truncated: rows.length > limit };
  });
}
