/**
 * Editors' password hashes: scrypt (node:crypto) with a 16-byte random salt per password, stored as
 * `scrypt$<N>$<r>$<p>$<salt base64>$<key base64>` so each hash carries its own cost and a later
 * change of PASSWORD_SCRYPT_LOG_N does not lock anyone out. The password itself is never stored.
 *
 * The password is first keyed with a server secret (a "pepper": HMAC-SHA256 under a key derived
 * from PASSWORD_PEPPER, else SESSION_SECRET). The public Cypher console can read every node,
 * `:Editor` ones included; peppered, a hash it reads cannot be attacked offline without the secret.
 */
import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** r and p as OWASP suggests for scrypt; N comes from PASSWORD_SCRYPT_LOG_N (default 2^15). */
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Stored hashes naming a bigger N are refused rather than run (2^20 × 8 needs 1 GiB). */
const MAX_LOG_N = 20;

export const PASSWORD_MIN_LENGTH = 10;
/** scrypt takes any length, but there is no reason to hash megabytes sent to the login route. */
export const PASSWORD_MAX_LENGTH = 1024;

export interface ScryptHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

/** The password keyed with the pepper (its own key, derived once per secret, for this use only). */
function peppered(password: string, pepper: string): Buffer {
  if (pepper.length === 0) throw new Error('a password pepper is needed: set SESSION_SECRET or PASSWORD_PEPPER');
  const key = createHmac('sha256', pepper).update('stance-graph editor password v1').digest();
  return createHmac('sha256', key).update(password.normalize('NFC')).digest();
}

function derive(password: string, pepper: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  // Node's default maxmem (32 MiB) is exactly what N = 2^15, r = 8 needs and is refused; allow twice that.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) => {
    scrypt(peppered(password, pepper), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, logN: number, pepper: string): Promise<string> {
  if (!Number.isInteger(logN) || logN < 1 || logN > MAX_LOG_N) throw new Error(`scrypt cost log2(N) must be 1 to ${MAX_LOG_N}, not ${logN}`);
  const N = 2 ** logN;
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, pepper, salt, N, BLOCK_SIZE, PARALLELISM);
  return ['scrypt', N, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

/** The parts of a stored hash, or null when it is not one this module wrote. */
export function parseHash(stored: string): ScryptHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d+$/.test(part) ? Number(part) : NaN)) as [number, number, number];
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > 2 ** MAX_LOG_N || !(r >= 1 && r <= 32) || !(p >= 1 && p <= 16) || salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/** Whether `password` matches `stored` under `pepper`, compared in constant time; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string, pepper: string): Promise<boolean> {
  const hash = parseHash(stored);
  if (!hash) return false;
  const key = await derive(password, pepper, hash.salt, hash.N, hash.r, hash.p);
  return key.length === hash.key.length && timingSafeEqual(key, hash.key);
}
