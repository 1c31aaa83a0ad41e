/**
 * The Analysis panel: the signed actor network of the stances in view, in words and lists.
 * Balance figures as sentences, the camps with their members, the ties that do not fit the camps
 * and the unbalanced triangles (each tie a button that selects its stance on the map, where the
 * details panel shows its evidence), brokers and mediators, and per-actor figures.
 */
import { useState, type CSSProperties, type ReactNode } from 'react';
import type { AnalysisResponse, SignedTie } from '@/graph/analysis/analysisTypes';
import type { AnalysisState } from '@/components/analysis/useAnalysis';
import { campColour, campName } from '@/components/analysis/campColours';
import { frustrationSentence, misfitReason, tieSentence, trianglesSentence, walkSentence } from '@/components/analysis/sentences';

export interface AnalysisPanelProps {
  state: AnalysisState;
  k: number;
  onK: (k: number) => void;
  colourByCamp: boolean;
  onColourByCamp: (on: boolean) => void;
  /** Which network the map draws: stances, or actors' agreement (congruence) or disagreement (conflict) on topics. */
  network: 'stances' | 'congruence' | 'conflict';
  onNetwork: (network: 'stances' | 'congruence' | 'conflict') => void;
  /** A tie was picked: select one of its stances (the first) on the map. */
  onSelectTie: (tie: SignedTie) => void;
  onSelectActor: (actorId: string) => void;
  /** The timeline, under the figures. */
  children?: ReactNode;
}

const LIST_PREVIEW = 12;

