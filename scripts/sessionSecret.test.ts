import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureSessionSecret } from '@/scripts/sessionSecret';

describe('scripts/sessionSecret', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'session-secret-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates a random 32+ character secret readable by its owner only, then keeps it', () => {
    const target = path.join(dir, 'neo4j-data');
    const first = ensureSessionSecret(target);
    expect(first.created).toBe(true);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
    const second = ensureSessionSecret(target);
    expect(second).toMatchObject({ created: false, secret: first.secret });
    // Another folder, another secret.
    expect(ensureSessionSecret(path.join(dir, 'other')).secret).not.toBe(first.secret);
  });

  it('replaces a file too short to be a secret', () => {
    fs.writeFileSync(path.join(dir, 'session-secret'), 'short\n', { mode: 0o644 });
    const result = ensureSessionSecret(dir);
    expect(result.created).toBe(true);
    expect(result.secret).not.toBe('short');
    expect(fs.statSync(result.file).mode & 0o777).toBe(0o600);
  });
});
