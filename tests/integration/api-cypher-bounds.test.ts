/**
 * What one console query may cost, against the real Neo4j: regular expressions refused before
 * anything runs, answers cut at CYPHER_MAX_RESULT_BYTES, and the app's own deadline, which ends a
 * query Neo4j would have let run on (found and terminated by the run id in its metadata).
 */
import { closeDriver, transactions } from '@/graph/db/driver';
import { withDeadline } from '@/graph/console/deadline';
import { ApiError } from '@/graph/http/errors';
import { CypherResponse } from '@/graph/console/consoleTypes';
import { ErrorBody } from '@/graph/model/errorBody';
import { callRoute } from '@/tests/support/callRoute';
import cypherRoute from '@/pages/api/cypher';

const { read } = transactions('test');
const consoleTx = transactions('console');

const saved = process.env.CYPHER_MAX_RESULT_BYTES;
afterEach(() => {
  if (saved === undefined) delete process.env.CYPHER_MAX_RESULT_BYTES;
  else process.env.CYPHER_MAX_RESULT_BYTES = saved;
});
afterAll(() => closeDriver());

const postCypher = (query: string, params: Record<string, unknown> = {}) => callRoute(cypherRoute, { method: 'POST', body: { query, params } });

/** Transactions Neo4j still runs with this run id in their metadata. */
const runningWith = (run: string) =>
  read(async (tx) => Number((await tx.run('SHOW TRANSACTIONS YIELD metaData WHERE metaData.run = $run RETURN count(*) AS n', { run })).records[0]?.get('n')));

describe('console bounds', () => {
  it('refuses the catastrophic regular expression before Neo4j sees it, saying what to use instead', async () => {
    const started = Date.now();
    const answer = await postCypher("RETURN $s =~ '(.*a){26}' AS m", { s: `${'a'.repeat(31)}!` });
    expect(answer.status).toBe(403);
    expect(ErrorBody.parse(answer.body).error.message).toMatch(/regular expressions \(=~\).*CONTAINS/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('cuts an answer at CYPHER_MAX_RESULT_BYTES of rows and says it was cut', async () => {
    process.env.CYPHER_MAX_RESULT_BYTES = '50000';
    // 60 rows of 8 KiB each: about 480 KB, ten times the cap.
    const answer = await postCypher("UNWIND range(1, 60) AS i RETURN i, reduce(s = 'xxxxxxxx', k IN range(1, 10) | s + s) AS blob");
    expect(answer.status).toBe(200);
    const body = CypherResponse.parse(answer.body);
    expect(body.summary.truncated).toBe(true);
    expect(body.rows.length).toBe(6);
    expect(Buffer.byteLength(JSON.stringify(body.rows))).toBeLessThanOrEqual(50_000);
    expect(body.rows.map((r) => r.i)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('never sends the 250 MB blob query whole: the byte cap stops it after the row that fits', async () => {
    const answer = await postCypher("UNWIND range(1, 60) AS i RETURN i, reduce(s = 'xxxxxxxx', k IN range(1, 19) | s + s) AS blob");
    // Each row is 4 MiB: the first fits the 8 MB cap, the second would not.
    expect(answer.status).toBe(200);
    const body = CypherResponse.parse(answer.body);
    expect([body.rows.length, body.summary.truncated]).toEqual([1, true]);
    expect(Buffer.byteLength(JSON.stringify(answer.body))).toBeLessThan(8_000_000);
  });

  it('answers the whole result when it fits', async () => {
    const body = CypherResponse.parse((await postCypher('UNWIND range(1, 60) AS i RETURN i')).body);
    expect([body.rows.length, body.summary.truncated]).toEqual([60, false]);
  });

  it('ends a query itself at its deadline: 408 at once, and the transaction found by its run id and terminated', async () => {
    let run = '';
    const started = Date.now();
    // Neo4j's own timeout is set far past the app's deadline, as when Neo4j does not honour it.
    const outcome = withDeadline((deadline) => {
      run = deadline.run;
      return consoleTx.read((tx) => {
        deadline.start();
        return tx.run('UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n');
      }, { run: deadline.run, timeoutMs: 120_000 });
    }, 500);
    await expect(outcome).rejects.toMatchObject({ status: 408, code: 'Timeout' } satisfies Partial<ApiError>);
    expect(Date.now() - started).toBeLessThan(5000);
    // Terminated in the background right after the answer; gone within a few seconds.
    const deadline = Date.now() + 10_000;
    while ((await runningWith(run)) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await runningWith(run)).toBe(0);
  }, 30_000);
});
