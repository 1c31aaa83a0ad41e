/**
 * The console's state that a link carries: the query, its parameters and whether result nodes are
 * connected. They live in the URL (`/query?q=...&params=...`, `connect=0` when connecting is off)
 * so a link reproduces a query; `run=1` asks the page to run it on open.
 * Pure: no React, no browser globals.
 */
import { z } from 'zod';
import { CypherRequest } from '@/graph/console/consoleTypes';

/** Query parameters are any JSON object (`{"id": "nicolas-maduro"}` answers `$id`), as POST /api/cypher takes them. */
export const QueryParams = CypherRequest.shape.params.unwrap();
export type QueryParams = z.infer<typeof QueryParams>;

export const ConsoleState = z.object({
  query: z.string(),
  params: QueryParams,
  /** Connect result nodes: POST /api/cypher's `connect`, with its default (on). */
  connect: CypherRequest.shape.connect,
});
export type ConsoleState = z.infer<typeof ConsoleState>;
/** A state as callers may write it: `connect` left out means on. */
export type ConsoleStateInput = z.input<typeof ConsoleState>;

export type ParamsParse = { ok: true; params: QueryParams } | { ok: false; error: string };

/** Reads the params editor's text: empty means no params; otherwise a JSON object, or an error saying what is wrong. */
export function parseParamsText(text: string): ParamsParse {
  if (text.trim() === '') return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Parameters are not valid JSON: ${detail}` };
  }
  const result = QueryParams.safeParse(value);
  if (!result.success || Array.isArray(value)) {
    return { ok: false, error: 'Parameters must be a JSON object such as {"id": "nicolas-maduro"}, one key per $name in the query.' };
  }
  return { ok: true, params: result.data };
}

/** Params as the editor shows them: pretty JSON, or empty for none. */
export function paramsToText(params: QueryParams): string {
  return Object.keys(params).length === 0 ? '' : JSON.stringify(params, null, 2);
}

// Cypher comments and strings can contain `$word` that is not a parameter; drop them first.
const COMMENTS_AND_STRINGS = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g;

/** Every `$name` the query uses, in first-seen order. */
export function parameterNames(query: string): string[] {
  const names = new Set<string>();
  for (const match of query.replace(COMMENTS_AND_STRINGS, ' ').matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    if (match[1]) names.add(match[1]);
  }
  return [...names];
}

/** Parameters the query uses but the params object does not give. */
export function missingParameters(query: string, params: QueryParams): string[] {
  return parameterNames(query).filter((name) => !Object.hasOwn(params, name));
}

/** The URL search string for a state (`?q=...`), with `run=1` when the page should run it on open. */
export function stateToSearch(state: ConsoleStateInput, options: { run?: boolean } = {}): string {
  const search = new URLSearchParams();
  if (state.query.trim() !== '') search.set('q', state.query);
  if (Object.keys(state.params).length > 0) search.set('params', JSON.stringify(state.params));
  // On is the default, so only "off" is written: links made before the setting existed stay short and mean the same.
  if (state.connect === false) search.set('connect', '0');
  if (options.run) search.set('run', '1');
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

type UrlQuery = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export interface StateFromUrl {
  state: ConsoleState | null;
  run: boolean;
  /** Set when the URL's params were not a JSON object: the page says so instead of dropping them silently. */
  error?: string;
}

/** Reads a state from Next's `router.query`; `state` is null when the URL holds no query. */
export function stateFromUrl(query: UrlQuery): StateFromUrl {
  const q = first(query.q);
  const run = first(query.run) === '1';
  if (q === undefined) return { state: null, run: false };
  const connect = first(query.connect) !== '0';
  const paramsText = first(query.params) ?? '';
  const params = parseParamsText(paramsText);
  if (!params.ok) return { state: { query: q, params: {}, connect }, run: false, error: `The link's params were ignored. ${params.error}` };
  return { state: { query: q, params: params.params, connect }, run };
}
