/**
 * Importing and curating in real Chromium (issue #13, "Import in the browser" and "Curating"): an
 * editor signs in, imports a small data file from /sources (preview, then import), edits a stance's
 * note from the explorer's details panel and sees it there (a note holding `<img onerror>` stays
 * text), merges two actors ("CL" into "Curate Land"), signs out, and the write controls are gone.
 * Everything lives in a data set of its own, removed afterwards, so other tests see the seed as it was.
 */
import type { Page } from 'playwright-core';
import { removeTestDataset } from '@/tests/support/testDataset';
import { closeDriver, transactions } from '@/graph/db/driver';
import { seriousViolations } from '@/tests/e2e/axe';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { graph, settled } from '@/tests/e2e/explorerPage';
import { loadDataset } from '@/graph/datasets/load';
import { parseDataset } from '@/graph/import/readDataset';
import { stanceId } from '@/graph/model/schema';
import { TEST_EDITOR } from '@/tests/support/editors';

const { read } = transactions('test');

const DATASET = 'curate-e2e';
const STANCE = 'curate-land--supports--curate-rebels';
const NOTE = 'Checked against the wire copy <img src=x onerror=window.__xss=1>';
const FILE = `dataset: { id: ${DATASET}, title: Curate e2e }
actors:
  - { id: curate-land, name: Curate Land, kind: state }
  - { id: curate-cl, name: CL, kind: state }
  - { id: curate-rebels, name: Curate Rebels, kind: group }
sources:
  - { id: curate-wire, title: Curate wire, publisher: Curate Wire, date: "2019-02-01" }
stances:
  - { from: curate-land, to: curate-rebels, kind: SUPPORTS, polarity: 1, date: "2019-02-01", certainty: reported, evidence: [{ quote: Curate Land backs the rebels, source: curate-wire }] }
  - { from: curate-cl, to: curate-rebels, kind: PRESSURES, polarity: -1, date: "2019-02-01", certainty: reported, evidence: [{ quote: CL leans on the rebels, source: curate-wire }] }
  - { from: curate-rebels, to: curate-land, kind: OPPOSES, polarity: -1, date: "2019-02-01", certainty: claimed, evidence: [{ quote: The rebels oppose Curate Land, source: curate-wire }] }
`;

const { newPage } = setUpBrowser();
let page: Page;

const xss = () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
const panel = () => page.getByTestId('details-panel');
const bar = () => page.getByTestId('editor-bar');

async function cleanUp(): Promise<void> {
  await removeTestDataset(DATASET);
}

/** The data file's data set as the import leaves it (the stance's note set, if `note`), loaded afresh for a test that starts from it. */
async function freshDataset(note?: string): Promise<void> {
  await cleanUp();
  const data = parseDataset(FILE, 'curate.yaml');
  if (note) data.stances = data.stances.map((s) => (stanceId(s) === STANCE ? { ...s, note } : s));
  await loadDataset(data);
}

/** A fresh page, signed in as the test editor, landed on `next`. */
async function signedIn(next: string): Promise<void> {
  page = await newPage({ viewport: { width: 1400, height: 950 } });
  await page.goto(`${baseUrl()}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Editor name').fill(TEST_EDITOR.name);
  await page.getByLabel('Password').fill(TEST_EDITOR.password);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${baseUrl()}${next}`);
}

afterAll(async () => {
  await cleanUp();
  await closeDriver();
});

