/**
 * The loader's first pass over an import: every record parsed with the data-format schema and
 * every cross-reference checked, before anything is written. It keeps only ids (and the texts of
 * sources that store one, to check quote offsets), so memory grows with the number of actors and
 * sources, never with the number of stances.
 */
import { Actor, Source, Stance, Topic, formatPath, quotePlaceProblem, stanceId } from '@/graph/model/schema';
import { ImportError, type Importer, type ImportRecord } from '@/graph/import/types';
import { KeySet } from '@/graph/import/keySet';
import type { Spool } from '@/graph/import/spool';
import { stanceRow } from '@/graph/import/stanceRow';
import type { z } from 'zod';

const SCHEMAS = { actor: Actor, topic: Topic, source: Source, stance: Stance } as const;

/** Where a record names something: `row 12`, `from`. */
export interface Place {
  at: string;
  field: string;
}

/** What the first pass learnt: enough for the second to write and report. */
export interface Validated {
  /** Actors defined by the import, with their kind. */
  actors: Map<string, string>;
  topics: Set<string>;
  /** Names of the actors and topics defined, to spot a known name under a new id. */
  names: Map<string, string>;
  /** Sources defined by the import; the text when stored (needed to place quotes). */
  sources: Map<string, string | undefined>;
  /** Ids named by stances but defined neither in the import nor yet checked in the database. */
  external: { endpoints: Map<string, Place>; sources: Map<string, Place> };
  records: number;
  stanceRecords: number;
  /** Distinct stance ids, counted with a set of their hashes (graph/import/keySet.ts: 8 bytes each, not the ids). */
  distinctStances: number;
  /**
   * Keys (`idKey`) of the stance ids that more than one record names: their evidence is merged,
   * so the loader must look for them. A rare collision of two ids' keys only sends both that way.
   */
  repeated: KeySet;
}

/** Parses one record's value, or throws an ImportError naming the record and the field. */
export function parseRecord<K extends ImportRecord['type']>(file: string, record: ImportRecord & { type: K }): z.infer<(typeof SCHEMAS)[K]> {
  const result = SCHEMAS[record.type].safeParse(record.value);
  if (result.success) return result.data as z.infer<(typeof SCHEMAS)[K]>;
  const issue = result.error.issues[0];
  throw new ImportError(file, record.at, issue ? formatPath(issue.path) : null, issue?.message ?? `not a valid ${record.type}`);
}

/** 32-bit FNV-1a, twice with different seeds: a compact key for counting distinct stance ids. */
export function idKey(id: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/**
 * The first pass. With a `spool`, every record also goes there as the write pass will need it
 * (graph/import/spool.ts), so the input is read and parsed only once.
 */
export async function validateImport(importer: Importer, spool?: Spool): Promise<Validated> {
  const { file } = importer;
  const v: Validated = {
    actors: new Map(),
    topics: new Set(),
    names: new Map(),
    sources: new Map(),
    external: { endpoints: new Map(), sources: new Map() },
    records: 0,
    stanceRecords: 0,
    distinctStances: 0,
    repeated: new KeySet(),
  };
  const stanceKeys = new KeySet();
  for await (const batch of importer.records()) {
    for (const record of batch) {
      v.records++;
      switch (record.type) {
        case 'actor': {
          const actor = parseRecord(file, record);
          const before = v.actors.get(actor.id);
          if (before !== undefined && before !== actor.kind) throw new ImportError(file, record.at, 'kind', `actor "${actor.id}" was given the kind ${before} earlier in the file, ${actor.kind} here`);
          if (v.topics.has(actor.id)) throw new ImportError(file, record.at, 'id', `"${actor.id}" is already a topic`);
          v.actors.set(actor.id, actor.kind);
          v.names.set(actor.id, actor.name);
          spool?.push({ type: 'actor', value: actor });
          break;
        }
        case 'topic': {
          const topic = parseRecord(file, record);
          if (v.actors.has(topic.id)) throw new ImportError(file, record.at, 'id', `"${topic.id}" is already an actor`);
          v.topics.add(topic.id);
          v.names.set(topic.id, topic.name);
          spool?.push({ type: 'topic', value: topic });
          break;
        }
        case 'source': {
          const source = parseRecord(file, record);
          v.sources.set(source.id, source.text);
          spool?.push({ type: 'source', value: source });
          break;
        }
        case 'stance': {
          const stance = parseRecord(file, record);
          v.stanceRecords++;
          const key = idKey(stanceId(stance));
          if (!stanceKeys.add(key)) v.repeated.add(key);
          if (!v.actors.has(stance.from) && !v.external.endpoints.has(stance.from)) v.external.endpoints.set(stance.from, { at: record.at, field: 'from' });
          if (!v.actors.has(stance.to) && !v.topics.has(stance.to) && !v.external.endpoints.has(stance.to)) v.external.endpoints.set(stance.to, { at: record.at, field: 'to' });
          stance.evidence.forEach((evidence, j) => {
            if (!v.sources.has(evidence.source)) {
              if (!v.external.sources.has(evidence.source)) v.external.sources.set(evidence.source, { at: record.at, field: `evidence[${j}].source` });
              return;
            }
            const problem = quotePlaceProblem(evidence, { id: evidence.source, text: v.sources.get(evidence.source) });
            if (problem) throw new ImportError(file, record.at, `evidence[${j}].quote`, `stance "${stanceId(stance)}": ${problem}`);
          });
          // Sources come before the stances citing them (the contract), so their texts are known here.
          spool?.push({ type: 'stance', value: stanceRow(stance, v.sources) });
          break;
        }
      }
    }
    await spool?.drain();
  }
  v.distinctStances = stanceKeys.size;
  // The writer flushes in batches, so a stance must never come before what it names (the contract).
  for (const [id, place] of v.external.endpoints) {
    if (v.actors.has(id) || v.topics.has(id)) throw new ImportError(file, place.at, place.field, `"${id}" is named before it is defined in the file`);
  }
  for (const [id, place] of v.external.sources) {
    if (v.sources.has(id)) throw new ImportError(file, place.at, place.field, `source "${id}" is named before it is defined in the file`);
  }
  return v;
}
