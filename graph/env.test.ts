import { boltUri, parseEnv } from '@/graph/env';

describe('graph/env', () => {
  it('defaults to the local server', () => {
    const env = parseEnv({});
    expect(boltUri(env)).toBe('bolt://127.0.0.1:7687');
    expect(env.CYPHER_TIMEOUT_MS).toBe(5000);
    expect(env.SNAPSHOT_MAX_BYTES).toBe(2_000_000);
  });

  it('uses NEO4J_URI, routing URIs included, and treats empty values as unset', () => {
    expect(boltUri(parseEnv({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }))).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(boltUri(parseEnv({ NEO4J_URI: '', NEO4J_LOCAL_PORT: '7700' }))).toBe('bolt://127.0.0.1:7700');
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ NEO4J_URI: 'http://localhost:7474' })).toThrow('NEO4J_URI: must be a bolt:// or neo4j:// URI');
    expect(() => parseEnv({ NEO4J_LOCAL_PORT: 'seventy' })).toThrow(/NEO4J_LOCAL_PORT/);
    expect(() => parseEnv({ NEO4J_PASSWORD: 'short' })).toThrow('NEO4J_PASSWORD: must have at least 8 characters');
  });
});
