/**
 * The session secret `npm start` uses when SESSION_SECRET is unset: made once at random and kept in
 * `<NEO4J_LOCAL_DIR>/session-secret` (readable by its owner only), so sessions survive restarts
 * and the quick start needs no configuration.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SESSION_SECRET_MIN_LENGTH } from '@/graph/db/env';

export const SESSION_SECRET_FILE = 'session-secret';

export function ensureSessionSecret(dir: string): { secret: string; file: string; created: boolean } {
  const file = path.join(dir, SESSION_SECRET_FILE);
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  if (existing.length >= SESSION_SECRET_MIN_LENGTH) {
    fs.chmodSync(file, 0o600);
    return { secret: existing, file, created: false };
  }
  fs.mkdirSync(dir, { recursive: true });
  // 48 random bytes: 64 base64 characters, well past the 32 iron-session requires.
  const secret = randomBytes(48).toString('base64');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600); // mode applies only to new files; a short leftover is overwritten and tightened here
  return { secret, file, created: true };
}
