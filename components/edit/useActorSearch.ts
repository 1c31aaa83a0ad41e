/** Actors matching typed text (GET /api/actors?q=), for picking a merge's survivor; topics and the actor itself left out. */
import { useEffect, useState } from 'react';
import { fetchErrorMessage, getJson } from '@/components/apiClient';
import { ActorSearchResponse, type ActorHit } from '@/graph/views/viewTypes';

export type ActorSearch = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; actors: ActorHit[] };

export function useActorSearch(text: string, exclude: string): ActorSearch {
  const [state, setState] = useState<ActorSearch>({ status: 'idle' });
  const query = text.trim();
  useEffect(() => {
    if (query === '') return;
    const controller = new AbortController();
    // A short pause, so typing a name asks once rather than per letter.
    const timer = setTimeout(() => {
      setState({ status: 'loading' });
      getJson(`/api/actors?${new URLSearchParams({ q: query, limit: '8' }).toString()}`, ActorSearchResponse, { signal: controller.signal })
        .then((body) => setState({ status: 'ready', actors: body.actors.filter((a) => a.kind !== 'topic' && a.id !== exclude) }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setState({ status: 'error', error: fetchErrorMessage(error) });
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, exclude]);
  return query === '' ? { status: 'idle' } : state;
}
