/**
 * The evidence table as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line
 * breaks quoted, quotes doubled): one row per quote, with the stance it supports, written as the
 * app writes it everywhere (components/stanceSentence.ts).
 */
import type { Elements } from '@/graph/model/elements';
import { csvDocument } from '@/components/csv';
import { stanceSentence } from '@/components/stanceSentence';

export const EVIDENCE_COLUMNS = ['stance', 'polarity', 'certainty', 'quote', 'source', 'publisher', 'url', 'date'] as const;

/**
 * One row per evidence item of every edge: the stance's sentence ("Russia supports Nicolás
 * Maduro"), polarity (-1, 0, 1), certainty, the quote (or "Coded event <id>, not a quote"),
 * source, publisher, link, date.
 */
export function evidenceCsv(elements: Elements): string {
  const names = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const rows: string[][] = [[...EVIDENCE_COLUMNS]];
  for (const { data } of elements.edges) {
    const ends = new Map([data.source, data.target].map((id) => [id, names.get(id) ?? id]));
    const stance = stanceSentence(data, ends);
    // The export menu fetches every stance's evidence first (components/evidence/).
    for (const item of data.evidence ?? []) {
      const source = item.source ? `${item.source.title} (${item.source.date})` : item.sourceId;
      const quote = item.event !== undefined ? `Coded event ${item.event}, not a quote` : item.quote;
      rows.push([stance, String(data.polarity), data.certainty ?? '', quote, source, item.source?.publisher ?? '', item.source?.url ?? '', data.date ?? item.source?.date ?? '']);
    }
  }
  return csvDocument(rows);
}
