/**
 * Levels of detail in real Chromium (issue #16, "The canvas at 20,000 elements"): a view of
 * ~9,200 elements is drawn with the less connected actors in groups ("+N more backers of LOD
 * Hub"), the status line says so, the Groups list opens a group (its actors and their real
 * stances drawn one by one) and folds it again, and a group clicked on the canvas says what it
 * holds with its Open button. The data set is loaded here and removed afterwards.
 */
import type { Page } from 'playwright-core';
import { removeTestDataset } from '@/tests/support/testDataset';
import { closeDriver } from '@/graph/db/driver';
import { loadDataset } from '@/graph/datasets/load';
import { Dataset, type DatasetInput } from '@/graph/model/schema';
import { seriousViolations } from '@/tests/e2e/axe';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { settled } from '@/tests/e2e/explorerPage';
import { LOD_DEFAULTS } from '@/components/graph/aggregate';

const DATASET = 'lod-e2e';
const ACTORS = 2_300;
const id = (i: number) => `lod-${i}`;

/** A hub every actor takes a stance on (the first 1,200 back it, the rest oppose it), and two stances each among the others. */
function bigCrisis(): Dataset {
  const evidence = [{ quote: 'Synthetic stance for the levels of detail test', source: 'lod-wire' }];
  const base = { date: '2020-03-01', certainty: 'reported' as const, evidence };
  const stances: DatasetInput['stances'] = [];
  for (let i = 1; i <= ACTORS; i++) {
    stances.push(i <= 1_200 ? { ...base, from: id(i), to: 'lod-hub', kind: 'SUPPORTS', polarity: 1 } : { ...base, from: id(i), to: 'lod-hub', kind: 'OPPOSES', polarity: -1 });
    const a = ((i * 7) % ACTORS) + 1;
    const b = ((i * 13) % ACTORS) + 1;
    if (a !== i) stances.push({ ...base, from: id(i), to: id(a), kind: 'SUPPORTS', polarity: 1 });
    if (b !== i) stances.push({ ...base, from: id(i), to: id(b), kind: 'OPPOSES', polarity: -1 });
  }
  return Dataset.parse({
    dataset: { id: DATASET, title: 'Levels of detail e2e' },
    actors: [{ id: 'lod-hub', name: 'LOD Hub', kind: 'person' }, ...Array.from({ length: ACTORS }, (_, i) => ({ id: id(i + 1), name: `Actor ${i + 1}`, kind: i % 2 ? ('state' as const) : ('group' as const) }))],
    sources: [{ id: 'lod-wire', title: 'LOD wire', publisher: 'LOD Wire', date: '2020-03-01' }],
    stances,
  } satisfies DatasetInput);
}

const { newPage } = setUpBrowser();
let page: Page;

async function cleanUp(): Promise<void> {
  await removeTestDataset(DATASET);
}

/** What the canvas draws: how many elements, and the ids of groups and of the actors drawn one by one. */
const drawn = () =>
  page.evaluate(() => {
    const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
    return { elements: cy.elements().length, groups: cy.nodes('[kind = "lod-group"]').map((n) => n.id()), keys: cy.nodes().map((n) => String(n.data('key') ?? '')) };
  });

beforeAll(async () => {
  await cleanUp();
  await loadDataset(bigCrisis());
  page = await newPage({ viewport: { width: 1400, height: 950 } });
}, 120_000);

afterAll(async () => {
  await cleanUp();
  await closeDriver();
});

describe('levels of detail', () => {
  it('draws a large view with the less connected actors in groups, says so, and opens and folds a group from the list', async () => {
    await page.goto(`${baseUrl()}/?dataset=${DATASET}&limit=5000`);
    await settled(page);
    const before = await drawn();
    expect(before.groups.length).toBeGreaterThan(0);
    expect(before.elements).toBeLessThan(LOD_DEFAULTS.maxElements);
    await expect(page.getByTestId('aggregated').textContent()).resolves.toMatch(/To keep the canvas quick, [\d,]+ less connected actors are drawn in [\d,]+ groups/);
    await expect(page.getByTestId('status-line').textContent()).resolves.toContain(`Showing ${(ACTORS + 1).toLocaleString('en')} actors`);

    // The first click after load: open the list of groups.
    const list = page.getByTestId('group-list');
    await list.locator('summary').click();
    const open = list.getByRole('button', { name: /^Open \+[\d,]+ more backers of LOD Hub$/ });
    await open.waitFor();
    const label = ((await open.textContent()) ?? '').replace(/^Open /, '');
    const members = Number(label.match(/\+([\d,]+)/)?.[1]?.replace(/,/g, ''));
    expect(members).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await open.click();
    await page.waitForFunction((n) => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length === n, before.keys.length - 1 + members, { timeout: 30_000 });
    await settled(page);
    const opened = await drawn();
    expect(opened.groups.length).toBe(before.groups.length - 1);
    // Every actor drawn one by one is one of the data set's, and backs the hub if it came from the group.
    const newcomers = opened.keys.filter((key) => key && !before.keys.includes(key));
    expect(newcomers).toHaveLength(members);
    expect(newcomers.every((key) => Number(key.replace('lod-', '')) <= 1_200)).toBe(true);
    await list.getByRole('button', { name: `Fold ${label}` }).click();
    await page.waitForFunction((n) => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes().length === n, before.keys.length, { timeout: 30_000 });
  });

  it('says what a group clicked on the canvas holds, with its Open button', async () => {
    await page.goto(`${baseUrl()}/?dataset=${DATASET}&limit=5000`);
    await settled(page);
    // Zoom the canvas onto the largest group, as a user would before clicking it.
    const point = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const group = cy.nodes('[kind = "lod-group"]').max((n) => Number(n.data('properties').members)).ele;
      cy.zoom({ level: 2.5, position: group.position() });
      cy.center(group);
      const box = document.querySelector('[data-testid=graph-canvas]')?.getBoundingClientRect();
      return { x: (box?.x ?? 0) + group.renderedPosition().x, y: (box?.y ?? 0) + group.renderedPosition().y, label: String(group.data('label')) };
    });
    await page.mouse.click(point.x, point.y);
    const panel = page.getByTestId('details-panel');
    await expect(panel.getByTestId('details-title').textContent({ timeout: 10_000 })).resolves.toBe(point.label);
    await expect(panel.getByRole('button', { name: `Open ${point.label}` }).count()).resolves.toBe(1);
    await expect(panel.getByRole('list', { name: 'Members, most connected first' }).locator('li').count()).resolves.toBeGreaterThan(0);
  });

  it('draws the data set whole when the view is small enough (the first 300 actors)', async () => {
    await page.goto(`${baseUrl()}/?dataset=${DATASET}`);
    await settled(page);
    expect((await drawn()).groups).toEqual([]);
    await expect(page.getByTestId('aggregated').count()).resolves.toBe(0);
  });
});
