/**
 * The explorer's view (focus, depth, filters, layout, selection, question, hidden and expanded
 * actors) as one zod schema, and the pure round-trip to and from the URL's query string, so a
 * reload or a copied address brings back the same view. Defaults are left out of the URL.
 */
import { z } from 'zod';
import { Certainty, IsoDate, Polarity, StanceKind } from '@/graph/model/schema';
import { FIRST_VIEW_ACTORS, MAX_VIEW_ACTORS } from '@/graph/views/viewTypes';
import { LAYOUTS } from '@/components/graph/layouts';

/** Actor and topic ids in the URL: slugs, as the API takes them. */
const Key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an actor id such as "nicolas-maduro"');
/** Data set ids in the URL (`dataset=a,b`); none means every data set. */
const DatasetKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a data set id such as "venezuela-2019"');
const LayoutChoice = z.enum(LAYOUTS.map((l) => l.name) as [ (typeof LAYOUTS)[number]['name'], ...(typeof LAYOUTS)[number]['name'][] ]);
export const Question = z.enum(['backers', 'opponents', 'paths']);
export type Question = z.infer<typeof Question>;

/** What is selected: a node by its actor id, an edge by its stance id (elementId when it has none). */
export const SelectedRef = z.object({ group: z.enum(['nodes', 'edges']), key: z.string().min(1).max(300) });
export type SelectedRef = z.infer<typeof SelectedRef>;

const ViewFields = z.object({
    focus: z.array(Key).max(10).default([]),
    depth: z.number().int().min(1).max(3).default(1),
    kinds: z.array(StanceKind).default([]),
    polarity: z.array(Polarity).default([]),
    actorKinds: z.array(z.string().regex(/^[a-z_]+$/, 'must be an actor kind such as "state"')).default([]),
    certainty: z.array(Certainty).default([]),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** Only the stances of these data sets; empty: every data set. */
    dataset: z.array(DatasetKey).max(50).default([]),
    layout: LayoutChoice.default('fcose'),
    selected: SelectedRef.optional(),
    /** A one-click question about the focus: who backs focus[0], who opposes it, how focus[0] and focus[1] connect. */
    ask: Question.optional(),
    /** "How are A and B connected?": every chain of up to this many stances (2 to 4). */
    steps: z.number().int().min(2).max(4).default(3),
    hidden: z.array(Key).default([]),
    expanded: z.array(Key).default([]),
    limit: z.number().int().min(1).max(MAX_VIEW_ACTORS).default(FIRST_VIEW_ACTORS),
    /** The Analysis panel (balance, camps, brokers, timeline) is open. */
    analysis: z.boolean().default(false),
    /** How many camps the analysis looks for: 2 = the split that attains the frustration index, more = a signed blockmodel. */
    k: z.number().int().min(2).max(6).default(2),
    /** Nodes coloured by actor kind, or by the camp the analysis puts them in. */
    colour: z.enum(['kind', 'camp']).default('kind'),
    /** Which network the map draws: the stances, or the congruence or conflict network of actors on topics. */
    net: z.enum(['stances', 'congruence', 'conflict']).default('stances'),
    /** The timeline's day: only stances in force on it are drawn. */
    at: IsoDate.optional(),
    /** Two dates the timeline compares ("what changed between"). */
    cmp: z.object({ from: IsoDate, to: IsoDate }).refine((c) => c.from <= c.to, { message: 'the first date must not be after the second' }).optional(),
});
export const ViewState = ViewFields.refine((v) => v.from === undefined || v.to === undefined || v.from <= v.to, { message: 'from must not be after to', path: ['to'] });
export type ViewState = z.infer<typeof ViewState>;

export const DEFAULT_VIEW: ViewState = ViewState.parse({});

/** Whether any stance filter narrows the view (depth and limit are not filters of stances). */
export function isFiltered(view: Pick<ViewState, 'kinds' | 'polarity' | 'actorKinds' | 'certainty' | 'from' | 'to' | 'dataset'>): boolean {
  return view.kinds.length + view.polarity.length + view.actorKinds.length + view.certainty.length + view.dataset.length > 0 || view.from !== undefined || view.to !== undefined;
}

