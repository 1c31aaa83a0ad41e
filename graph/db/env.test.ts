import { boltUri, cypherBodyMaxBytes, editingConfigProblem, parseEnv } from '@/graph/db/env';

describe('graph/db/env', () => {
  it('defaults to the local server', () => {
    const env = parseEnv({});
    expect(boltUri(env)).toBe('bolt://127.0.0.1:7687');
    expect(env.CYPHER_TIMEOUT_MS).toBe(5000);
    expect(env.SNAPSHOT_MAX_BYTES).toBe(2_000_000);
  });

  it('has limits for anonymous writes and console load, 0 turning a rate limit off', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      SNAPSHOT_MAX_TOTAL_BYTES: 500_000_000,
      RATE_LIMIT_SNAPSHOTS_PER_MINUTE: 10,
      RATE_LIMIT_CYPHER_PER_MINUTE: 60,
      RATE_LIMIT_EXPORTS_PER_MINUTE: 30,
      TRUST_PROXY: 0,
      CYPHER_MAX_CONCURRENT: 4,
      CYPHER_QUEUE_WAIT_MS: 2000,
    });
    expect(parseEnv({ RATE_LIMIT_CYPHER_PER_MINUTE: '0', TRUST_PROXY: '2' })).toMatchObject({ RATE_LIMIT_CYPHER_PER_MINUTE: 0, TRUST_PROXY: 2 });
    expect(() => parseEnv({ CYPHER_MAX_CONCURRENT: '0' })).toThrow(/CYPHER_MAX_CONCURRENT/);
    expect(() => parseEnv({ RATE_LIMIT_SNAPSHOTS_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_SNAPSHOTS_PER_MINUTE/);
    expect(() => parseEnv({ SNAPSHOT_MAX_TOTAL_BYTES: 'lots' })).toThrow(/SNAPSHOT_MAX_TOTAL_BYTES/);
  });

  it('sizes the console body cap so a query and params at their caps always fit', () => {
    const env = parseEnv({ CYPHER_MAX_QUERY_CHARS: '100', CYPHER_MAX_PARAMS_BYTES: '1000' });
    const worst = JSON.stringify({ query: '\u0001'.repeat(100), params: { p: 'x'.repeat(990) } }, null, 2);
    expect(Buffer.byteLength(worst)).toBeLessThanOrEqual(cypherBodyMaxBytes(env));
  });

  it('uses NEO4J_URI, routing URIs included, and treats empty values as unset', () => {
    expect(boltUri(parseEnv({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }))).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(boltUri(parseEnv({ NEO4J_URI: '', NEO4J_LOCAL_PORT: '7700' }))).toBe('bolt://127.0.0.1:7700');
  });

  it('has editing on by default, with limits for sessions, sign-ins, edits and uploads', () => {
    expect(parseEnv({})).toMatchObject({
      EDITING: 'on',
      SESSION_IDLE_MINUTES: 60,
      RATE_LIMIT_EDITS_PER_MINUTE: 120,
      RATE_LIMIT_LOGIN_FAILURES: 5,
      PASSWORD_SCRYPT_LOG_N: 15,
      SOURCE_MAX_BYTES: 1_000_000,
      IMPORT_MAX_BYTES: 20_000_000,
    });
    expect(parseEnv({}).SESSION_SECRET).toBeUndefined();
    expect(() => parseEnv({ EDITING: 'yes' })).toThrow(/EDITING/);
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
    // The password hash may be made cheaper for tests, never below 2^10.
    expect(() => parseEnv({ PASSWORD_SCRYPT_LOG_N: '8' })).toThrow(/PASSWORD_SCRYPT_LOG_N/);
  });

  it('stops a server with editing on and no or a short SESSION_SECRET, naming it; not a read-only one', () => {
    expect(editingConfigProblem(parseEnv({}))).toMatch(/^SESSION_SECRET is not set/);
    expect(editingConfigProblem(parseEnv({ SESSION_SECRET: 'x'.repeat(31) }))).toMatch(/^SESSION_SECRET is too short \(31 characters/);
    expect(editingConfigProblem(parseEnv({ SESSION_SECRET: 'x'.repeat(32) }))).toBeNull();
    expect(editingConfigProblem(parseEnv({ EDITING: 'off' }))).toBeNull();
    // An empty value counts as unset, as everywhere else.
    expect(editingConfigProblem(parseEnv({ SESSION_SECRET: '' }))).toMatch(/not set/);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow('NEO4J_URI: must be a bolt:// or neo4j:// URI');
    expect(() => parseEnv({ NEO4J_LOCAL_PORT: 'seventy' })).toThrow(/NEO4J_LOCAL_PORT/);
    expect(() => parseEnv({ NEO4J_PASSWORD: 'short' })).toThrow('NEO4J_PASSWORD: must have at least 8 characters');
  });
});
