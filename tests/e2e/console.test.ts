/**
 * The Cypher console (/query) in real Chromium against the served app on the seeded test Neo4j:
 * autocompletion, Ctrl+Enter, the three result views, the syntax-error mark, the read-only
 * refusal, every example query, paths of a non-stance graph, history, downloads and the
 * hand-off to the explorer.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { closeDriver, transactions } from '@/graph/db/driver';
import { EXAMPLE_QUERIES } from '@/graph/console/examples';
import { HANDOFF_KEY } from '@/components/console/handoff';
import { stateToSearch } from '@/components/console/consoleState';
import { baseUrl, setUpBrowser } from '@/tests/e2e/browser';

const { write } = transactions('test');

const { newPage } = setUpBrowser();
let page: Page;

afterAll(() => closeDriver());
beforeEach(async () => {
  page = await newPage({ viewport: { width: 1400, height: 950 }, acceptDownloads: true });
});

const editor = () => page.locator('[data-testid="cypher-editor"] .cm-content');

async function openConsole(query?: string, params: Record<string, unknown> = {}): Promise<void> {
  const search = query === undefined ? '' : stateToSearch({ query, params }, { run: true });
  await page.goto(`${baseUrl()}/query${search}`);
  await editor().waitFor({ timeout: 30_000 });
}

/** Waits for a run newer than `after` to finish, and returns its id. */
async function nextRun(after: number): Promise<number> {
  const handle = await page.waitForFunction(
    (previous) => {
      const el = document.querySelector('[data-testid="result"]');
      const id = Number(el?.getAttribute('data-run') ?? 0);
      const busy = document.querySelector('button[aria-busy="true"]');
      return id > previous && !busy ? id : null;
    },
    after,
    { timeout: 30_000 },
  );
  return Number(await handle.jsonValue());
}

const currentRun = () => page.evaluate(() => Number(document.querySelector('[data-testid="result"]')?.getAttribute('data-run') ?? 0));
const summaryRows = async () => Number(await page.locator('[data-testid="result-summary"] strong').first().innerText());

