/** The command line of `npm run editor`: pure, so each bad use's message is tested (scripts/editorArgs.test.ts). */

export const EDITOR_USAGE = [
  'Usage: npm run editor -- add <name>      (asks for the password twice; or pipe it in: echo "…" | npm run editor -- add <name>)',
  '       npm run editor -- remove <name>',
  '       npm run editor -- list',
].join('\n');

export type EditorCommand = { command: 'add'; name: string } | { command: 'remove'; name: string } | { command: 'list' } | { command: 'help' };

export class EditorArgsError extends Error {}

export function parseEditorArgs(args: readonly string[]): EditorCommand {
  const [command, name, ...rest] = args;
  if (command === undefined) throw new EditorArgsError(`Name a command.\n${EDITOR_USAGE}`);
  if (command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === 'list') {
    if (name !== undefined) throw new EditorArgsError(`"list" takes no arguments (got "${name}").\n${EDITOR_USAGE}`);
    return { command };
  }
  if (command === 'add' || command === 'remove') {
    if (name === undefined || name === '') throw new EditorArgsError(`"${command}" needs the editor's name: npm run editor -- ${command} <name>`);
    if (name.startsWith('-')) throw new EditorArgsError(`Unknown option ${name}.\n${EDITOR_USAGE}`);
    if (rest.length > 0) throw new EditorArgsError(`"${command}" takes one name; got also ${rest.map((r) => `"${r}"`).join(', ')}. Names have no spaces.`);
    return { command, name };
  }
  throw new EditorArgsError(`Unknown command "${command}".\n${EDITOR_USAGE}`);
}
