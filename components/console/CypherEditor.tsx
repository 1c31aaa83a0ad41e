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
import { keymap, type EditorView } from '@codemirror/view';
import { setDiagnostics } from '@codemirror/lint';
import type { SchemaResponse } from '@/graph/apiTypes';
import type { CypherPosition } from '@/graph/errors';
import { errorRange } from '@/components/console/errorRange';

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

/**
 * Ctrl/Cmd+Enter runs the query. Highest precedence so the editor's own Enter handling (new line,
 * accept completion) never swallows it.
 */
function runKeymap(run: () => void) {
  return Prec.highest(
    keymap.of([
      {
        key: 'Mod-Enter',
        run: () => {
          run();
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
        editor.setPreExtensions([runKeymap(() => runRef.current())]);
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
      placeholder="MATCH (a:Actor)-[s:SUPPORTS]->(b) RETURN a, s, b LIMIT 25"
      tooltipAbsolute={false}
    />
  );
}
