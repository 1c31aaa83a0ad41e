/**
 * The explorer's side of "Open in explorer": the elements the console handed over, while the
 * address asks for them (`/?handoff=1`). Null on the server and when there is no hand-off.
 */
import { useSyncExternalStore } from 'react';
import { HANDOFF_KEY, readHandoff, type Handoff } from '@/components/console/handoff';

let cached: { text: string | null; value: Handoff | null } = { text: null, value: null };

function snapshot(): Handoff | null {
  const text = window.sessionStorage.getItem(HANDOFF_KEY);
  if (cached.text !== text) cached = { text, value: readHandoff(window.sessionStorage) };
  return cached.value;
}

// sessionStorage belongs to this tab; only the console (a page navigation away) writes it.
const subscribe = () => () => {};

export function useHandoff(active: boolean): Handoff | null {
  const handoff = useSyncExternalStore(subscribe, snapshot, () => null);
  return active ? handoff : null;
}
