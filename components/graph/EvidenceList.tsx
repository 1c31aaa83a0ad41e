/**
 * A stance's evidence in the details panel: each quote with its publisher plainly beside it and
 * a link to the source when it has one; coded events said to be events, not quotes; and, for a
 * quote whose place in the stored text is known, "Show in context" with the paragraph around it
 * (fetched from /api/sources/[id], the quote marked). Everything from data is rendered as text.
 */
import { useState, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { EdgeData, EvidenceItem } from '@/graph/model/elements';
import { SourceParagraph } from '@/graph/views/sourceTypes';
import { fetchErrorMessage, getJson } from '@/components/apiClient';
import { eventCountOf } from '@/components/stanceSentence';
import { evidenceHeadingId } from '@/components/graph/evidenceFocus';

const s = {
  h3: { fontSize: 14, margin: '14px 0 6px' },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  small: { color: 'var(--muted, #5b6670)', fontSize: 12 },
  source: { fontSize: 12, color: 'var(--text, #1d2327)' },
  quote: { margin: '0 0 4px', padding: '6px 10px', borderLeft: '3px solid var(--line, #d9dde1)', background: '#fafafa', fontStyle: 'italic' },
  event: { margin: '0 0 4px', padding: '6px 10px', borderLeft: '3px dashed var(--line, #b9c0c6)', background: '#f4f6f8' },
  context: { margin: '4px 0', padding: '6px 10px', background: '#fff', border: '1px solid var(--line, #d9dde1)', fontSize: 13 },
  linkButton: { background: 'none', border: 'none', padding: 0, color: 'var(--accent, #1f5fbf)', cursor: 'pointer', textDecoration: 'underline', fontSize: 12 },
} satisfies Record<string, CSSProperties>;

/** Only web links are opened from the panel (data could name any scheme, e.g. `javascript:`). */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function SourceLine({ item, linkText }: { item: EvidenceItem; linkText: string }) {
  const url = safeUrl(item.source?.url);
  return (
    <div style={s.source} data-testid="evidence-source">
      {item.source ? (
        <>
          Published by <strong data-testid="evidence-publisher">{item.source.publisher}</strong>: <cite>{item.source.title}</cite>, {item.source.date}
        </>
      ) : (
        <>Source: {item.sourceId || 'unknown'} (not in the database)</>
      )}
      {url ? (
        <>
          {' · '}
          <a href={url} target="_blank" rel="noopener noreferrer" data-testid="evidence-link">
            {linkText}
          </a>
        </>
      ) : null}
    </div>
  );
}

type ContextState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'shown'; context: SourceParagraph };

/** "Show in context": the paragraph of the stored source text around a quote with known offsets. */
function QuoteContext({ item, start, end }: { item: EvidenceItem; start: number; end: number }) {
  const [state, setState] = useState<ContextState>({ status: 'idle' });
  const id = `context-${item.sourceId}-${start}-${end}`;
  const show = async () => {
    setState({ status: 'loading' });
    try {
      const context = await getJson(`/api/sources/${encodeURIComponent(item.sourceId)}?start=${start}&end=${end}`, SourceParagraph);
      setState({ status: 'shown', context });
    } catch (error) {
      setState({ status: 'error', message: fetchErrorMessage(error) });
    }
  };
  const shown = state.status === 'shown';
  return (
    <div>
      <button type="button" style={s.linkButton} aria-expanded={shown} aria-controls={id} onClick={() => (shown ? setState({ status: 'idle' }) : void show())} data-testid="show-context">
        {shown ? 'Hide context' : 'Show in context'}
      </button>
      <div id={id} aria-live="polite">
        {state.status === 'loading' ? <p style={s.small}>Loading the paragraph…</p> : null}
        {state.status === 'error' ? (
          <p style={s.small} role="alert">
            Could not load the paragraph: {state.message}
          </p>
        ) : null}
        {state.status === 'shown' ? (
          <p style={s.context} data-testid="evidence-context">
            {state.context.cutBefore ? '… ' : ''}
            {state.context.paragraph.slice(0, state.context.start)}
            <mark>{state.context.paragraph.slice(state.context.start, state.context.end)}</mark>
            {state.context.paragraph.slice(state.context.end)}
            {state.context.cutAfter ? ' …' : ''}
          </p>
        ) : null}
      </div>
    </div>
  );
}

function EvidenceEntry({ item }: { item: EvidenceItem }) {
  if (item.event !== undefined) {
    return (
      <>
        <p style={s.event} data-testid="evidence-event">
          Coded event, not a quote: event record <code>{item.event}</code>. No words of the source are recorded for it.
        </p>
        <SourceLine item={item} linkText="Open the source record" />
      </>
    );
  }
  return (
    <>
      <blockquote style={s.quote}>“{item.quote}”</blockquote>
      <SourceLine item={item} linkText="Open the source" />
      {item.start !== undefined && item.end !== undefined ? <QuoteContext item={item} start={item.start} end={item.end} /> : null}
    </>
  );
}

export interface EvidenceListProps {
  /** The stance; its `evidence` absent while it is being fetched (components/evidence/). */
  edge: EdgeData;
  loading?: boolean;
  /** Why the evidence could not be fetched, with a way to try again. */
  error?: string | null;
  onRetry?: () => void;
  /** The heading takes focus when the stance is opened from a list (tabIndex -1: not a Tab stop). */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Shown right after the heading, so it is the first Tab stop from there (the panel's "Next stance"). */
  afterHeading?: ReactNode;
}

export default function EvidenceList({ edge, loading = false, error = null, onRetry, headingRef, afterHeading }: EvidenceListProps) {
  const evidence = edge.evidence;
  const events = eventCountOf(edge);
  const lastSeen = typeof edge.properties.lastSeen === 'string' ? edge.properties.lastSeen : undefined;
  return (
    <section aria-labelledby={evidenceHeadingId(edge.id)} data-testid="evidence">
      <h3 style={s.h3} id={evidenceHeadingId(edge.id)} ref={headingRef} tabIndex={-1} data-testid="evidence-heading">
        Evidence ({evidence?.length ?? edge.evidenceCount})
      </h3>
      {afterHeading}
      {events > 0 ? (
        <p style={s.small} data-testid="evidence-event-count">
          This stance stands for {events} coded {events === 1 ? 'event' : 'events'}
          {lastSeen ? `, the last on ${lastSeen}` : ''}: records of events, not quotes.
        </p>
      ) : null}
      {!evidence && error ? (
        <p role="alert" style={s.small} data-testid="evidence-error">
          The evidence could not be loaded: {error}{' '}
          {onRetry ? (
            <button type="button" style={s.linkButton} onClick={onRetry}>
              Try again
            </button>
          ) : null}
        </p>
      ) : null}
      {!evidence && !error ? (
        <p role="status" style={s.small} data-testid="evidence-loading">
          {loading ? `Loading ${edge.evidenceCount === 1 ? 'the quote' : `${edge.evidenceCount} quotes`} and their sources…` : 'The evidence is not loaded.'}
        </p>
      ) : null}
      {evidence?.length === 0 ? <p style={s.small}>{edge.evidenceCount > 0 ? 'This stance is no longer in the database; reload the view.' : 'No quote is recorded for this relationship.'}</p> : null}
      <ul style={s.list}>
        {(evidence ?? []).map((item, i) => (
          <li key={`${item.sourceId}-${i}`} style={{ marginBottom: 10 }}>
            <EvidenceEntry item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
