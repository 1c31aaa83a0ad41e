import { EditorArgsError, parseEditorArgs } from '@/scripts/editorArgs';

describe('scripts/editorArgs', () => {
  it('reads add, remove and list', () => {
    expect(parseEditorArgs(['add', 'ana'])).toEqual({ command: 'add', name: 'ana' });
    expect(parseEditorArgs(['remove', 'ana'])).toEqual({ command: 'remove', name: 'ana' });
    expect(parseEditorArgs(['list'])).toEqual({ command: 'list' });
    expect(parseEditorArgs(['--help'])).toEqual({ command: 'help' });
  });

  it.each([
    [[], /Name a command/],
    [['rename', 'ana'], /Unknown command "rename"/],
    [['add'], /needs the editor's name/],
    [['remove', ''], /needs the editor's name/],
    [['add', '--force'], /Unknown option --force/],
    [['add', 'ana', 'maria'], /takes one name/],
    [['list', 'ana'], /takes no arguments/],
  ])('refuses %j with a message saying what to do', (args, message) => {
    expect(() => parseEditorArgs(args)).toThrow(EditorArgsError);
    expect(() => parseEditorArgs(args)).toThrow(message);
  });
});
