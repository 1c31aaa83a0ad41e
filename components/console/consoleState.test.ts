import { missingParameters, parameterNames, parseParamsText, stateFromUrl, stateToSearch } from '@/components/console/consoleState';

describe('components/console/consoleState', () => {
  it('round-trips a query and its params through the URL', () => {
    const state = { query: "MATCH (a:Actor {id: $id})\nRETURN a.name // 'x' & y", params: { id: 'nicolas-maduro', n: 3 }, connect: true };
    const search = stateToSearch(state, { run: true });
    const query = Object.fromEntries(new URLSearchParams(search.slice(1)));
    expect(stateFromUrl(query)).toEqual({ state, run: true });
  });

  it('leaves empty params out of the URL and reads a URL without a query as no state', () => {
    expect(stateToSearch({ query: 'RETURN 1', params: {} })).toBe('?q=RETURN+1');
    expect(stateFromUrl({})).toEqual({ state: null, run: false });
  });

  it('keeps the query but reports params in the URL that are not a JSON object', () => {
    const result = stateFromUrl({ q: 'RETURN $x', params: '[1,2]', run: '1' });
    expect(result.state).toEqual({ query: 'RETURN $x', params: {}, connect: true });
    expect(result.run).toBe(false);
    expect(result.error).toMatch(/JSON object/);
  });

  it('keeps "connect result nodes" off through the URL, and on when the URL does not say', () => {
    const off = stateToSearch({ query: 'MATCH (n) RETURN n', params: {}, connect: false });
    expect(off).toBe('?q=MATCH+%28n%29+RETURN+n&connect=0');
    expect(stateFromUrl(Object.fromEntries(new URLSearchParams(off.slice(1)))).state?.connect).toBe(false);
    expect(stateToSearch({ query: 'RETURN 1', params: {}, connect: true })).toBe('?q=RETURN+1');
    expect(stateFromUrl({ q: 'RETURN 1' }).state?.connect).toBe(true);
  });

  it('parses the params editor text and says what is wrong with bad JSON', () => {
    expect(parseParamsText('  ')).toEqual({ ok: true, params: {} });
    expect(parseParamsText('{"id": "russia"}')).toEqual({ ok: true, params: { id: 'russia' } });
    const bad = parseParamsText('{"id": }');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/^Parameters are not valid JSON/);
    const notObject = parseParamsText('"russia"');
    expect(notObject.ok).toBe(false);
  });

  it('finds $names outside strings and comments, and the ones params do not give', () => {
    const query = "MATCH (a {id: $id}) // $notThis\nWHERE a.name <> '$nor' AND a.x IN $list RETURN $id";
    expect(parameterNames(query)).toEqual(['id', 'list']);
    expect(missingParameters(query, { id: 'x' })).toEqual(['list']);
  });
});