describe('importing and curating in the browser', () => {
  it('signs in and imports a data file from /sources: preview first, nothing written, then import', async () => {
    await cleanUp();
    await signedIn('/sources');
    const form = page.getByTestId('import-form');
    await form.waitFor();
    await form.getByLabel('Data file').setInputFiles({ name: 'curate.yaml', mimeType: 'application/yaml', buffer: Buffer.from(FILE) });
    // The format follows the file's name.
    await expect(form.getByLabel('Format').inputValue()).resolves.toBe('yaml');
    await form.getByRole('button', { name: 'Preview' }).click();
    const summary = page.getByTestId('import-stances');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('3 stances: 3 added, 0 updated, 0 unchanged, 0 removed');
    await expect(page.getByTestId('import-preview').textContent()).resolves.toContain('Creates data set Curate e2e');
    const written = await read(async (tx) => (await tx.run('MATCH (d:Dataset {id: $id}) RETURN count(d) AS n', { id: DATASET })).records[0]?.get('n').toNumber());
    expect(written).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Import' }).click();
    await page.getByText(`Imported into data set ${DATASET}: 3 stances added`).waitFor();
    const change = await read(async (tx) => (await tx.run("MATCH (c:Change {action: 'import', dataset: $id}) RETURN c.editor AS editor", { id: DATASET })).records.map((r) => r.get('editor') as string));
    expect(change).toEqual([TEST_EDITOR.name]);
  });

  it("edits a stance's note from the details panel and shows it there, as text", async () => {
    await freshDataset();
    await signedIn(`/?dataset=${DATASET}&sel=e:${STANCE}`);
    await settled(page);
    const tools = panel().getByTestId('stance-tools');
    await tools.getByRole('button', { name: 'Edit stance' }).click();
    const form = panel().getByTestId('stance-edit-form');
    await form.getByLabel('Note (optional)').fill(NOTE);
    await form.getByRole('button', { name: 'Save' }).click();
    await panel().getByTestId('stance-note').filter({ hasText: NOTE }).waitFor();
    expect(await panel().getByTestId('stance-note').textContent()).toBe(`Note: ${NOTE}`);
    expect(await panel().getByTestId('stance-edit-form').count()).toBe(0);
    expect(await xss()).toBeUndefined();
    const stored = await read(async (tx) => (await tx.run('MATCH ()-[r {dataset: $ds, id: $id}]->() RETURN r.note AS note, r.version AS version', { ds: DATASET, id: STANCE })).records[0]?.toObject());
    expect(stored?.note).toBe(NOTE);
    expect(Number(stored?.version)).toBe(1);
  });

  it('merges "CL" into "Curate Land", picked by search and confirmed; the view follows the survivor', async () => {
    await freshDataset();
    await signedIn(`/?dataset=${DATASET}&sel=n:curate-cl`);
    await settled(page);
    await panel().getByTestId('details-title').filter({ hasText: 'CL' }).waitFor();
    await panel().getByRole('button', { name: 'Merge into…' }).click();
    const merge = panel().getByTestId('merge-actor');
    await merge.getByLabel('Merge “CL” into…').fill('Curate Land');
    await merge.getByRole('button', { name: /^Curate Land/ }).click();
    await merge.getByRole('button', { name: 'Merge into Curate Land' }).click();
    await page.waitForURL(/sel=n(%3A|:)curate-land/);
    await settled(page);
    await panel().getByTestId('details-title').filter({ hasText: 'Curate Land' }).waitFor();
    await panel().getByText('Also known as CL').waitFor();
    const { nodes, edges } = await graph(page);
    expect(nodes).not.toContain('curate-cl');
    expect(edges.filter((e) => e.source === 'curate-land').map((e) => e.target).sort()).toEqual(['curate-rebels', 'curate-rebels']);
  });

  it('signs out, and the write controls are gone', async () => {
    // As the edit left it: the stance has its note.
    await freshDataset(NOTE);
    await signedIn(`/?dataset=${DATASET}&sel=n:curate-land`);
    await settled(page);
    await panel().getByTestId('details-title').filter({ hasText: 'Curate Land' }).waitFor();
    await expect(panel().getByTestId('actor-tools').count()).resolves.toBe(1);
    await bar().getByRole('button', { name: 'Sign out' }).click();
    await bar().getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await panel().getByTestId('actor-tools').count()).toBe(0);
    await page.goto(`${baseUrl()}/?dataset=${DATASET}&sel=e:${STANCE}`);
    await settled(page);
    await panel().getByTestId('stance-note').waitFor();
    expect(await panel().getByTestId('stance-tools').count()).toBe(0);
    expect(await panel().getByRole('button', { name: /Edit|Delete|Merge/ }).count()).toBe(0);
    await page.goto(`${baseUrl()}/sources`);
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    expect(await page.getByTestId('import-form').count()).toBe(0);
  });
});
