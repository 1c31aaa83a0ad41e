/**
 * Editors: the people who may change the graph from the browser, kept in Neo4j as
 * `(:Editor {name, passwordHash, createdAt, sessionVersion})` and managed with `npm run editor`
 * (scripts/editor.ts). `--reset` of the seed keeps them (graph/datasets/load.ts resetGraph).
 *
 * `sessionVersion` is a random value copied into each session cookie at sign-in and compared on
 * every write (graph/auth/guard.ts). Signing out replaces it, and removing and re-adding an editor
 * (how a password is changed) makes a new node with a new one, so every earlier cookie stops
 * working. Random rather than a counter, so a re-added editor never repeats an old value.
 */
import { z } from 'zod';
import { getEnv } from '@/graph/db/env';
import { transactions } from '@/graph/db/driver';
import type { Env } from '@/graph/db/env';
import { withHashSlot } from '@/graph/auth/hashSlots';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from '@/graph/auth/password';

const { read, write } = transactions('auth');


/** Names appear in the audit trail and the header: letters, digits and . _ - @, no spaces. */
export const EditorName = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must have at most 64 characters')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'may hold only letters, digits and . _ - @');

export const NewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must have at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must have at most ${PASSWORD_MAX_LENGTH} characters`);

export interface EditorListing {
  name: string;
  /** ISO 8601. */
  createdAt: string;
}

/** A refusal the CLI prints as it is (bad name, short password, name taken). */
export class EditorError extends Error {}

function check<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new EditorError(`The ${what} ${result.error.issues.map((issue) => issue.message).join('; ')}.`);
  return result.data;
}

/** The secret passwords are keyed with (graph/auth/password.ts): PASSWORD_PEPPER, else SESSION_SECRET. */
export function passwordPepper(env: Env = getEnv()): string {
  const pepper = env.PASSWORD_PEPPER ?? env.SESSION_SECRET;
  if (!pepper) throw new EditorError('Passwords are keyed with a server secret: set SESSION_SECRET (or PASSWORD_PEPPER), the same the app runs with.');
  return pepper;
}

export async function addEditor(name: string, password: string): Promise<void> {
  const validName = check(EditorName, name, 'name');
  const validPassword = check(NewPassword, password, 'password');
  const passwordHash = await hashPassword(validPassword, getEnv().PASSWORD_SCRYPT_LOG_N, passwordPepper());
  const created = await write(async (tx) => {
    // MERGE under the unique constraint: two concurrent adds of one name cannot both create it.
    const result = await tx.run(
      `MERGE (e:Editor {name: $name})
       ON CREATE SET e.passwordHash = $passwordHash, e.createdAt = datetime(), e.sessionVersion = randomUUID(), e.isNew = true
       WITH e, coalesce(e.isNew, false) AS created
       REMOVE e.isNew
       RETURN created`,
      { name: validName, passwordHash },
    );
    return result.records[0]?.get('created') === true;
  });
  if (!created) throw new EditorError(`An editor named "${validName}" already exists. Remove it first to set a new password.`);
}

/** Whether an editor of that name existed. Their changes stay in the audit trail under their name. */
export async function removeEditor(name: string): Promise<boolean> {
  return write(async (tx) => {
    const result = await tx.run('MATCH (e:Editor {name: $name}) DELETE e RETURN count(*) AS removed', { name });
    return (result.records[0]?.get('removed').toNumber() ?? 0) > 0;
  });
}

export async function listEditors(): Promise<EditorListing[]> {
  return read(async (tx) => {
    const result = await tx.run('MATCH (e:Editor) RETURN e.name AS name, toString(e.createdAt) AS createdAt ORDER BY name');
    return result.records.map((record) => ({ name: record.get('name') as string, createdAt: record.get('createdAt') as string }));
  });
}

export async function editorExists(name: string): Promise<boolean> {
  return read(async (tx) => {
    const result = await tx.run('MATCH (e:Editor {name: $name}) RETURN count(e) > 0 AS exists', { name });
    return result.records[0]?.get('exists') === true;
  });
}

/** The editor's current session version, or null when there is no such editor (removed). */
export async function editorSessionVersion(name: string): Promise<string | null> {
  return read(async (tx) => {
    const result = await tx.run('MATCH (e:Editor {name: $name}) RETURN coalesce(e.sessionVersion, \'\') AS version', { name });
    return (result.records[0]?.get('version') as string | undefined) ?? null;
  });
}

/**
 * The version a new session of this editor carries (null when the editor is gone). Editors added
 * before versions existed get one here.
 */
export async function startEditorSession(name: string): Promise<string | null> {
  return write(async (tx) => {
    const result = await tx.run('MATCH (e:Editor {name: $name}) SET e.sessionVersion = coalesce(e.sessionVersion, randomUUID()) RETURN e.sessionVersion AS version', { name });
    return (result.records[0]?.get('version') as string | undefined) ?? null;
  });
}

/**
 * Ends every session of the editor (signing out): a new version, so every cookie carrying the old
 * one is refused. Only when `version` is still the current one, so an old cookie (one that no longer
 * works anyway) cannot be used to sign the editor out again and again. Whether it changed.
 */
export async function endEditorSessions(name: string, version: string): Promise<boolean> {
  return write(async (tx) => {
    const result = await tx.run(
      'MATCH (e:Editor {name: $name}) WHERE e.sessionVersion = $version SET e.sessionVersion = randomUUID() RETURN count(e) AS ended',
      { name, version },
    );
    return (result.records[0]?.get('ended').toNumber() ?? 0) > 0;
  });
}

// Compared against when the name is unknown, so an unknown name costs as much time as a wrong password.
const decoys = new Map<number, Promise<string>>();
function decoyHash(logN: number, pepper: string): Promise<string> {
  let decoy = decoys.get(logN);
  if (!decoy) {
    decoy = hashPassword(`decoy-${Math.random()}`, logN, pepper);
    decoys.set(logN, decoy);
  }
  return decoy;
}

/** Whether `name` is an editor whose password is `password`. Does the same work when the name is unknown. */
export async function verifyEditor(name: string, password: string): Promise<boolean> {
  const stored = await read(async (tx) => {
    const result = await tx.run('MATCH (e:Editor {name: $name}) RETURN e.passwordHash AS passwordHash', { name });
    return (result.records[0]?.get('passwordHash') as string | undefined) ?? null;
  });
  const pepper = passwordPepper();
  const hash = stored ?? (await decoyHash(getEnv().PASSWORD_SCRYPT_LOG_N, pepper));
  // Within the few hashing slots (graph/auth/hashSlots.ts): a burst of sign-ins waits or gets 503 rather than filling libuv's pool.
  const matches = await withHashSlot(() => verifyPassword(password, hash, pepper));
  return stored !== null && matches;
}
