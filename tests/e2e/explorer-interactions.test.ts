/**
 * The explorer's interactions in real Chromium against the app on the seeded test Neo4j: "who
 * opposes", "how are A and B connected" (with and without filters), the camps layout, hiding,
 * pinning, undo, box selection, double-click to expand, fit and zoom. Each step goes through the
 * real UI (buttons, keyboard, mouse on the canvas) and is checked on what the page shows; expected
 * values come from the seed data set.
 */
import type { Page } from 'playwright-core';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';
import { allChains, focusActor, graph, nodeOnPage, positions, relaidOut, settled } from '@/tests/e2e/explorerPage';
import { readDataset } from '@/graph/import/readDataset';
import { stanceId } from '@/graph/model/schema';

const dataset = readDataset();
const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? dataset.topics.find((t) => t.id === id)?.name ?? id;
const englishList = (names: string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

const dataNodes = async (page: Page) => Number(await page.getByTestId('graph-canvas').getAttribute('data-nodes'));
const button = (page: Page, text: string) => page.getByRole('button', { name: text, exact: true });
const hiddenInUrl = (page: Page) => (new URL(page.url()).searchParams.get('hidden') ?? '').split(',').filter(Boolean);

describe('explorer interactions', () => {
  const { newPage } = setUpBrowser();
  let page: Page;

  /** A fresh page for the test, on the explorer at `query` (the view the steps before it leave), settled. */
  async function open(query = ''): Promise<void> {
    page = await newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl()}/${query ? `?${query}` : ''}`);
    await settled(page);
  }
  /** Guaidó and Maduro in focus, no question, in the camps layout: what the camps test leaves. */
  const RIVALS = 'focus=juan-guaido,nicolas-maduro&layout=camps';

  const maduro = name('nicolas-maduro');
  const guaido = name('juan-guaido');

  it('asks who opposes Maduro and shows his opponents with a one-line summary', async () => {
    await open();
    await focusActor(page, 'Maduro', maduro, 'nicolas-maduro');
    await button(page, `Who opposes ${maduro}?`).click();
    await page.waitForURL(/ask=opponents/);
    await settled(page);
    const against = dataset.stances.filter((s) => s.to === 'nicolas-maduro' && s.polarity === -1);
    const opponents = [...new Set(against.map((s) => s.from))];
    expect(opponents).toEqual(expect.arrayContaining(['united-states', 'juan-guaido']));
    const { nodes, edges } = await graph(page);
    expect(new Set(nodes)).toEqual(new Set(['nicolas-maduro', ...opponents]));
    expect(new Set(edges.map((e) => e.key))).toEqual(new Set(against.map(stanceId)));
    expect(edges.every((e) => e.polarity === -1 && e.target === 'nicolas-maduro')).toBe(true);
    // Actors only claimed or alleged to oppose him are marked so; the stances are counted apart from the actors.
    const hedged = (id: string) => {
      const mine = against.filter((s) => s.from === id);
      if (mine.some((s) => s.certainty !== 'claimed' && s.certainty !== 'alleged')) return name(id);
      return `${name(id)} (${mine.some((s) => s.certainty === 'alleged') ? 'alleged' : 'claimed'})`;
    };
    const names = [...opponents].sort((a, b) => name(a).localeCompare(name(b))).map(hedged);
    await expect(page.getByTestId('summary').textContent()).resolves.toBe(`${opponents.length} actors oppose ${maduro}: ${englishList(names)}; ${against.length} stances in all.`);
    await expect(button(page, `Who opposes ${maduro}?`).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('asks how Russia and the United States are connected and draws every chain of up to 3 stances with a summary', async () => {
    // Where the "who opposes" test leaves the explorer.
    await open('focus=nicolas-maduro&ask=opponents');
    await focusActor(page, 'Russia', 'Russia', 'russia');
    await page.getByTestId('connect-search').fill('United States');
    await page.getByRole('option', { name: /^United States/ }).click();
    await page.waitForURL(/ask=paths/);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('focus')).toBe('russia,united-states');
    const chains = allChains(dataset, 'russia', 'united-states', 3);
    expect(chains.length).toBeGreaterThan(1);
    const { nodes, edges } = await graph(page);
    expect(new Set(nodes)).toEqual(new Set(chains.flat().flatMap((s) => [s.from, s.to])));
    expect(new Set(edges.map((e) => e.key))).toEqual(new Set(chains.flat().map(stanceId)));
    // Russia accuses the US: one step, setting them against each other; then the longer chains.
    const summary = (await page.getByTestId('summary').textContent()) ?? '';
    expect(summary).toMatch(new RegExp(`^Russia and United States are linked by ${chains.length} chains of up to 3 stances: 1 of 1 step \\(1 setting them against each other\\); `));
    expect(summary).toMatch(/ The shortest \(1 step\): Russia accuses United States\.$/);
  });

  it('answers the paths question with the active filters, and says when they leave no chain', async () => {
    await open('focus=russia,united-states&ask=paths');
    const polarity = page.getByTestId('filter-polarity');
    await polarity.getByLabel('− opposes').click();
    await page.waitForURL(/polarity=1(%2C|,)0/);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('ask')).toBe('paths');
    const chains = allChains(dataset, 'russia', 'united-states', 3, (s) => s.polarity !== -1);
    expect(chains.length).toBeGreaterThan(0);
    const expectedSteps = Math.min(...chains.map((c) => c.length));
    expect(expectedSteps).toBeGreaterThan(1);
    const { nodes, edges } = await graph(page);
    expect(new Set(edges.map((e) => e.key))).toEqual(new Set(chains.flat().map(stanceId)));
    expect(new Set(nodes)).toEqual(new Set(chains.flat().flatMap((s) => [s.from, s.to])));
    expect(edges.every((e) => e.polarity !== -1)).toBe(true);
    const summary = (await page.getByTestId('summary').textContent()) ?? '';
    expect(summary).toMatch(new RegExp(`^Russia and United States are linked by ${chains.length} chains? of up to 3 stances passing the filters: .*The shortest \\(${expectedSteps} steps\\): `));
    // The summary spells out one shortest chain: every actor the shortest chains share is named in it.
    const shortest = chains.filter((c) => c.length === expectedSteps);
    for (const id of nodes.filter((n) => shortest.every((c) => c.some((st) => st.from === n || st.to === n)))) expect(summary).toContain(name(id));

    await polarity.getByLabel('○ neutral').click();
    await page.waitForURL(/polarity=1(&|$)/);
    await settled(page);
    expect(allChains(dataset, 'russia', 'united-states', 3, (s) => s.polarity === 1)).toEqual([]);
    await expect(page.getByTestId('summary').textContent()).resolves.toBe('No chain of stances passing the filters links Russia and United States within 3 steps.');
    expect(await dataNodes(page)).toBe(0);
    const empty = page.getByTestId('empty');
    await expect(empty.textContent()).resolves.toContain('No chain of stances links them within 3 steps with these filters.');
    await empty.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.search.includes('polarity='));
    await settled(page);
    await expect(page.getByTestId('summary').textContent()).resolves.toMatch(new RegExp(`^Russia and United States are linked by ${allChains(dataset, 'russia', 'united-states', 3).length} chains of up to 3 stances: `));
  });

  it('lays out the computed camps on opposite sides, Guaidó’s and Maduro’s apart, whoever is in focus', async () => {
    await open('focus=russia,united-states&ask=paths');
    await focusActor(page, 'Guaidó', guaido, 'juan-guaido');
    await page.getByTestId('connect-search').fill('Maduro');
    await page.getByRole('option', { name: new RegExp(`^${maduro}`) }).click();
    await page.waitForURL(/ask=paths/);
    await settled(page);
    // Asking again turns the question off: the neighbourhood of both rivals.
    await button(page, `How are ${guaido} and ${maduro} connected?`).click();
    await page.waitForURL((url) => !url.search.includes('ask='));
    await settled(page);
    const before = await positions(page);
    await page.getByTestId('layout-select').selectOption('camps');
    await page.waitForURL(/layout=camps/);
    await relaidOut(page, before);
    // The camps the analysis API computes for the whole graph (no filters in this view).
    const analysis = (await (await fetch(`${baseUrl()}/api/analysis?measures=camps`)).json()) as { camps: { twoCamps: { partition: Record<string, number> } } };
    const camp = analysis.camps.twoCamps.partition;
    expect(camp['juan-guaido']).not.toBe(camp['nicolas-maduro']);
    const caption = (await page.getByTestId('camps-caption').textContent()) ?? '';
    expect(caption).toMatch(/^← Camp 1: .+in neither campCamp 2: .+ →$/);
    const at = await positions(page);
    const xsOf = (c: number | undefined) => Object.entries(at).filter(([id]) => camp[id] === c).map(([, p]) => p.x);
    const guaidoSide = xsOf(camp['juan-guaido']);
    const maduroSide = xsOf(camp['nicolas-maduro']);
    const neither = Object.entries(at).filter(([id]) => camp[id] === undefined).map(([, p]) => p.x);
    expect(guaidoSide.length).toBeGreaterThan(2);
    expect(maduroSide.length).toBeGreaterThan(2);
    // Camp 1 (numbered 0 by the API) stands left, camp 2 right, those in neither between them.
    const [leftSide, rightSide] = camp['juan-guaido'] === 0 ? [guaidoSide, maduroSide] : [maduroSide, guaidoSide];
    expect(Math.max(...leftSide)).toBeLessThan(Math.min(...rightSide));
    for (const x of neither) {
      expect(x).toBeGreaterThan(Math.max(...leftSide));
      expect(x).toBeLessThan(Math.min(...rightSide));
    }
    for (const id of ['united-states', 'canada', 'european-union']) if (at[id]) expect(camp[id]).toBe(camp['juan-guaido']);
    for (const id of ['russia', 'china', 'cuba']) if (at[id]) expect(camp[id]).toBe(camp['nicolas-maduro']);
  });

  it('hides a clicked actor, then brings it back with Undo', async () => {
    await open(RIVALS);
    const count = await dataNodes(page);
    const russia = await nodeOnPage(page, 'russia');
    await page.mouse.click(russia.x, russia.y);
    await page.waitForURL(/sel=n%3Arussia/);
    await page.getByTestId('details-panel').locator('h2', { hasText: 'Russia' }).waitFor();
    await button(page, 'Hide').click();
    await page.waitForURL(/hidden=russia/);
    await settled(page);
    expect(await dataNodes(page)).toBe(count - 1);
    expect((await graph(page)).nodes).not.toContain('russia');
    await button(page, 'Show 1 hidden').waitFor();
    // Nothing is selected any more, so the selection's actions are off.
    await page.getByRole('button', { name: 'Hide', exact: true, disabled: true }).waitFor();
    await button(page, 'Undo').click();
    await page.waitForURL((url) => !url.search.includes('hidden='));
    await settled(page);
    expect(await dataNodes(page)).toBe(count);
    expect((await graph(page)).nodes).toContain('russia');
    await page.getByRole('button', { name: 'Undo', exact: true, disabled: true }).waitFor();
  });

  it('box-selects several actors with shift-drag and hides them together', async () => {
    // Where the hiding test leaves it: Russia selected again by its Undo.
    await open(`${RIVALS}&sel=n:russia`);
    // A click on empty canvas clears the selection Undo brought back.
    const box = await page.getByTestId('graph-canvas').boundingBox();
    if (!box) throw new Error('the graph canvas is not on screen');
    await page.mouse.click(box.x + 4, box.y + 4);
    await page.waitForURL((url) => !url.search.includes('sel='));
    const count = await dataNodes(page);
    // The box: from just right of Maduro to the right edge, over part of his camp.
    const rect = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const x1 = cy.nodes('[key = "nicolas-maduro"]').renderedBoundingBox({ includeLabels: false }).x2 + 2;
      return { x1, y1: 4, x2: cy.width() - 4, y2: cy.height() - 4 };
    });
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + rect.x1, box.y + rect.y1);
    await page.mouse.down();
    await page.mouse.move(box.x + rect.x2, box.y + rect.y2, { steps: 12 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await page.getByRole('button', { name: 'Hide', exact: true, disabled: false }).waitFor();
    const picked = await page.evaluate((r) => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      // Cytoscape selects the nodes the box wholly contains (its default `box-selection: contain`).
      const inside = (b: { x1: number; x2: number; y1: number; y2: number }) => b.x1 >= r.x1 && b.x2 <= r.x2 && b.y1 >= r.y1 && b.y2 <= r.y2;
      return {
        selected: cy.nodes(':selected').map((n) => String(n.data('key'))),
        inBox: cy.nodes().filter((n) => inside(n.renderedBoundingBox({ includeLabels: false }))).map((n) => String(n.data('key'))),
      };
    }, rect);
    expect(picked.selected.length).toBeGreaterThanOrEqual(3);
    expect(new Set(picked.selected)).toEqual(new Set(picked.inBox));
    expect(picked.selected).not.toContain('nicolas-maduro');
    await button(page, 'Hide').click();
    await page.waitForURL(/hidden=/);
    await settled(page);
    expect(new Set(hiddenInUrl(page))).toEqual(new Set(picked.selected));
    expect(await dataNodes(page)).toBe(count - picked.selected.length);
    await button(page, `Show ${picked.selected.length} hidden`).click();
    await page.waitForURL((url) => !url.search.includes('hidden='));
    await settled(page);
    expect(await dataNodes(page)).toBe(count);
  });

  it('pins an actor so neither a drag nor a new layout moves it, and unpins it', async () => {
    await open(RIVALS);
    const locked = () => page.evaluate(() => (window as unknown as { __cy: import('cytoscape').Core }).__cy.nodes('[key = "nicolas-maduro"]').first().locked());
    const drag = async (dx: number) => {
      const from = await nodeOnPage(page, 'nicolas-maduro');
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + dx, from.y + 20, { steps: 10 });
      await page.mouse.up();
    };
    const at = await nodeOnPage(page, 'nicolas-maduro');
    await page.mouse.click(at.x, at.y);
    await page.waitForURL(/sel=n%3Anicolas-maduro/);
    await button(page, 'Pin / unpin').click();
    expect(await locked()).toBe(true);
    const pinned = (await positions(page))['nicolas-maduro'];
    await drag(90);
    expect((await positions(page))['nicolas-maduro']).toEqual(pinned);
    const before = await positions(page);
    await page.getByTestId('layout-select').selectOption('circle');
    await page.waitForURL(/layout=circle/);
    await relaidOut(page, before);
    const after = await positions(page);
    expect(after['nicolas-maduro']).toEqual(pinned);
    expect(after.russia).not.toEqual(before.russia);
    await button(page, 'Pin / unpin').click();
    expect(await locked()).toBe(false);
    await drag(90);
    expect((await positions(page))['nicolas-maduro']?.x).toBeGreaterThan((pinned?.x ?? Infinity) + 10);
  });

  it('double-clicks an actor to expand its neighbours, and undoes only that from the keyboard', async () => {
    // Where the pinning test leaves it: the circle layout, Maduro selected (and unpinned).
    await open('focus=juan-guaido,nicolas-maduro&layout=circle&sel=n:nicolas-maduro');
    const { nodes: shown } = await graph(page);
    const neighbours = dataset.stances.flatMap((s) => (s.from === 'russia' ? [s.to] : s.to === 'russia' ? [s.from] : []));
    const fresh = [...new Set(neighbours)].filter((id) => !shown.includes(id));
    expect(fresh).toEqual(expect.arrayContaining(['sergey-lavrov', 'dmitry-peskov']));
    const russia = await nodeOnPage(page, 'russia');
    await page.mouse.dblclick(russia.x, russia.y);
    await page.waitForURL(/expanded=russia/);
    await settled(page);
    const { nodes } = await graph(page);
    expect(new Set(nodes)).toEqual(new Set([...shown, ...fresh]));
    expect(await dataNodes(page)).toBe(shown.length + fresh.length);
    // A layout chosen after the expand is not part of it: Undo keeps it.
    const before = await positions(page);
    await page.getByTestId('layout-select').selectOption('concentric');
    await page.waitForURL(/layout=concentric/);
    await relaidOut(page, before);
    await button(page, 'Undo').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.search.includes('expanded='));
    await settled(page);
    expect(new Set((await graph(page)).nodes)).toEqual(new Set(shown));
    expect(new URL(page.url()).searchParams.get('layout')).toBe('concentric');
    await expect(page.getByTestId('layout-select').inputValue()).resolves.toBe('concentric');
  });

  it('zooms in and out from the toolbar and the keyboard, and fits the graph back into view', async () => {
    // Where the expanding test leaves it: the concentric layout, Maduro selected.
    await open('focus=juan-guaido,nicolas-maduro&layout=concentric&sel=n:nicolas-maduro');
    const view = () =>
      page.evaluate(() => {
        const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
        const e = cy.extent();
        const all = cy.nodes().every((n) => {
          const b = n.boundingBox({});
          return b.x1 >= e.x1 - 1 && b.x2 <= e.x2 + 1 && b.y1 >= e.y1 - 1 && b.y2 <= e.y2 + 1;
        });
        return { zoom: cy.zoom(), allInView: all };
      });
    const fitted = await view();
    expect(fitted.allInView).toBe(true);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect((await view()).zoom).toBeCloseTo(fitted.zoom * 1.25, 5);
    await page.getByRole('button', { name: 'Zoom in' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const zoomed = await view();
    expect(zoomed.zoom).toBeCloseTo(fitted.zoom * 1.25 ** 3, 5);
    expect(zoomed.allInView).toBe(false);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect((await view()).zoom).toBeCloseTo(fitted.zoom * 1.25 ** 3 * 0.8, 5);
    await button(page, 'Fit').click();
    const refitted = await view();
    expect(refitted.allInView).toBe(true);
    expect(refitted.zoom).toBeCloseTo(fitted.zoom, 2);
  });
});
