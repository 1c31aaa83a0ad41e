import { evidenceCsv, EVIDENCE_COLUMNS } from '@/components/export/evidenceCsv';
import { csvField } from '@/components/csv';
import { seedElements, HOSTILE_TEXT } from '@/components/export/__fixtures__/elements';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i += 2;
      continue;
    }
    i += 1;
    if (quoted) {
      if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i] === '\n') {
      i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch === '\r' || ch === '\n' || ch === '"') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i - 1}`);
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('components/export/evidenceCsv', () => {
  const elements = seedElements();
  const rows = readCsv(evidenceCsv(elements));

  it('has the header and one row per evidence quote, every row as wide as the header', () => {
    expect(rows[0]).toEqual([...EVIDENCE_COLUMNS]);
    const quotes = elements.edges.flatMap((e) => (e.data.evidence ?? []).map((item) => item.quote));
    expect(rows.slice(1).map((r) => r[3])).toEqual(quotes);
    for (const row of rows) expect(row).toHaveLength(EVIDENCE_COLUMNS.length);
  });

  it('names the stance by its ends, with polarity, certainty, source, publisher and date', () => {
    const edge = elements.edges.find((e) => e.data.polarity === -1 && e.data.certainty === 'reported' && e.data.evidence?.[0]?.source)!;
    const names = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
    const row = rows.find((r) => r[3] === edge.data.evidence![0]!.quote)!;
    expect(row[0]).toBe(`${names.get(edge.data.source)} ${edge.data.label} ${names.get(edge.data.target)}`);
    expect(row.slice(1, 3)).toEqual(['-1', 'reported']);
    expect(row[4]).toContain(edge.data.evidence![0]!.source!.title);
    expect(row[5]).toBe(edge.data.evidence![0]!.source!.publisher);
    expect(row[7]).toBe(edge.data.date);
  });

  it('writes each stance as the app does: a neutral one never "supports", a claimed one says who reports it', () => {
    const neutral = rows.filter((r) => r[1] === '0');
    expect(neutral.length).toBeGreaterThan(0);
    expect(neutral.filter((r) => /\b(supports|opposes)\b/.test(r[0] ?? '')).map((r) => r[0])).toEqual([]);
    const claimed = rows.filter((r) => r[2] === 'claimed');
    expect(claimed.length).toBeGreaterThan(0);
    expect(claimed.every((r) => r[0]?.startsWith('According to ') && r[0].endsWith('(claimed)'))).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas, a node label that starts the stance cell included', () => {
    const elements = seedElements();
    const edge = elements.edges.find((e) => (e.data.evidence?.length ?? 0) > 0)!;
    const hostile = '=HYPERLINK("https://evil.example","Open")';
    const nodes = elements.nodes.map((n) => (n.data.id === edge.data.source ? { ...n, data: { ...n.data, label: hostile } } : n));
    const edges = [{ data: { ...edge.data, certainty: 'stated' as const, evidence: [{ ...edge.data.evidence![0]!, quote: '@SUM(A1:A9)' }] } }];
    const [, row] = readCsv(evidenceCsv({ nodes, edges }));
    expect(row![0]).toMatch(/^'=HYPERLINK/);
    expect(row![3]).toBe("'@SUM(A1:A9)");
    expect(row![1]).toBe(String(edge.data.polarity)); // a plain number stays one
  });

  it('quotes fields with commas, quotes and line breaks and leaves the text intact', () => {
    expect(rows.some((r) => r[3] === HOSTILE_TEXT)).toBe(true);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
  });
});
