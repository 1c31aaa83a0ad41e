/**
 * Every importer through the browser against the production build (issue #38): an editor previews,
 * then imports, a YAML file, a JSON file, a spreadsheet (CSV), a Discourse Network Analyzer
 * database and a GDELT export from /sources. The DNA import hung under `next start` (sql.js looked
 * for its wasm through webpack's module ids), leaving its upload in the temp folder: each answer
 * must come, and no `stance-graph-import-*` folder may be left in os.tmpdir() by any of them.
 * Each data set is removed afterwards, so other tests see the seed as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { closeDriver, transactions } from '@/graph/db/driver';
import type { Format } from '@/graph/model/importFormats';
import { baseUrl, screenshot, setUpBrowser } from '@/tests/e2e/browser';
import { buildDnaFile } from '@/tests/support/dnaFile';
import { TEST_EDITOR } from '@/tests/support/editors';
import { gdeltEvent } from '@/tests/support/gdeltFile';
import { removeTestDataset } from '@/tests/support/testDataset';

const { read } = transactions('test');

const yamlFile = (id: string) => `dataset: { id: ${id}, title: E2E YAML import }
actors:
  - { id: e2e-yaml-land, name: E2E Yaml Land, kind: state }
  - { id: e2e-yaml-rebels, name: E2E Yaml Rebels, kind: group }
sources:
  - { id: e2e-yaml-wire, title: Yaml wire, publisher: Yaml Wire, date: "2019-02-01" }
stances:
  - { from: e2e-yaml-land, to: e2e-yaml-rebels, kind: SUPPORTS, polarity: 1, date: "2019-02-01", certainty: reported, evidence: [{ quote: Yaml Land backs the rebels, source: e2e-yaml-wire }] }
  - { from: e2e-yaml-rebels, to: e2e-yaml-land, kind: OPPOSES, polarity: -1, date: "2019-02-02", certainty: claimed, evidence: [{ quote: The rebels oppose Yaml Land, source: e2e-yaml-wire }] }
`;

const jsonFile = (id: string) => JSON.stringify({
  dataset: { id, title: 'E2E JSON import' },
  actors: [
    { id: 'e2e-json-land', name: 'E2E Json Land', kind: 'state' },
    { id: 'e2e-json-bloc', name: 'E2E Json Bloc', kind: 'bloc' },
  ],
  sources: [{ id: 'e2e-json-wire', title: 'Json wire', publisher: 'Json Wire', date: '2019-03-01' }],
  stances: [{ from: 'e2e-json-land', to: 'e2e-json-bloc', kind: 'SUPPORTS', polarity: 1, date: '2019-03-01', certainty: 'reported', evidence: [{ quote: 'Json Land backs the bloc', source: 'e2e-json-wire' }] }],
});

const CSV = `id,from,from_kind,to,to_kind,kind,polarity,date,until,certainty,quote,source_title,publisher,source_date,url,note
,E2E Sheet Land,state,E2E Sheet Rebels,group,SUPPORTS,1,2019-02-01,,reported,Sheet Land backs the rebels,Sheet wire story,Sheet Wire,2019-02-01,,
,E2E Sheet Rebels,,E2E Sheet Land,,OPPOSES,-1,2019-02-03,,claimed,The rebels oppose Sheet Land,Sheet wire story,Sheet Wire,2019-02-01,,
`;

const LIMA = 'Lima, 4 February. The Lima Group called for a transition without the use of force. Brazil said it would not allow any intervention from its territory.';

const dnaFile = async () => Buffer.from(await buildDnaFile({
  documents: [{ id: 1, title: 'Lima Group meets in Ottawa', text: LIMA, date: '2019-02-04', source: 'Wire' }],
  statements: [
    { id: 1, document: 1, quote: 'The Lima Group called for a transition without the use of force.', values: { organization: 'Lima Group', concept: 'Peaceful transition', agreement: 1 } },
    { id: 2, document: 1, quote: 'Brazil said it would not allow any intervention from its territory.', values: { organization: 'Brazil', concept: 'Military action in Venezuela', agreement: 0 } },
  ],
  entities: [
    { variable: 'organization', value: 'Lima Group', attributes: { Type: 'Alliance' } },
    { variable: 'organization', value: 'Brazil', attributes: { Type: 'Country' } },
  ],
}));

const GDELT = `${[
  gdeltEvent({ GlobalEventID: '5001', SQLDATE: '20190124' }),
  gdeltEvent({ GlobalEventID: '5002', SQLDATE: '20190125' }),
  gdeltEvent({ GlobalEventID: '5003', Actor1Code: 'RUS', Actor1Name: 'RUSSIA', EventCode: '072', EventBaseCode: '072', EventRootCode: '07', QuadClass: '2', GoldsteinScale: '8.3' }),
].join('\n')}\n`;

interface Case {
  format: Format;
  /** The name the browser sends; the format select follows it. */
  name: string;
  dataset: string;
  bytes: () => Promise<Buffer>;
  /** Stances the file holds (the preview's first count), when fixed by the file. */
  stances?: number;
}

