/**
 * Search with autocomplete over actors and topics (`/api/actors?q=`): an ARIA combobox, arrow
 * keys move through the suggestions, Enter picks, Escape closes. Enter before the suggestions
 * have arrived asks for them at once and picks the best match (the first the server ranks).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ActorSearchResponse, type ActorHit } from '@/graph/views/viewTypes';
import { KIND_STYLES } from '@/components/graph/style';
import styles from '@/components/explorer/explorer.module.css';
import { getJson } from '@/components/apiClient';

export interface SearchBoxProps {
  label: string;
  placeholder?: string;
  onPick: (hit: ActorHit) => void;
  testId?: string;
}

function suggestionsUrl(q: string): string {
  return `/api/actors?${new URLSearchParams({ q, limit: '8' })}`;
}

type Suggestions = { query: string; hits: ActorHit[]; error: string | null };

export default function SearchBox({ label, placeholder, onPick, testId }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Suggestions>({ query: '', hits: [], error: null });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const query = text.trim();
  // What the box holds now, for an Enter whose answer arrives after more typing.
  const current = useRef(query);
  useEffect(() => {
    current.current = query;
  }, [query]);

  useEffect(() => {
    if (query.length === 0) return;
    const controller = new AbortController();
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(() => {
      getJson(suggestionsUrl(query), ActorSearchResponse, { signal: controller.signal })
        .then((body) => setResult({ query, hits: body.actors, error: null }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setResult({ query, hits: [], error: error instanceof Error ? error.message : String(error) });
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const hits = result.query === query ? result.hits : [];
  const pending = query.length > 0 && result.query !== query;
  const showList = open && query.length > 0;

  function pick(hit: ActorHit | undefined) {
    if (!hit) return;
    onPick(hit);
    setText('');
    setOpen(false);
    setActive(0);
  }

  /** Enter: the active suggestion, or, before any has arrived, the best match fetched now. */
  function pickBest() {
    if (hits[active]) return pick(hits[active]);
    if (query.length === 0 || !pending) return;
    const asked = query;
    getJson(suggestionsUrl(asked), ActorSearchResponse)
      .then((body) => {
        if (current.current !== asked) return; // typed on since: the newer text's suggestions rule
        setResult({ query: asked, hits: body.actors, error: null });
        if (body.actors[0]) pick(body.actors[0]);
        else setOpen(true); // the list then says that nothing matches
      })
      .catch((error: unknown) => {
        if (current.current === asked) setResult({ query: asked, hits: [], error: error instanceof Error ? error.message : String(error) });
      });
  }

  return (
    <div className={styles.search}>
      <label className={styles.visuallyHidden} htmlFor={`${listId}-input`}>
        {label}
      </label>
      <input
        id={`${listId}-input`}
        data-testid={testId}
        className={styles.searchInput}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={`${listId}-list`}
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder ?? label}
        value={text}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
          else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (event.key === 'Enter') pickBest();
          else if (event.key === 'Escape') setOpen(false);
          else return;
          event.preventDefault();
        }}
      />
      {showList ? (
        <ul id={`${listId}-list`} role="listbox" className={styles.suggestions} aria-label={`${label}: suggestions`}>
          {pending ? <li className={styles.suggestionNote}>Searching…</li> : null}
          {!pending && result.error ? <li className={styles.suggestionError}>{result.error}</li> : null}
          {!pending && !result.error && hits.length === 0 ? <li className={styles.suggestionNote}>No actor or topic matches “{query}”.</li> : null}
          {hits.map((hit, i) => (
            <li
              key={hit.elementId}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? styles.suggestionActive : styles.suggestion}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(hit)}
            >
              <strong>{hit.name}</strong> <span className={styles.muted}>{KIND_STYLES[hit.kind]?.label ?? hit.kind}</span>
              {hit.aliases.length > 0 ? <span className={styles.muted}> · {hit.aliases.slice(0, 3).join(', ')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
