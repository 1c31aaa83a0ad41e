/**
 * A stance as the loader sends it to Neo4j: one flat row per stance record, its evidence as the
 * parallel lists a relationship stores, and the merging of records of one stance within a batch
 * (hashed once merged). Pure: the loader's queries are graph/datasets/stanceWrites.ts, and the
 * first pass (graph/import/validate.ts) and the spool hold these rows without touching Neo4j.
 */
import { createHash } from 'node:crypto';
import { placeQuote, stanceId, type Stance } from '@/graph/model/schema';

/** The stored text of each source an import defines (undefined when it stores none), to place quotes. */
export type SourceTexts = ReadonlyMap<string, string | undefined>;

/** Evidence as the parallel lists a relationship stores (docs/data-format.md, "Storage"). */
function evidenceLists(stance: Stance, sourceTexts: SourceTexts) {
  const evidence = stance.evidence.map((e) => placeQuote(e, { text: sourceTexts.get(e.source) }));
  return {
    quotes: evidence.map((e) => e.quote ?? ''),
    sourceIds: evidence.map((e) => e.source),
    quoteStarts: evidence.map((e) => e.start ?? -1),
    quoteEnds: evidence.map((e) => e.end ?? -1),
    eventIds: evidence.map((e) => e.event ?? ''),
  };
}

/** A stance as the loader writes it (also used by the browser import's preview, graph/edit/importPreview.ts). */
export function stanceRow(s: Stance, sourceTexts: SourceTexts) {
  const lists = evidenceLists(s, sourceTexts);
  const fields = {
    id: stanceId(s), from: s.from, to: s.to, kind: s.kind, polarity: s.polarity, date: s.date, until: s.until ?? null,
    certainty: s.certainty, note: s.note ?? null, eventCount: s.eventCount ?? null, lastSeen: s.lastSeen ?? null, ...lists,
  };
  return { ...fields, hash: '' };
}

export type StanceRow = ReturnType<typeof stanceRow>;

/**
 * Records of one stance in the same batch, merged here: within one `UNWIND` Neo4j may run every
 * row's MERGE before any row's SET, so the query cannot see an earlier row of its own batch.
 */
export function mergeRows(rows: StanceRow[]): StanceRow[] {
  const byId = new Map<string, StanceRow>();
  for (const row of rows) {
    const key = `${row.kind}\u0000${row.from}\u0000${row.to}\u0000${row.id}`;
    const first = byId.get(key);
    if (!first) {
      byId.set(key, { ...row, quotes: [...row.quotes], sourceIds: [...row.sourceIds], quoteStarts: [...row.quoteStarts], quoteEnds: [...row.quoteEnds], eventIds: [...row.eventIds] });
      continue;
    }
    row.quotes.forEach((quote, i) => {
      const known = first.quotes.some((q, j) => q === quote && first.sourceIds[j] === row.sourceIds[i] && first.eventIds[j] === row.eventIds[i]);
      if (known) return;
      first.quotes.push(quote);
      first.sourceIds.push(row.sourceIds[i] ?? '');
      first.quoteStarts.push(row.quoteStarts[i] ?? -1);
      first.quoteEnds.push(row.quoteEnds[i] ?? -1);
      first.eventIds.push(row.eventIds[i] ?? '');
    });
  }
  // Hashed once merged, so a stance hashes the same whether its quotes came in one record or several.
  return [...byId.values()].map((row) => ({ ...row, hash: createHash('sha1').update(JSON.stringify({ ...row, hash: '' })).digest('base64') }));
}
