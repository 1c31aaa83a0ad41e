/**
 * Password guessing against POST /api/auth/login (GitHub issue #38): each attempt is counted before
 * its password is checked, attempts in progress are bounded per client and per name, a name is
 * locked per client (not for everyone), and a burst cannot fill the hashing threads. Clients are
 * told apart by X-Forwarded-For with TRUST_PROXY=1, as behind a proxy.
 */
import type { NextApiHandler } from 'next';
import { closeDriver } from '@/graph/db/driver';
import { addEditor, removeEditor } from '@/graph/auth/editors';
import { hashGate, hashSlotCount } from '@/graph/auth/hashSlots';
import { MAX_IN_FLIGHT_PER_CLIENT, MAX_IN_FLIGHT_PER_NAME } from '@/graph/auth/loginThrottle';
import login from '@/pages/api/auth/login';
import { callRoute } from '@/tests/support/callRoute';
import { SAME_SITE_HEADERS, TEST_EDITOR } from '@/tests/support/editors';

type Answer = { status: number; headers: Record<string, string | string[]>; body: { error?: { code: string; message: string } } };

let clients = 0;
/** A client address no other test uses, so each test starts with fresh counts. */
const newClient = () => `198.51.100.${++clients}`;

function signInFrom(client: string, name: string, password: string, handler: NextApiHandler = login): Promise<Answer> {
  return callRoute(handler, { method: 'POST', body: { name, password }, headers: { ...SAME_SITE_HEADERS, 'x-forwarded-for': client } });
}

const statuses = (answers: Answer[]) => answers.map((answer) => answer.status).sort();
const count = (answers: Answer[], status: number) => answers.filter((answer) => answer.status === status).length;

const VARIABLES = ['TRUST_PROXY', 'RATE_LIMIT_LOGIN_FAILURES', 'RATE_LIMIT_LOGIN_CLIENT_FAILURES', 'PASSWORD_SCRYPT_LOG_N'] as const;
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
const TARGET = { name: 'guess-target', password: 'guess-target-password' };

