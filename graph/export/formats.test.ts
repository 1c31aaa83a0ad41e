import { parseDocument } from 'yaml';
import { EXPORT_FILE, ExportFormat, exportFileName, exportUrl } from '@/graph/model/exportFormats';
import { datasetToJson, datasetToYaml, serialiseDataset } from '@/graph/export/formats';
import { datasetWithEvents, datasetWithText } from '@/graph/export/testDatasets';
import { SPREADSHEET_COLUMNS } from '@/graph/import/spreadsheetFormat';
import { Dataset } from '@/graph/model/schema';
import { parseDataset, readDataset } from '@/graph/import/readDataset';

const venezuela = readDataset();

describe('graph/export/formats', () => {
  it.each([
    ['the Venezuela seed data', venezuela],
    ['a data set with source texts and quote offsets', datasetWithText()],
    ['a data set of coded events', datasetWithEvents()],
  ])('writes %s as YAML and JSON that parseDataset reads back to the same Dataset', (_name, data) => {
    expect(parseDataset(datasetToYaml(data), 'export.yaml')).toEqual(data);
    expect(parseDataset(datasetToJson(data), 'export.json')).toEqual(data);
  });

  it('keeps source text exactly: line breaks, tabs, no-break spaces, trailing spaces', () => {
    const data = datasetWithText();
    const text = data.sources[0]!.text!;
    expect(text).toMatch(/\u00a0/);
    expect(parseDataset(datasetToYaml(data), 'export.yaml').sources[0]!.text).toBe(text);
  });

  it('lays YAML out as the seed files: dataset, sources, actors, topics, stances; dates quoted; no empty aliases', () => {
    const yaml = datasetToYaml(datasetWithText());
    expect(Object.keys(parseDocument(yaml).toJS() as object)).toEqual(['dataset', 'sources', 'actors', 'topics', 'stances']);
    expect(yaml).toMatch(/^\n?stances:$/m);
    expect(yaml).toContain("date: '2019-02-04'");
    expect(yaml).toContain("until: '2019-12-31'");
    // Juan Guaidó has no aliases: the key is left out, as a hand-written file would.
    expect(yaml).toMatch(/- id: juan-guaido\n {4}name: Juan Guaidó\n {4}kind: person/);
    // One line per quote, however long (no folding).
    expect(yaml).toContain('quote: The Lima Group “recognises” Juan Guaidó as interim president.\n');
    expect(yaml).toMatch(/\n\nsources:\n/);
  });

  it('writes event evidence with its event id and no quote, and the event counts', () => {
    const json = JSON.parse(datasetToJson(datasetWithEvents())) as { stances: Record<string, unknown>[] };
    expect(json.stances[0]).toMatchObject({ eventCount: 2, lastSeen: '2019-03-12', evidence: [{ event: '835311256', source: 'gdelt-835311256' }, { event: '835399001', source: 'gdelt-835399001' }] });
    expect(json.stances[0]!.evidence).toEqual([{ event: '835311256', source: 'gdelt-835311256' }, { event: '835399001', source: 'gdelt-835399001' }]);
  });

  it('gives the same text for the same data (deterministic)', () => {
    expect(datasetToYaml(venezuela)).toBe(datasetToYaml(readDataset()));
    expect(datasetToJson(venezuela)).toBe(datasetToJson(readDataset()));
  });

  it('writes CSV in the spreadsheet template: its header, then a row per actor, topic, source and piece of evidence', () => {
    const data = datasetWithText();
    const csv = serialiseDataset(data, 'csv');
    const lines = csv.split('\n');
    expect(lines[0]).toBe(SPREADSHEET_COLUMNS.join(','));
    const evidenceRows = data.stances.reduce((n, s) => n + s.evidence.length, 0);
    // Header, dataset row, actors, topics, sources, evidence rows; source text spans lines inside quotes, so count records, not lines.
    expect(csv.match(/^(dataset|actor|topic|source),/gm)?.length).toBe(1 + data.actors.length + data.topics.length + data.sources.length);
    // Stance rows leave `type` empty; none of the text's own lines starts with a comma.
    expect(csv.match(/^,/gm)?.length).toBe(evidenceRows);
    expect(csv).toContain(',"minister said:\u00a0""We back the National Assembly.""",');
  });

  it('names files, media types and download URLs by format', () => {
    expect(exportFileName('venezuela-2019', 'yaml')).toBe('venezuela-2019.yaml');
    expect(exportFileName('venezuela-2019', 'csv')).toBe('venezuela-2019.csv');
    expect(EXPORT_FILE.json.mimeType).toMatch(/^application\/json/);
    expect(ExportFormat.safeParse('xml').success).toBe(false);
    expect(exportUrl('venezuela-2019', 'json')).toBe('/api/datasets/venezuela-2019/export?format=json');
    expect(exportUrl('a/b?c', 'yaml')).toBe('/api/datasets/a%2Fb%3Fc/export?format=yaml');
  });

  it('writes only what the Dataset schema accepts', () => {
    expect(Dataset.safeParse(JSON.parse(datasetToJson(datasetWithEvents()))).success).toBe(true);
  });
});