const s = {
  panel: { padding: '12px 16px', fontSize: 14, lineHeight: 1.45 },
  h2: { fontSize: 18, margin: '0 0 6px' },
  h3: { fontSize: 14, margin: '14px 0 4px' },
  p: { margin: '4px 0' },
  muted: { color: 'var(--muted, #5b6670)', fontSize: 13 },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: { padding: '2px 0' },
  linkButton: { background: 'none', border: 'none', padding: 0, color: 'var(--accent, #1f5fbf)', textAlign: 'left', cursor: 'pointer', textDecoration: 'underline', font: 'inherit' },
  swatch: { display: 'inline-block', width: 12, height: 12, borderRadius: 6, marginRight: 6, verticalAlign: 'middle' },
  controls: { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', margin: '8px 0' },
  table: { borderCollapse: 'collapse', fontSize: 13, width: '100%' },
  cell: { padding: '2px 6px', borderBottom: '1px solid var(--line, #d9dde1)', textAlign: 'left' },
} satisfies Record<string, CSSProperties>;

/** A list that shows its first few items and a button for the rest. */
function Preview<T>({ items, render, label }: { items: T[]; render: (item: T, index: number) => ReactNode; label: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, LIST_PREVIEW);
  return (
    <>
      <ul style={s.list} aria-label={label}>
        {shown.map((item, i) => (
          <li key={i} style={s.item}>
            {render(item, i)}
          </li>
        ))}
      </ul>
      {items.length > LIST_PREVIEW ? (
        <button type="button" style={s.linkButton} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${items.length}`}
        </button>
      ) : null}
    </>
  );
}

/** Columns of the per-actor table it can be sorted by (most first); misfits first by default. */
const SORTS = [
  { key: 'positive', label: 'Friendly ties' },
  { key: 'negative', label: 'Hostile ties' },
  { key: 'misfits', label: 'Misfit ties' },
] as const;
type SortKey = (typeof SORTS)[number]['key'];

function Figures({ data, props }: { data: AnalysisResponse; props: AnalysisPanelProps }) {
  const [sortBy, setSortBy] = useState<SortKey>('misfits');
  const names = new Map(data.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) ?? id;
  const camps = data.camps ? (data.camps.used === 'twoCamps' ? data.camps.twoCamps : data.camps.blockmodel) : null;
  const tieButton = (tie: SignedTie, extra = '') => (
    <button type="button" style={s.linkButton} onClick={() => props.onSelectTie(tie)} data-testid="analysis-tie" data-stance={tie.stanceIds[0]}>
      {tieSentence(tie, names)}
      {extra}
    </button>
  );
  const { network } = data;
  return (
    <>
      <p style={s.muted} data-testid="analysis-network">
        Signed network of the stances in view: {network.actors} actors, {network.ties} ties ({network.positive} friendly, {network.negative} hostile) from {network.stances} stances. Stances
        between two actors combine into one tie by the sign of their sum; neutral stances are left out.
      </p>
      {data.balance ? (
        <div data-testid="analysis-balance">
          <p style={s.p}>{trianglesSentence(data.balance)}</p>
          <p style={s.p}>{frustrationSentence(data.balance)}</p>
          {walkSentence(data.balance) ? <p style={s.muted}>{walkSentence(data.balance)}</p> : null}
        </div>
      ) : null}
      {/* Before the long lists (camps, misfits, triangles), so the keyboard reaches it in a few Tabs. */}
      <details>
        <summary>Per-actor figures</summary>
        <table style={s.table} data-testid="analysis-actors">
          <thead>
            <tr>
              <th style={s.cell} scope="col">
                Actor
              </th>
              <th style={s.cell} scope="col">
                Camp
              </th>
              {SORTS.map((column) => (
                <th key={column.key} style={s.cell} scope="col" aria-sort={sortBy === column.key ? 'descending' : 'none'}>
                  {/* A button per column: the table sorts by it, most first (e.g. the actors with the most hostile ties). */}
                  <button type="button" style={{ ...s.linkButton, fontWeight: sortBy === column.key ? 700 : 400 }} onClick={() => setSortBy(column.key)} data-testid={`sort-${column.key}`}>
                    {column.label}
                    {sortBy === column.key ? <span aria-hidden="true"> ▼</span> : null}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...data.actors]
              .sort((a, b) => b[sortBy] - a[sortBy] || b.positive + b.negative - (a.positive + a.negative))
              .map((a) => (
                <tr key={a.id}>
                  <td style={s.cell}>{a.name}</td>
                  <td style={s.cell}>{a.camp === null ? '–' : campName(a.camp)}</td>
                  <td style={s.cell}>{a.positive}</td>
                  <td style={s.cell}>{a.negative}</td>
                  <td style={s.cell}>{a.misfits}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
      {camps ? (
        <>
          <h3 style={s.h3}>Camps</h3>
          {'criterion' in camps ? <p style={s.muted}>Signed blockmodel, {camps.k} camps, Doreian–Mrvar criterion {camps.criterion} (α = {camps.alpha}).</p> : null}
          <ul style={s.list} data-testid="analysis-camps">
            {camps.camps.map((camp) => (
              <li key={camp.camp} style={s.item} data-camp={camp.camp}>
                <span style={{ ...s.swatch, background: campColour(camp.camp) }} aria-hidden="true" />
                <strong>
                  {campName(camp.camp)} ({camp.members.length}):
                </strong>{' '}
                {camp.members.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    <button type="button" style={s.linkButton} onClick={() => props.onSelectActor(id)}>
                      {name(id)}
                    </button>
                  </span>
                ))}
              </li>
            ))}
          </ul>
          <h3 style={s.h3}>Ties that do not fit the camps ({camps.misfits.length})</h3>
          {camps.misfits.length === 0 ? <p style={s.muted}>None: every tie fits.</p> : <Preview label="Misfit ties" items={camps.misfits} render={(tie) => tieButton(tie, `, ${misfitReason(tie)}`)} />}
        </>
      ) : null}
      {data.triangles ? (
        <>
          <h3 style={s.h3}>Unbalanced triangles ({data.triangles.unbalanced.length})</h3>
          {data.triangles.unbalanced.length === 0 ? (
            <p style={s.muted}>None.</p>
          ) : (
            <Preview
              label="Unbalanced triangles"
              items={data.triangles.unbalanced}
              render={(triangle) => (
                <span data-testid="analysis-triangle">
                  {triangle.actors.map(name).join(', ')}:{' '}
                  {triangle.ties.map((tie, i) => (
                    <span key={i}>
                      {i > 0 ? '; ' : ''}
                      {tieButton(tie)}
                    </span>
                  ))}
                </span>
              )}
            />
          )}
        </>
      ) : null}
      {data.brokers ? (
        <>
          <h3 style={s.h3}>Brokers and mediators</h3>
          {data.brokers.brokers.length + data.brokers.mediators.length === 0 ? <p style={s.muted}>No actor has ties into more than one camp.</p> : null}
          <Preview
            label="Brokers"
            items={data.brokers.brokers}
            render={(b) => (
              <>
                <button type="button" style={s.linkButton} onClick={() => props.onSelectActor(b.actor)}>
                  {name(b.actor)}
                </button>{' '}
                has friendly ties into {b.camps.map((c) => campName(c.camp)).join(' and ')}
              </>
            )}
          />
          <Preview
            label="Mediators"
            items={data.brokers.mediators}
            render={(b) => (
              <>
                <button type="button" style={s.linkButton} onClick={() => props.onSelectActor(b.actor)}>
                  {name(b.actor)}
                </button>{' '}
                has neutral ties (mediates, negotiates, courts) reaching {b.camps.map((c) => campName(c.camp)).join(' and ')}
              </>
            )}
          />
        </>
      ) : null}
    </>
  );
}

export default function AnalysisPanel(props: AnalysisPanelProps) {
  const { state, k, onK, colourByCamp, onColourByCamp, network, onNetwork } = props;
  const topicTies = state.status === 'ready' ? (state.data.congruence?.congruence.length ?? 0) + (state.data.congruence?.conflict.length ?? 0) : 0;
  return (
    <section style={s.panel} aria-labelledby="analysis-title" data-testid="analysis-panel" data-status={state.status}>
      {/* tabIndex -1: opening the panel hands focus here, not a Tab stop. */}
      <h2 id="analysis-title" style={s.h2} tabIndex={-1}>
        Analysis
      </h2>
      <div style={s.controls}>
        <label>
          Camps{' '}
          <select value={k} onChange={(e) => onK(Number(e.target.value))} data-testid="analysis-k">
            {[2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n === 2 ? '2 (fewest misfit ties)' : `${n} (blockmodel)`}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={colourByCamp} onChange={(e) => onColourByCamp(e.target.checked)} data-testid="colour-by-camp" /> Colour by camp
        </label>
        <label>
          Map shows{' '}
          <select value={network} onChange={(e) => onNetwork(e.target.value as AnalysisPanelProps['network'])} data-testid="analysis-network-select">
            <option value="stances">stances</option>
            <option value="congruence" disabled={topicTies === 0 && network !== 'congruence'}>
              agreement on topics (congruence)
            </option>
            <option value="conflict" disabled={topicTies === 0 && network !== 'conflict'}>
              disagreement on topics (conflict)
            </option>
          </select>
        </label>
      </div>
      {state.status === 'loading' || state.status === 'idle' ? (
        <p role="status">Analysing the network…</p>
      ) : state.status === 'error' ? (
        <p role="alert">Could not analyse the network: {state.error}</p>
      ) : state.data.network.ties === 0 ? (
        <p role="status">No two actors in view are tied by a stance that backs or opposes: there is nothing to analyse. Clear filters to widen the view.</p>
      ) : (
        <Figures data={state.data} props={props} />
      )}
      {state.status === 'ready' && topicTies === 0 ? <p style={s.muted}>No two actors take sides on the same topic in view, so there is no congruence or conflict network to draw.</p> : null}
      {props.children}
    </section>
  );
}