describe('sign-in guessing limits (graph/auth/loginThrottle, graph/auth/hashSlots)', () => {
  beforeAll(() => addEditor(TARGET.name, TARGET.password));
  beforeEach(() => {
    process.env.TRUST_PROXY = '1';
  });
  afterEach(() => {
    for (const name of VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });
  afterAll(async () => {
    await removeEditor(TARGET.name);
    await closeDriver();
  });

  it('forty concurrent wrong passwords, then the right one: no more 401s than the limit, and no 200 after it', async () => {
    process.env.RATE_LIMIT_LOGIN_FAILURES = '2';
    const client = newClient();
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => signInFrom(client, TARGET.name, `wrong-guess-${i}`)));
    expect(count(burst, 401)).toBe(2);
    expect(count(burst, 429)).toBe(38);
    const right = await signInFrom(client, TARGET.name, TARGET.password);
    expect(right.status).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(60);
  });

  it('counts an attempt before its password is checked: with a budget of one, two at once give one 401 and one 429', async () => {
    process.env.RATE_LIMIT_LOGIN_FAILURES = '1';
    const client = newClient();
    const both = await Promise.all([signInFrom(client, TARGET.name, 'wrong-one-1'), signInFrom(client, TARGET.name, 'wrong-one-2')]);
    expect(statuses(both)).toEqual([401, 429]);
    expect(both.find((answer) => answer.status === 429)?.body.error?.message).toMatch(/failed sign-ins/);
    expect((await signInFrom(client, TARGET.name, TARGET.password)).status).toBe(429);
  });

  it('refunds a right password: successful sign-ins never use up the budget', async () => {
    process.env.RATE_LIMIT_LOGIN_FAILURES = '2';
    const client = newClient();
    for (let i = 0; i < 4; i++) expect((await signInFrom(client, TARGET.name, TARGET.password)).status).toBe(200);
    expect((await signInFrom(client, TARGET.name, 'one-typo-here')).status).toBe(401);
    expect((await signInFrom(client, TARGET.name, TARGET.password)).status).toBe(200);
  });

  it(`checks at most ${MAX_IN_FLIGHT_PER_CLIENT} attempts of one client and ${MAX_IN_FLIGHT_PER_NAME} of one name at once; the rest get 429 at once`, async () => {
    process.env.RATE_LIMIT_LOGIN_FAILURES = '1000';
    process.env.RATE_LIMIT_LOGIN_CLIENT_FAILURES = '1000';
    const client = newClient();
    const oneClient = await Promise.all(Array.from({ length: 6 }, (_, i) => signInFrom(client, `nobody-${i}-${client}`, 'wrong-password')));
    expect(count(oneClient, 401)).toBe(MAX_IN_FLIGHT_PER_CLIENT);
    expect(count(oneClient, 429)).toBe(6 - MAX_IN_FLIGHT_PER_CLIENT);
    expect(oneClient.find((answer) => answer.status === 429)?.headers['retry-after']).toBe('1');

    const oneName = await Promise.all(Array.from({ length: 8 }, () => signInFrom(newClient(), TARGET.name, 'wrong-password')));
    expect(count(oneName, 401)).toBe(MAX_IN_FLIGHT_PER_NAME);
    expect(count(oneName, 429)).toBe(8 - MAX_IN_FLIGHT_PER_NAME);
    // Once they are answered, the places are free again.
    expect((await signInFrom(newClient(), TARGET.name, TARGET.password)).status).toBe(200);
  });

  it('locks a name for the client that failed, not for the editor signing in from elsewhere; and a client across names', async () => {
    process.env.RATE_LIMIT_LOGIN_FAILURES = '3';
    process.env.RATE_LIMIT_LOGIN_CLIENT_FAILURES = '5';
    const attacker = newClient();
    for (let i = 0; i < 3; i++) expect((await signInFrom(attacker, TARGET.name, `guess-${i}`)).status).toBe(401);
    const locked = await signInFrom(attacker, TARGET.name, TARGET.password);
    expect(locked.status).toBe(429);
    expect(locked.body.error?.message).toMatch(/for this name/);
    // The owner, from their own address, signs in as usual.
    expect((await signInFrom(newClient(), TARGET.name, TARGET.password)).status).toBe(200);
    // The attacker may still try other names, until the client's own budget is spent.
    for (let i = 0; i < 2; i++) expect((await signInFrom(attacker, `someone-else-${i}`, 'a-guess-here')).status).toBe(401);
    const spent = await signInFrom(attacker, TEST_EDITOR.name, TEST_EDITOR.password);
    expect(spent.status).toBe(429);
    expect(spent.body.error?.message).toMatch(/from this address/);
    expect((await signInFrom(newClient(), TEST_EDITOR.name, TEST_EDITOR.password)).status).toBe(200);
  });

  it('keeps a burst of sign-ins to a few hashing threads: the rest wait or get 503 Busy with Retry-After', async () => {
    // The default cost, so each check takes long enough for the burst to meet at the gate.
    process.env.PASSWORD_SCRYPT_LOG_N = '15';
    process.env.RATE_LIMIT_LOGIN_FAILURES = '1000';
    process.env.RATE_LIMIT_LOGIN_CLIENT_FAILURES = '1000';
    let peak = 0;
    const watch = setInterval(() => (peak = Math.max(peak, hashGate().load.running)), 2);
    try {
      const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => signInFrom(newClient(), `burst-${i}`, 'wrong-password')));
      const busy = burst.filter((answer) => answer.status === 503);
      expect(busy.length).toBeGreaterThan(0);
      expect(busy[0]?.body.error?.code).toBe('Busy');
      expect(busy[0]?.headers['retry-after']).toBe('1');
      expect(count(burst, 401) + busy.length).toBe(40);
      expect(peak).toBeLessThanOrEqual(hashSlotCount());
    } finally {
      clearInterval(watch);
    }
    expect(hashGate().load).toEqual({ running: 0, waiting: 0 });
  });
});