const CASES: Case[] = [
  { format: 'yaml', name: 'e2e-import.yaml', dataset: 'e2e-import-yaml', bytes: async () => Buffer.from(yamlFile('e2e-import-yaml')), stances: 2 },
  { format: 'json', name: 'e2e-import.json', dataset: 'e2e-import-json', bytes: async () => Buffer.from(jsonFile('e2e-import-json')), stances: 1 },
  { format: 'spreadsheet', name: 'e2e-import.csv', dataset: 'e2e-import-csv', bytes: async () => Buffer.from(CSV), stances: 2 },
  { format: 'dna', name: 'e2e-lima.dna', dataset: 'e2e-import-dna', bytes: dnaFile, stances: 2 },
  { format: 'gdelt', name: '20190125000000.export.CSV', dataset: 'e2e-import-gdelt', bytes: async () => Buffer.from(GDELT) },
];

/** The server's upload folders (it shares this process's temp dir: tests/e2e/globalSetup.ts passes the environment on). */
const uploadFolders = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('stance-graph-import-'));

/**
 * Upload folders left behind since `before` was listed. Other suites may be importing on this
 * machine at the same time: a folder of theirs is removed as soon as their request answers, so
 * a folder still there after a few seconds is a leak; a folder holding our file is one at once.
 */
async function leftBehind(before: ReadonlySet<string>, name: string): Promise<string[]> {
  const ours = uploadFolders().filter((dir) => fs.existsSync(path.join(os.tmpdir(), dir, name)));
  if (ours.length > 0) return ours;
  const deadline = Date.now() + 5_000;
  let fresh = uploadFolders().filter((dir) => !before.has(dir));
  while (fresh.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    fresh = uploadFolders().filter((dir) => !before.has(dir));
  }
  return fresh;
}

const datasetState = (id: string) =>
  read(async (tx) => (await tx.run('MATCH (d:Dataset {id: $id}) RETURN d.complete AS complete, d.file AS file, d.format AS format', { id })).records.map((r) => r.toObject()));

const { newPage } = setUpBrowser();
let page: Page;

async function cleanUp(): Promise<void> {
  for (const c of CASES) await removeTestDataset(c.dataset);
}

beforeAll(async () => {
  await cleanUp();
  page = await newPage();
  await page.goto(`${baseUrl()}/login?next=${encodeURIComponent('/sources')}`);
  await page.getByLabel('Editor name').fill(TEST_EDITOR.name);
  await page.getByLabel('Password').fill(TEST_EDITOR.password);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${baseUrl()}/sources`);
});

afterAll(async () => {
  await cleanUp();
  await closeDriver();
});

describe('every importer through the browser, against the production build', () => {
  it.each(CASES)('previews, then imports, a $format file, leaving no upload folder behind', async ({ format, name, dataset, bytes, stances }) => {
    const before = new Set(uploadFolders());
    await page.goto(`${baseUrl()}/sources`);
    const form = page.getByTestId('import-form');
    await form.waitFor();
    await form.getByLabel('Data file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: await bytes() });
    // The format follows the file's name.
    await expect(form.getByLabel('Format').inputValue()).resolves.toBe(format);
    await form.getByLabel('Data set id (optional: else from the file)').fill(dataset);

    try {
      await form.getByRole('button', { name: 'Preview' }).click();
      // Answered (the DNA preview used to hang), and answered with a preview, not an error.
      // (The form's own alert: Next's route announcer is an alert too.)
      const failed = page.getByTestId('import-result').getByRole('alert');
      await page.getByTestId('import-preview').or(failed).first().waitFor({ timeout: 60_000 });
      expect(await failed.count() ? await failed.textContent() : null).toBeNull();
      const summary = (await page.getByTestId('import-stances').textContent()) ?? '';
      const previewed = /^(\d+) stances: (\d+) added, 0 updated, 0 unchanged, 0 removed/.exec(summary);
      expect(previewed).not.toBeNull();
      const added = Number(previewed![2]);
      expect(added).toBeGreaterThan(0);
      if (stances !== undefined) expect(Number(previewed![1])).toBe(stances);
      await expect(page.getByTestId('import-preview').textContent()).resolves.toContain(`(${dataset}, ${format})`);
      // The preview wrote nothing, and its upload is gone.
      expect(await datasetState(dataset)).toEqual([]);
      expect(await leftBehind(before, name)).toEqual([]);

      await form.getByRole('button', { name: 'Import' }).click();
      await page.getByText(`Imported into data set ${dataset}: ${added} stances added`).waitFor({ timeout: 60_000 });
      expect(await datasetState(dataset)).toEqual([{ complete: true, file: name, format }]);
      expect(await leftBehind(before, name)).toEqual([]);
    } catch (error) {
      await screenshot(page, `import-formats-${format}`);
      throw error;
    }
  });
});