describe('pages/query (Cypher console)', () => {
  it('completes a relationship type, runs with Ctrl+Enter, and shows the graph, the table and the JSON', async () => {
    await openConsole();
    // Completion offers what /api/schema lists; wait until the editor has it.
    await page.locator('[data-testid="cypher-editor"][data-schema="loaded"]').waitFor();
    await editor().click();
    await page.keyboard.type('MATCH p = (a:Actor {id: "russia"})-[s:SUP');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: ':SUPPORTS' });
    await option.first().waitFor({ timeout: 10_000 });
    await option.first().click();
    await page.keyboard.type(']->(b) RETURN p, a.name AS actor, b.name AS target');
    expect(await editor().innerText()).toContain('[s:SUPPORTS]->(b) RETURN p');

    await page.keyboard.press('Control+Enter');
    await nextRun(0);
    const rows = await summaryRows();
    expect(rows).toBeGreaterThan(0);
    expect(await page.getAttribute('[role="tab"][aria-selected="true"]', 'id')).toBe('result-tab-graph');
    await page.locator('[data-testid="result-graph"] canvas').first().waitFor();
    await expect(page.locator('[data-testid="result-summary"]').innerText()).resolves.toMatch(/\d+ nodes, \d+ relationships/);
    // The address is replaced as the run starts (a shallow route change): wait for it, not a set time.
    await page.waitForURL(/q=MATCH/);
    expect(page.url()).toContain('q=MATCH');

    await page.click('#result-tab-table');
    const tableRows = page.locator('[aria-label="Result rows"] tbody tr');
    expect(await tableRows.count()).toBe(rows);
    expect(await page.locator('[aria-label="Result rows"] tbody').innerText()).toContain('Russia');

    await page.click('#result-tab-json');
    const json = JSON.parse(await page.locator('[aria-label="Result rows as JSON"]').innerText()) as { actor: string; p: { $type: string } }[];
    expect(json).toHaveLength(rows);
    expect(json.every((row) => row.actor === 'Russia' && row.p.$type === 'path')).toBe(true);

    // The run is in the history, newest first.
    await expect(page.locator('[data-testid="history"] li').first().innerText()).resolves.toContain('[s:SUPPORTS]');
  });

  it('shows a syntax error with Neo4j’s code and marks its position in the editor', async () => {
    await openConsole('MATCH (a:Actor)\nRETRUN a');
    const error = page.locator('[data-testid="query-error"]');
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toContain('Syntax error');
    expect(text).toContain('line 2, column 1');
    expect(text).toContain('Neo.ClientError.Statement.SyntaxError');
    const mark = page.locator('[data-testid="cypher-editor"] .cm-lintRange-error');
    await mark.first().waitFor();
    expect(await mark.first().innerText()).toBe('RETRUN');
  });

  it('refuses a CREATE and says the console is read-only', async () => {
    await openConsole("CREATE (n:Station {name: 'Nowhere'}) RETURN n");
    const explanation = page.locator('[data-testid="read-only-explanation"]');
    await explanation.waitFor();
    expect(await explanation.innerText()).toMatch(/^This console is read-only/);
    expect(await page.locator('[data-testid="query-error"]').innerText()).toMatch(/^Refused/);
    const count = await write((tx) => tx.run("MATCH (n:Station {name: 'Nowhere'}) RETURN count(n) AS n"));
    expect(Number(count.records[0]?.get('n'))).toBe(0);
  });

  it('runs every example query of the library and gets rows', async () => {
    await openConsole();
    let run = await currentRun();
    for (const example of EXAMPLE_QUERIES) {
      await page.click(`button[data-example="${example.id}"]`);
      run = await nextRun(run);
      expect(await page.locator('[data-testid="query-error"]').count()).toBe(0);
      const rows = await summaryRows();
      expect({ example: example.title, rows: rows > 0 }).toEqual({ example: example.title, rows: true });
    }
    expect(await page.locator('[data-testid="history"] li').count()).toBe(EXAMPLE_QUERIES.length);
  });

  describe('with data that is not the stance model', () => {
    beforeAll(async () => {
      await write((tx) =>
        tx.run(
          `CREATE (a:Station {name: 'Alpha', e2e: 'console'})-[:ROUTE_TO {minutes: 5}]->(b:Station {name: 'Beta', e2e: 'console'}),
                  (b)-[:ROUTE_TO {minutes: 7}]->(:Station:Terminus {name: 'Gamma', e2e: 'console'})`,
        ),
      );
    });
    afterAll(async () => {
      await write((tx) => tx.run("MATCH (n:Station {e2e: 'console'}) DETACH DELETE n"));
    });

    it('renders paths of :Station and :ROUTE_TO in the graph view, captioned by name', async () => {
      await openConsole("MATCH p = (:Station {name: 'Alpha'})-[:ROUTE_TO*]->(:Station) RETURN p ORDER BY length(p)");
      await nextRun(0);
      expect(await summaryRows()).toBe(2);
      await expect(page.locator('[data-testid="result-summary"]').innerText()).resolves.toContain('3 nodes, 2 relationships');
      await page.locator('[data-testid="result-graph"] canvas').first().waitFor();
      expect(await page.locator('[data-testid="legend"]').innerText()).toContain('Station');
      await page.click('#result-tab-table');
      expect(await page.locator('[aria-label="Result rows"] tbody tr').nth(1).innerText()).toMatch(/Alpha.*ROUTE_TO.*Beta.*ROUTE_TO.*Gamma/s);
    });
  });

  describe('on a foreign graph of movies (connect result nodes, captions, legend)', () => {
    const f = 'e2e-console-connect';
    const moviesAndPeople = 'MATCH (n:Movie {fixture: $f}) RETURN n UNION ALL MATCH (n:Person {fixture: $f}) RETURN n';
    beforeAll(async () => {
      await write((tx) =>
        tx.run(
          `CREATE (matrix:Movie {title: 'The Matrix', released: 1999, fixture: $f}),
                  (speed:Movie {title: 'Speed', released: 1994, fixture: $f}),
                  (keanu:Person {name: 'Keanu Reeves', born: 1964, fixture: $f}),
                  (carrie:Person {name: 'Carrie-Anne Moss', born: 1967, fixture: $f}),
                  (keanu)-[:ACTED_IN {roles: ['Neo']}]->(matrix),
                  (keanu)-[:ACTED_IN {roles: ['Jack Traven']}]->(speed),
                  (carrie)-[:ACTED_IN {roles: ['Trinity']}]->(matrix)`,
          { f },
        ),
      );
    });
    afterAll(async () => {
      await write((tx) => tx.run('MATCH (n {fixture: $f}) DETACH DELETE n', { f }));
    });

    /** Captions and edge labels as cytoscape draws them, once the canvas has laid the result out. */
    async function drawn() {
      await page.waitForFunction(() => document.querySelector('[data-testid="result-graph"] [data-testid="graph-canvas"]')?.getAttribute('data-ready') === 'true', undefined, { timeout: 30_000 });
      return page.evaluate(() => {
        const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
        return { nodes: cy.nodes().map((n) => String(n.style('label'))).sort(), edges: cy.edges().map((e) => String(e.style('label'))).sort() };
      });
    }

    it('draws the relationships between returned nodes, captioned by type, with a legend of only what is shown', async () => {
      await openConsole(moviesAndPeople, { f });
      await nextRun(0);
      expect(await page.locator('[data-testid="connect-toggle"]').isChecked()).toBe(true);
      await expect(page.locator('[data-testid="result-summary"]').innerText()).resolves.toContain('4 nodes, 3 relationships (3 found by connecting result nodes)');
      expect(await page.getAttribute('[role="tab"][aria-selected="true"]', 'id')).toBe('result-tab-graph');
      expect(await drawn()).toEqual({ nodes: ['Carrie-Anne Moss', 'Keanu Reeves', 'Speed', 'The Matrix'], edges: ['ACTED_IN', 'ACTED_IN', 'ACTED_IN'] });
      const legend = page.locator('[data-testid="legend"]');
      expect(await legend.locator('[data-legend-edge]').evaluateAll((items) => items.map((i) => i.getAttribute('data-legend-edge')))).toEqual(['relationship']);
      const text = await legend.innerText();
      expect(text).toContain('Movie');
      expect(text).toContain('Person');
      expect(text).not.toMatch(/backs|opposes|neutral tie|Node size/);
    });

    it('leaves the relationships out when "Connect result nodes" is off, and keeps the setting in the link', async () => {
      await openConsole(moviesAndPeople, { f });
      const run = await nextRun(0);
      await page.locator('[data-testid="connect-toggle"]').uncheck();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await nextRun(run);
      const summary = await page.locator('[data-testid="result-summary"]').innerText();
      expect(summary).toContain('4 nodes, 0 relationships');
      expect(summary).not.toContain('found by connecting');
      expect(page.url()).toContain('connect=0');
      await page.reload();
      await nextRun(0);
      expect(await page.locator('[data-testid="connect-toggle"]').isChecked()).toBe(false);
      await expect(page.locator('[data-testid="result-summary"]').innerText()).resolves.toContain('4 nodes, 0 relationships');
    });
  });

  it('downloads the table as CSV and the rows as JSON, and hands the elements to the explorer', async () => {
    await openConsole("MATCH (a:Actor)-[s:SUPPORTS]->(b:Actor {id: 'nicolas-maduro'}) RETURN a.name AS backer, s, b ORDER BY backer");
    await nextRun(0);
    const rows = await summaryRows();

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
    const csv = fs.readFileSync((await csvDownload.path()) ?? '', 'utf8');
    const lines = csv.split('\r\n').filter((l) => l.length > 0);
    expect(lines[0]).toBe('backer,s,b');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]).toMatch(/\[:SUPPORTS\],"\(:Actor:Person ""Nicolás Maduro""\)"$/);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
    const json = JSON.parse(fs.readFileSync((await jsonDownload.path()) ?? '', 'utf8')) as unknown[];
    expect(json).toHaveLength(rows);

    await page.click('text=Open in explorer');
    await page.waitForURL(/\/\?handoff=1$/);
    const stored = await page.evaluate((key) => window.sessionStorage.getItem(key), HANDOFF_KEY);
    expect((JSON.parse(stored ?? '{}') as { elements: { nodes: unknown[] } }).elements.nodes.length).toBeGreaterThan(1);
    const summary = page.locator('[data-testid="summary"]');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/^Result of a Cypher console query: \d+ nodes, \d+ relationships\.$/);
  });

  it('re-runs a query from the history and clears the history', async () => {
    await openConsole('RETURN 1 AS one');
    await nextRun(0);
    await openConsole('RETURN 2 AS two');
    await nextRun(0);
    const entries = page.locator('[data-testid="history"] li');
    expect(await entries.first().innerText()).toContain('RETURN 2 AS two');
    const run = await currentRun();
    await entries.filter({ hasText: 'RETURN 1 AS one' }).locator('button').click();
    await nextRun(run);
    expect(await editor().innerText()).toBe('RETURN 1 AS one');
    expect(await entries.first().innerText()).toContain('RETURN 1 AS one');
    await page.click('text=Clear');
    expect(await entries.count()).toBe(0);
  });
});
