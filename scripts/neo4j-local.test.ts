import { findJava, jvmFlags, neo4jConf } from '@/scripts/neo4j-local';
import { spawnSync } from 'node:child_process';

describe('scripts/neo4j-local', () => {
  const opts = { dir: '/tmp/x', port: 7999, user: 'neo4j', password: 'secret-password' };

  it('listens on loopback only, with HTTP off and no file or network access from Cypher', () => {
    const conf = neo4jConf(opts);
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7999');
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('dbms.security.allow_csv_import_from_file_urls=false');
    expect(conf).toContain('internal.dbms.cypher_ip_blocklist=0.0.0.0/0,::/0');
    expect(conf).toMatch(/db\.transaction\.timeout=\d+s/);
    expect(conf).toMatch(/server\.memory\.heap\.max_size=\w+/);
  });

  it('passes the heap and the launcher flags to the JVM', () => {
    const flags = jvmFlags({ ...opts, heap: '256m' });
    expect(flags).toEqual(expect.arrayContaining(['-Xmx256m', '-Xms256m', '-XX:+UseG1GC', '--add-opens=java.base/java.nio=ALL-UNNAMED']));
  });

  it('finds a Java 17 or 21, never a newer one', () => {
    const java = findJava();
    const version = spawnSync(java, ['-version'], { encoding: 'utf8' }).stderr;
    expect(version).toMatch(/version "(17|21)[."]/);
  });
});
