/**
 * `npm run editor` against the real Neo4j: add (password from stdin, and asked twice on a
 * terminal), list, remove, its refusals, and that editors survive `--reset` of the seed.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { closeDriver, transactions } from '@/graph/db/driver';
import { editorExists, listEditors, removeEditor, verifyEditor } from '@/graph/auth/editors';
import { parseHash } from '@/graph/auth/password';
import { databaseContents } from '@/graph/datasets/seedPolicy';
import { seedApiData } from '@/tests/integration/api-seed';

const { read } = transactions('test');

const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function editorCli(args: string[], input = '') {
  const run = spawnSync(process.execPath, [tsx, 'scripts/editor.ts', ...args], { cwd: root, env: process.env, input, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs the CLI on a pseudo-terminal (util-linux `script`), typing each answer after its prompt appears. */
function editorCliOnTerminal(args: string[], answers: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, tsx, 'scripts/editor.ts', ...args].map((part) => `'${part}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: root, env: process.env });
    let output = '';
    let prompts = 0;
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const seen = output.match(/Password for|same password again/g)?.length ?? 0;
      while (prompts < seen && prompts < answers.length) child.stdin.write(`${answers[prompts++]}\r`);
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

const scriptAvailable = spawnSync('script', ['--version']).status === 0;

describe('npm run editor (scripts/editor.ts)', () => {
  afterAll(async () => {
    for (const name of ['cli-ana', 'cli-tty', 'cli-kept']) await removeEditor(name);
    await closeDriver();
  });

  it('adds an editor with the password from stdin, storing only a scrypt hash', async () => {
    const run = editorCli(['add', 'cli-ana'], 'ana-password-1234\nignored second line\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Added editor "cli-ana"/);
    const stored = await read(async (tx) => (await tx.run('MATCH (e:Editor {name: $name}) RETURN e', { name: 'cli-ana' })).records[0]?.get('e').properties);
    expect(parseHash(stored.passwordHash)).not.toBeNull();
    expect(JSON.stringify(stored)).not.toContain('ana-password-1234');
    expect(await verifyEditor('cli-ana', 'ana-password-1234')).toBe(true);
    expect(await verifyEditor('cli-ana', 'ignored second line')).toBe(false);
  });

  it('lists editors and removes one', async () => {
    // Its own editor, so it passes alone as in the file.
    if (!(await editorExists('cli-ana'))) expect(editorCli(['add', 'cli-ana'], 'first-password-1\n').status).toBe(0);
    const list = editorCli(['list']);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^cli-ana\tadded \d{4}-\d\d-\d\dT/m);
    const removed = editorCli(['remove', 'cli-ana']);
    expect(removed.status).toBe(0);
    expect(removed.stdout).toMatch(/Removed editor "cli-ana"/);
    expect(await editorExists('cli-ana')).toBe(false);
  });

  it.each([
    [['rename', 'x'], '', /Unknown command "rename"/],
    [['add'], '', /needs the editor's name/],
    [['add', 'has space'], 'long-enough-password\n', /may hold only letters/],
    [['add', 'cli-short'], 'short\n', /at least 10 characters/],
    [['add', 'cli-empty'], '', /No password on standard input/],
    [['remove', 'cli-nobody'], '', /no editor named "cli-nobody"/],
  ])('refuses %j with a clear error and exit code 1', (args, input, message) => {
    const run = editorCli(args, input);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses a name that exists, leaving its password as it was', async () => {
    await removeEditor('cli-ana');
    expect(editorCli(['add', 'cli-ana'], 'first-password-1\n').status).toBe(0);
    const again = editorCli(['add', 'cli-ana'], 'second-password-2\n');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(await verifyEditor('cli-ana', 'first-password-1')).toBe(true);
    expect(await listEditors()).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'cli-ana' })]));
  });

  (scriptAvailable ? it : it.skip)('asks twice on a terminal without echoing, and refuses a mismatch', async () => {
    const differ = await editorCliOnTerminal(['add', 'cli-tty'], ['tty-password-one', 'tty-password-two']);
    expect(differ.output).toMatch(/two passwords differ/);
    expect(differ.status).toBe(1);
    expect(await editorExists('cli-tty')).toBe(false);
    const ok = await editorCliOnTerminal(['add', 'cli-tty'], ['tty-password-one', 'tty-password-one']);
    expect(ok.output).toMatch(/Added editor "cli-tty"/);
    expect(ok.output).not.toContain('tty-password-one');
    expect(ok.status).toBe(0);
    expect(await verifyEditor('cli-tty', 'tty-password-one')).toBe(true);
  });

  it('keeps editors through `--reset` of the seed, and an editor alone does not make the database "not empty"', async () => {
    expect(editorCli(['add', 'cli-kept'], 'kept-password-123\n').status).toBe(0);
    await seedApiData();
    expect(await editorExists('cli-kept')).toBe(true);
    expect(await verifyEditor('cli-kept', 'kept-password-123')).toBe(true);
    // Editors are not data: the node count `npm start` decides on leaves them out.
    const [allButSnapshots, editors] = await read(async (tx) => {
      const record = (await tx.run('CALL () { MATCH (n) WHERE NOT n:Snapshot RETURN count(n) AS all } CALL () { MATCH (e:Editor) RETURN count(e) AS editors } RETURN all, editors')).records[0]!;
      return [record.get('all').toNumber() as number, record.get('editors').toNumber() as number];
    });
    expect(editors).toBeGreaterThanOrEqual(2); // cli-kept and the setup's test editor
    expect((await databaseContents()).nodes).toBeLessThanOrEqual(allButSnapshots - editors);
  });
});
