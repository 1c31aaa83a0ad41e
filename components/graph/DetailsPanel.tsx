/**
 * What the selected thing is and why it is there, rendered from element data alone (so frozen
 * snapshot data works too): an actor with its stances in and out grouped by polarity, or a
 * stance with its certainty, dates and every evidence quote with its source. Graph answers carry
 * no quotes: the panel fetches the evidence of what it shows (components/evidence/), which is
 * inline already in snapshots.
 * Styles are inline so the panel looks the same on every page that embeds it.
 */
import { useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { EdgeData, Elements, NodeData } from '@/graph/model/elements';
import type { Selection } from '@/components/graph/GraphCanvas';
import { KIND_STYLES, polaritySign, STYLE_DEFAULTS } from '@/components/graph/style';
import EvidenceList from '@/components/graph/EvidenceList';
import { useEvidenceFocus } from '@/components/graph/evidenceFocusTracker';
import { actorView, nodeNames, selectedData, type GroupPolarity } from '@/components/graph/detailsContent';
import { stanceSentence } from '@/components/stanceSentence';
import { useEvidence, withEvidenceOf } from '@/components/evidence/useEvidence';

export { stanceSentence } from '@/components/stanceSentence';
export { towardsCount } from '@/components/graph/detailsContent';

export interface DetailsPanelProps {
  elements: Elements;
  selection: Selection | null;
  /** When given, the stances listed for an actor become buttons that select them. */
  onSelect?: (selection: Selection) => void;
  /** Editing controls for the selected stance or actor (the explorer passes them; snapshots do not). */
  stanceTools?: (edge: EdgeData) => ReactNode;
  actorTools?: (node: NodeData) => ReactNode;
}

const CERTAINTY_TEXT: Record<string, string> = {
  stated: 'stated: the actor’s own words',
  reported: 'reported: the outlet reports it as fact',
  claimed: 'claimed: one party says so',
  alleged: 'alleged: unconfirmed',
};

/** How each polarity group of an actor's stances is headed (the order is detailsContent.ts's). */
const POLARITY_GROUPS: Record<GroupPolarity, { title: string; colour: string }> = {
  1: { title: 'Backing', colour: STYLE_DEFAULTS.colours.backs },
  [-1]: { title: 'Opposition', colour: STYLE_DEFAULTS.colours.opposes },
  0: { title: 'Neutral ties', colour: STYLE_DEFAULTS.colours.neutral },
};

const s = {
  panel: { padding: '12px 16px', fontSize: 14, lineHeight: 1.45, overflowY: 'auto', height: '100%' },
  title: { fontSize: 18, margin: '0 0 4px' },
  meta: { color: 'var(--muted, #5b6670)', margin: '0 0 8px' },
  h3: { fontSize: 14, margin: '14px 0 6px', display: 'flex', alignItems: 'center', gap: 6 },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  item: { padding: '3px 0' },
  linkButton: { background: 'none', border: 'none', padding: 0, color: 'var(--accent, #1f5fbf)', textAlign: 'left', cursor: 'pointer', textDecoration: 'underline' },
  small: { color: 'var(--muted, #5b6670)', fontSize: 12 },
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 10px', margin: '8px 0' },
  dt: { color: 'var(--muted, #5b6670)' },
  dd: { margin: 0 },
} satisfies Record<string, CSSProperties>;

/** Stances of an actor whose evidence the panel fetches for its sentences: one request's worth. */
const LISTED_EVIDENCE = 200;

function polarityWord(polarity: number): string {
  return polarity > 0 ? 'backs' : polarity < 0 ? 'opposes' : 'neutral';
}

function PolarityBadge({ polarity }: { polarity: number }) {
  const colour = polarity > 0 ? STYLE_DEFAULTS.colours.backs : polarity < 0 ? STYLE_DEFAULTS.colours.opposes : STYLE_DEFAULTS.colours.neutral;
  return (
    <span style={{ color: colour, fontWeight: 600 }} aria-label={polarityWord(polarity)}>
      {polaritySign(polarity)} {polarityWord(polarity)}
    </span>
  );
}

function NodeDetails({ node, elements, names, onSelect, tools }: { node: NodeData; elements: Elements; names: ReadonlyMap<string, string>; onSelect?: DetailsPanelProps['onSelect']; tools?: ReactNode }) {
  // Sorting and grouping walk every stance in view: only again when the view or the actor changes.
  const { stances, groups, listed, backedBy, opposedBy } = useMemo(() => actorView(elements, node.id, names), [elements, node.id, names]);
  const focus = useEvidenceFocus();
  const kind = KIND_STYLES[node.kind]?.label ?? node.kind;
  // The sentences name who reports each stance: that needs the evidence of the stances listed (one batched request).
  const loaded = useEvidence(stances.slice(0, LISTED_EVIDENCE));
  return (
    <div data-evidence-status={loaded.status}>
      {/* tabIndex -1: a question's answer hands focus here (components/explorer/answerFocus.ts), not a Tab stop. */}
      <h2 style={s.title} tabIndex={-1} data-testid="details-title">
        {node.label}
      </h2>
      <p style={s.meta}>
        {kind}
        {node.key ? ` · ${node.key}` : ''}
        {` · backed by ${backedBy}, opposed by ${opposedBy} in this view`}
      </p>
      {node.description ? <p style={{ margin: '0 0 6px' }}>{node.description}</p> : null}
      {node.aliases && node.aliases.length > 0 ? <p style={s.small}>Also known as {node.aliases.join(', ')}</p> : null}
      {tools}
      {stances.length === 0 ? <p style={s.small}>No stances of this actor are in the current view.</p> : null}
      {groups.map(({ polarity, stances: inGroup }) => {
        const group = POLARITY_GROUPS[polarity];
        return (
          <section key={polarity} aria-label={group.title}>
            <h3 style={s.h3}>
              <span aria-hidden style={{ color: group.colour }}>{polaritySign(polarity)}</span> {group.title} ({inGroup.length})
            </h3>
            <ul style={s.list}>
              {inGroup.map((edge) => {
                const text = stanceSentence(withEvidenceOf(edge, loaded.evidence), names);
                return (
                  <li key={edge.id} style={s.item}>
                    <span style={s.small} aria-label={edge.source === node.id ? 'taken by this actor:' : 'taken towards this actor:'}>
                      {edge.source === node.id ? '→ ' : '← '}
                    </span>
                    {onSelect ? (
                      <StanceButton
                        edgeId={edge.id}
                        text={text}
                        onOpen={() => {
                          focus.open(edge.id, { kind: 'panel', nodeId: node.id, nodeLabel: node.label, edgeId: edge.id }, listed);
                          onSelect({ group: 'edges', id: edge.id });
                        }}
                      />
                    ) : (
                      text
                    )}
                    <span style={s.small}>
                      {edge.date ? ` · ${edge.date}` : ''}
                      {edge.certainty ? ` · ${edge.certainty}` : ''}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** A stance of the actor view; takes focus back when the reader returns from its evidence. */
function StanceButton({ edgeId, text, onOpen }: { edgeId: string; text: string; onOpen: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  const focus = useEvidenceFocus();
  useEffect(() => {
    if (focus.take('stance', edgeId)) ref.current?.focus();
  }, [edgeId, focus]);
  return (
    <button type="button" ref={ref} style={s.linkButton} onClick={onOpen} data-stance-button={edgeId}>
      {text}
    </button>
  );
}

function EdgeDetails({ edge, elements, names, onSelect, tools }: { edge: EdgeData; elements: Elements; names: ReadonlyMap<string, string>; onSelect?: DetailsPanelProps['onSelect']; tools?: ReactNode }) {
  const note = typeof edge.properties.note === 'string' ? edge.properties.note : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const loaded = useEvidence([edge]);
  const shown = withEvidenceOf(edge, loaded.evidence);
  const focus = useEvidenceFocus();
  useEffect(() => {
    if (focus.take('evidence', edge.id)) heading.current?.focus();
    // Reached with "Next stance": focus stays on it (the last stance has none: its evidence then).
    else if (focus.take('next', edge.id)) (nextButton.current ?? heading.current)?.focus();
  }, [edge.id, focus]);
  const origin = focus.originOf(edge.id);
  const nextId = onSelect ? focus.nextStance(edge.id) : null;
  const next = nextId ? elements.edges.find((e) => e.data.id === nextId)?.data : undefined;
  const back = () => {
    if (!origin) return;
    if (origin.kind === 'list') {
      focus.clearOrigin();
      origin.element.focus();
    } else if (onSelect) {
      focus.returnToStance(origin.edgeId);
      onSelect({ group: 'nodes', id: origin.nodeId });
    }
  };
  // Escape inside the stance's details goes back to where it was opened from.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && origin) {
      event.preventDefault();
      back();
    }
  };
  return (
    <div onKeyDown={onKeyDown} data-evidence-status={loaded.status}>
      <h2 style={s.title}>{stanceSentence(shown, names)}</h2>
      <dl style={s.dl}>
        <dt style={s.dt}>Stance</dt>
        <dd style={s.dd}>{edge.type}</dd>
        <dt style={s.dt}>Polarity</dt>
        <dd style={s.dd}>
          <PolarityBadge polarity={edge.polarity} />
        </dd>
        {edge.certainty ? (
          <>
            <dt style={s.dt}>Certainty</dt>
            <dd style={s.dd}>{CERTAINTY_TEXT[edge.certainty] ?? edge.certainty}</dd>
          </>
        ) : null}
        {edge.date ? (
          <>
            <dt style={s.dt}>Date</dt>
            <dd style={s.dd}>{edge.until ? `${edge.date} to ${edge.until}` : edge.date}</dd>
          </>
        ) : null}
      </dl>
      {note ? <p style={s.small} data-testid="stance-note">Note: {note}</p> : null}
      {tools}
      <EvidenceList
        edge={shown}
        loading={loaded.status === 'loading'}
        error={loaded.error}
        onRetry={loaded.retry}
        headingRef={heading}
        afterHeading={
          next && onSelect ? (
            <p style={{ margin: '0 0 8px' }}>
              <button
                type="button"
                ref={nextButton}
                style={s.linkButton}
                data-testid="evidence-next"
                onClick={() => {
                  focus.stepTo(next.id);
                  onSelect({ group: 'edges', id: next.id });
                }}
              >
                Next stance: {stanceSentence(next, names)}
              </button>
            </p>
          ) : null
        }
      />
      {origin ? (
        <button type="button" style={s.linkButton} onClick={back} data-testid="evidence-back">
          {origin.kind === 'list' ? 'Back to the stance list' : `Back to ${origin.nodeLabel}`}
        </button>
      ) : null}
    </div>
  );
}

export default function DetailsPanel({ elements, selection, onSelect, stanceTools, actorTools }: DetailsPanelProps) {
  // Memoised on the elements: the panel re-renders on every selection and hover of the page.
  const names = useMemo(() => nodeNames(elements), [elements]);
  const { node, edge } = useMemo(() => selectedData(elements, selection), [elements, selection]);
  return (
    <aside style={s.panel} aria-label="Details" aria-live="polite" data-testid="details-panel">
      {node ? (
        <NodeDetails node={node} elements={elements} names={names} onSelect={onSelect} tools={actorTools?.(node)} />
      ) : edge ? (
        <EdgeDetails edge={edge} elements={elements} names={names} onSelect={onSelect} tools={stanceTools?.(edge)} />
      ) : (
        <p style={s.small}>{selection ? 'The selected item is not in this view any more.' : 'Select an actor or a stance (click it, or pick it from the list) to see who it is or why the stance is there.'}</p>
      )}
    </aside>
  );
}
