/**
 * The evidence table as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line
 * breaks quoted, quotes doubled): one row per quote, with the stance it supports.
 */
import type { Elements } from '@/graph/elements';
import { csvDocument } from '@/components/csv';

export const EVIDENCE_COLUMNS = ['stance', 'polarity', 'quote', 'source', 'date'] as const;

/** One row per evidence quote of every edge: "Russia supports Nicolás Maduro", polarity (-1, 0, 1), quote, source, date. */
export function evidenceCsv(elements: Elements): string {
  const names = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const rows: string[][] = [[...EVIDENCE_COLUMNS]];
  for (const { data } of elements.edges) {
    const stance = `${names.get(data.source) ?? data.source} ${data.label} ${names.get(data.target) ?? data.target}`;
    for (const item of data.evidence) {
      const source = item.source ? `${item.source.title} (${item.source.publisher}, ${item.source.date})` : item.sourceId;
      rows.push([stance, String(data.polarity), item.quote, source, data.date ?? item.source?.date ?? '']);
    }
  }
  return csvDocument(rows);
}
