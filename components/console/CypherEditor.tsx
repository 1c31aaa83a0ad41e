/**
 * The Cypher editor: Neo4j's CodeMirror 6 editor (highlighting, bracket matching, autocompletion of
 * this database's labels, relationship types, property keys and the params' $names), plus
 * Ctrl/Cmd+Enter to run and the server's error position marked as a lint diagnostic.
 * Client-only (CodeMirror needs the DOM): the page loads it through next/dynamic with ssr: false.
 */
import { useEffect, useMemo, useRef } from 'react';
import { CypherEditor as Neo4jCypherEditor } from '@neo4j-cypher/react-codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { setDiagnostics } from '@codemirror/lint';
import type { SchemaResponse } from '@/graph/console/consoleTypes';
import type { CypherPosition } from '@/graph/model/errorBody';
import { errorRange } from '@/components/console/errorRange';

/** Shown while the editor is empty. */
export const PLACEHOLDER = '// Type a Cypher query here, e.g. MATCH (a:Actor)-[s:SUPPORTS]->(b) RETURN a, s, b LIMIT 25';

export interface EditorError {
  message: string;
  position: CypherPosition;
}

export interface CypherEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  /** Labels, types and keys offered by autocompletion; null while /api/schema loads. */
  schema: SchemaResponse | null;
  /** Names the params editor defines, offered after `$`. */
  parameterNames: string[];
  /** A syntax error to mark in the text, or null. */
  error: EditorError | null;
}

/** The accessible name of the editable text (CodeMirror's content element is a bare textbox otherwise). */
export const EDITOR_LABEL = 'Cypher query';

/** The completion popup is open: CodeMirror draws it as this tooltip inside the editor. */
function completionOpen(view: EditorView): boolean {
  return view.dom.querySelector('.cm-tooltip-autocomplete') !== null;
}

/**
 * Ctrl/Cmd+Enter runs the query and closes the completion popup (the result is what matters
 * now). Escape closes the popup; with no popup open it is left to the page. Highest precedence
 * so the editor's own Enter handling (new line, accept completion) never swallows them.
 */
function editorKeys(run: () => void, closeCompletion: () => void) {
  return Prec.highest(
    keymap.of([
      {
        key: 'Mod-Enter',
        run: () => {
          closeCompletion();
          run();
          return true;
        },
      },
      {
        key: 'Escape',
        run: (view) => {
          if (!completionOpen(view)) return false;
          closeCompletion();
          return true;
        },
      },
    ]),
  );
}

export default function CypherEditor({ value, onChange, onRun, schema, parameterNames, error }: CypherEditorProps) {
  const viewRef = useRef<EditorView | null>(null);
  const runRef = useRef(onRun);
  useEffect(() => {
    runRef.current = onRun;
  }, [onRun]);

  // The editor's completion engine matches labels and types written with their colon (`:Actor`).
  const editorSchema = useMemo(
    () => ({
      labels: schema?.labels.map((l) => `:${l.name}`) ?? [],
      relationshipTypes: schema?.relationshipTypes.map((t) => `:${t.name}`) ?? [],
      propertyKeys: schema?.propertyKeys ?? [],
      parameters: parameterNames,
    }),
    [schema, parameterNames],
  );

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const text = view.state.doc.toString();
    const diagnostics = error
      ? [{ ...errorRange(text, error.position), severity: 'error' as const, message: error.message, source: 'Neo4j' }]
      : [];
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }, [error]);

  return (
    <Neo4jCypherEditor
      className="console-editor"
      value={value}
      onValueChanged={(next) => onChange(next)}
      onEditorCreated={(editor) => {
        viewRef.current = editor.codemirror;
        editor.setPreExtensions([
          editorKeys(
            () => runRef.current(),
            () => editor.setAutocompleteOpen(false),
          ),
          EditorView.contentAttributes.of({ 'aria-label': EDITOR_LABEL }),
        ]);
      }}
      schema={editorSchema}
      autofocus
      autofocusProps={[]}
      lineNumbers
      lineWrapping
      // Tab moves focus on, so the editor is no keyboard trap; indentation is two spaces typed.
      tabKey={false}
      lint={false}
      theme="light"
      // A comment, so it reads as a hint rather than a query Run would run (Run with an empty editor asks for one).
      placeholder={PLACEHOLDER}
      tooltipAbsolute={false}
    />
  );
}