/** What "Clear filters" sets: every stance filter back to "all", data sets included. */
export const NO_FILTERS = { kinds: [], polarity: [], actorKinds: [], certainty: [], dataset: [], from: undefined, to: undefined } satisfies Partial<ViewState>;

type Query = Record<string, string | string[] | undefined>;

const LIST_FIELDS = ['focus', 'kinds', 'polarity', 'actorKinds', 'certainty', 'dataset', 'hidden', 'expanded'] as const;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** The query-string form of a view; values equal to the default are omitted. */
export function toQuery(view: ViewState): Record<string, string> {
  const q: Record<string, string> = {};
  for (const field of LIST_FIELDS) {
    const values = view[field];
    if (values.length > 0) q[field] = values.join(',');
  }
  if (view.depth !== DEFAULT_VIEW.depth) q.depth = String(view.depth);
  if (view.from) q.from = view.from;
  if (view.to) q.to = view.to;
  if (view.layout !== DEFAULT_VIEW.layout) q.layout = view.layout;
  if (view.selected) q.sel = `${view.selected.group === 'nodes' ? 'n' : 'e'}:${view.selected.key}`;
  if (view.ask) q.ask = view.ask;
  if (view.steps !== DEFAULT_VIEW.steps) q.steps = String(view.steps);
  if (view.limit !== DEFAULT_VIEW.limit) q.limit = String(view.limit);
  if (view.analysis) q.analysis = '1';
  if (view.k !== DEFAULT_VIEW.k) q.k = String(view.k);
  if (view.colour !== DEFAULT_VIEW.colour) q.colour = view.colour;
  if (view.net !== DEFAULT_VIEW.net) q.net = view.net;
  if (view.at) q.at = view.at;
  if (view.cmp) q.cmp = `${view.cmp.from}..${view.cmp.to}`;
  return q;
}

export interface ParsedView {
  view: ViewState;
  /** One line per URL parameter that was ignored, naming it and why. */
  problems: string[];
}

/**
 * The view a query string describes. A bad parameter does not break the page: it is ignored
 * (its default used) and reported in `problems`, e.g. `polarity: must be -1 (against), 0 (neutral) or 1 (for)`.
 */
export function fromQuery(query: Query): ParsedView {
  const raw: Record<string, unknown> = {};
  for (const field of LIST_FIELDS) {
    const values = list(query[field]);
    if (values.length > 0) raw[field] = field === 'polarity' ? values.map(Number) : values;
  }
  const depth = first(query.depth);
  const limit = first(query.limit);
  if (depth !== undefined) raw.depth = Number(depth);
  if (limit !== undefined) raw.limit = Number(limit);
  const k = first(query.k);
  if (k !== undefined) raw.k = Number(k);
  const steps = first(query.steps);
  if (steps !== undefined) raw.steps = Number(steps);
  const analysis = first(query.analysis);
  if (analysis !== undefined) raw.analysis = analysis === '1' ? true : analysis === '0' ? false : analysis;
  const cmp = first(query.cmp);
  if (cmp) {
    const [from, to] = cmp.split('..');
    raw.cmp = to === undefined ? cmp : { from, to };
  }
  for (const field of ['from', 'to', 'layout', 'ask', 'colour', 'net', 'at'] as const) {
    const value = first(query[field]);
    if (value) raw[field] = value;
  }
  const sel = first(query.sel);
  if (sel) {
    const match = /^([ne]):(.+)$/.exec(sel);
    raw.selected = match ? { group: match[1] === 'n' ? 'nodes' : 'edges', key: match[2] } : sel;
  }
  const problems: string[] = [];
  // Parse field by field, so one bad value costs only itself.
  const fields: Record<string, z.ZodType> = ViewFields.shape;
  const clean: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(raw)) {
    const schema = fields[field];
    const result = schema?.safeParse(value);
    if (result?.success) clean[field] = result.data;
    else problems.push(`${field === 'selected' ? 'sel' : field}: ${result?.error.issues[0]?.message ?? 'unknown parameter'}`);
  }
  const whole = ViewState.safeParse(clean);
  if (whole.success) return { view: whole.data, problems };
  // Only the cross-field rule can fail here (from after to): drop the dates.
  problems.push(...whole.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  delete clean.from;
  delete clean.to;
  return { view: ViewState.parse(clean), problems };
}
