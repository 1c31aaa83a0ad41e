/**
 * `npm run editor -- add <name> | remove <name> | list`: manages the editors who may sign in and
 * change the graph from the browser (docs/editors.md). On a terminal `add` asks for the password
 * twice without echoing it; otherwise it reads the first line of standard input, for scripts.
 */
import { closeDriver } from '@/graph/db/driver';
import { getEnv } from '@/graph/db/env';
import { applySchema, EDITOR_NAME_CONSTRAINT } from '@/graph/db/migrations';
import { addEditor, EditorError, EditorName, editorExists, listEditors, NewPassword, removeEditor } from '@/graph/auth/editors';
import { ApiError, describeNeo4jError } from '@/graph/http/errors';
import { EDITOR_USAGE, EditorArgsError, parseEditorArgs } from '@/scripts/editorArgs';
import { ensureSessionSecret } from '@/scripts/sessionSecret';

/** Reads one line from the terminal with echo off; Ctrl-C aborts. */
function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  // Echo goes off before the prompt shows, so nothing typed right after it reaches the screen.
  input.setRawMode(true);
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') return finish(new EditorError('Cancelled.'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    input.resume();
    input.on('data', onData);
  });
}

/** The first line of standard input (a trailing CR from Windows files dropped). */
async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if ((chunk as Buffer).includes(10)) break;
  }
  const line = Buffer.concat(chunks).toString('utf8').split('\n')[0]?.replace(/\r$/, '') ?? '';
  if (line === '') throw new EditorError('No password on standard input: pipe one line holding it, or run this in a terminal to be asked.');
  return line;
}

function checkPassword(password: string): void {
  const result = NewPassword.safeParse(password);
  if (!result.success) throw new EditorError(`The password ${result.error.issues.map((issue) => issue.message).join('; ')}.`);
}

async function readNewPassword(name: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const password = await askHidden(`Password for ${name} (at least 10 characters): `);
  checkPassword(password);
  const again = await askHidden('The same password again: ');
  if (again !== password) throw new EditorError('The two passwords differ; nothing was changed. Run the command again.');
  return password;
}

/**
 * Passwords are keyed with the secret the app runs with (graph/auth/password.ts). Without
 * SESSION_SECRET or PASSWORD_PEPPER set, that is the one `npm start` keeps in NEO4J_LOCAL_DIR.
 */
function adoptAppSecret(): void {
  const env = getEnv();
  if (env.PASSWORD_PEPPER || env.SESSION_SECRET) return;
  process.env.SESSION_SECRET = ensureSessionSecret(env.NEO4J_LOCAL_DIR).secret;
}

async function main(argv: string[]): Promise<void> {
  const args = parseEditorArgs(argv);
  if (args.command === 'add') adoptAppSecret();
  switch (args.command) {
    case 'help':
      console.log(EDITOR_USAGE);
      return;
    case 'list': {
      const editors = await listEditors();
      if (editors.length === 0) console.log('No editors yet. Add one with: npm run editor -- add <name>');
      for (const editor of editors) console.log(`${editor.name}\tadded ${editor.createdAt}`);
      return;
    }
    case 'add': {
      // Checked before the password is asked for, so a typo in the name costs no typing.
      const name = EditorName.safeParse(args.name);
      if (!name.success) throw new EditorError(`The name ${name.error.issues.map((issue) => issue.message).join('; ')}.`);
      if (await editorExists(args.name)) throw new EditorError(`An editor named "${args.name}" already exists. Remove it first to set a new password.`);
      await applySchema([EDITOR_NAME_CONSTRAINT]);
      await addEditor(args.name, await readNewPassword(args.name));
      console.log(`Added editor "${args.name}". They can sign in at /login.`);
      return;
    }
    case 'remove': {
      if (!(await removeEditor(args.name))) throw new EditorError(`There is no editor named "${args.name}" (npm run editor -- list shows them).`);
      console.log(`Removed editor "${args.name}"; their signed-in sessions stop working now. Their changes stay in the audit trail.`);
      return;
    }
  }
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof EditorArgsError || error instanceof EditorError) console.error(`Error: ${error.message}`);
    else {
      // Neo4j's errors in plain words (down, refused credentials); anything else as it was thrown.
      const described = describeNeo4jError(error);
      const plain = error instanceof ApiError || described.status !== 500 || !(error instanceof Error) ? described.message : error.message;
      console.error(`Error: ${plain}`);
    }
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
