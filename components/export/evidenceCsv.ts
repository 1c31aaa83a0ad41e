/**
 * The evidence table as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line
 * breaks quoted, quotes doubled): one row per quote, with the stance it supports.
 */
import type { Elements } from '@/graph/elements';

export const EVIDENCE_COLUMNS = ['stance', 'polarity', 'quote', 'source', 'date'] as const;

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

/** One row per evidence quote of every edge: "Russia supports Nicolás Maduro", polarity (-1, 0, 1), quote, source, date. */
export function evidenceCsv(elements: Elements): string {
  const names = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const rows = [csvRow(EVIDENCE_COLUMNS)];
  for (const { data } of elements.edges) {
    const stance = `${names.get(data.source) ?? data.source} ${data.label} ${names.get(data.target) ?? data.target}`;
    for (const item of data.evidence) {
      const source = item.source ? `${item.source.title} (${item.source.publisher}, ${item.source.date})` : item.sourceId;
      rows.push(csvRow([stance, String(data.polarity), item.quote, source, data.date ?? item.source?.date ?? '']));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
