import { hashPassword as hashWith, parseHash, verifyPassword as verifyWith } from '@/graph/auth/password';

const PEPPER = 'a test pepper of more than thirty-two characters';
const hashPassword = (password: string, logN: number) => hashWith(password, logN, PEPPER);
const verifyPassword = (password: string, stored: string) => verifyWith(password, stored, PEPPER);

describe('graph/auth/password', () => {
  it('hashes into scrypt$N$r$p$salt$key and verifies only the same password', async () => {
    const stored = await hashPassword('correct horse battery', 10);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts each hash, so one password gives two different hashes', async () => {
    const [a, b] = await Promise.all([hashPassword('same password', 10), hashPassword('same password', 10)]);
    expect(a).not.toBe(b);
    expect(parseHash(a)?.salt.length).toBe(16);
    expect(parseHash(a)?.salt.equals(parseHash(b)!.salt)).toBe(false);
  });

  it('uses a default cost of at least 2^14 when given the env default (15)', async () => {
    const stored = await hashPassword('a long enough password', 15);
    expect(parseHash(stored)?.N).toBe(2 ** 15);
    expect(await verifyPassword('a long enough password', stored)).toBe(true);
  });

  it('verifies a hash by the cost it names, whatever the current setting', async () => {
    const cheap = await hashPassword('pässwörd-ñ', 11);
    expect(await verifyPassword('pässwörd-ñ', cheap)).toBe(true);
    // The same text typed in decomposed form (as some keyboards send it) still matches.
    expect(await verifyPassword('pässwörd-ñ'.normalize('NFD'), cheap)).toBe(true);
  });

  it('refuses malformed or oversized hashes instead of running them', async () => {
    const good = await hashPassword('password-123', 10);
    const parts = good.split('$');
    expect(parseHash('plain-text-password')).toBeNull();
    expect(parseHash(['bcrypt', ...parts.slice(1)].join('$'))).toBeNull();
    expect(parseHash(['scrypt', '1000', ...parts.slice(2)].join('$'))).toBeNull(); // N not a power of two
    expect(parseHash(['scrypt', String(2 ** 24), ...parts.slice(2)].join('$'))).toBeNull();
    expect(await verifyPassword('password-123', ['scrypt', '1024', '8', '1', '', parts[5]].join('$'))).toBe(false);
    await expect(hashPassword('x', 40)).rejects.toThrow(/log2/);
  });

  it('keys the password with the pepper: the stored hash does not verify under another secret, nor without one', async () => {
    const stored = await hashPassword('correct horse battery', 10);
    expect(await verifyWith('correct horse battery', stored, PEPPER)).toBe(true);
    expect(await verifyWith('correct horse battery', stored, `${PEPPER}!`)).toBe(false);
    await expect(verifyWith('correct horse battery', stored, '')).rejects.toThrow(/pepper/);
  });
});
