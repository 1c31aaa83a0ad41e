/**
 * "Open in explorer": the console hands a result's elements to the explorer through
 * sessionStorage (per tab, gone when the tab closes) under HANDOFF_KEY, then navigates to
 * `/?handoff=1`; while that parameter is in the address the explorer shows the hand-off
 * (so a reload keeps it), and the next hand-off replaces it.
 */
import { z } from 'zod';
import { Elements } from '@/graph/model/elements';

export const HANDOFF_KEY = 'stance-graph:handoff';
export const HANDOFF_URL = '/?handoff=1';

export const Handoff = z.object({
  elements: Elements,
  /** The query that produced the elements, for the explorer to mention. */
  query: z.string(),
  createdAt: z.string(),
});
export type Handoff = z.infer<typeof Handoff>;

export function writeHandoff(storage: Pick<Storage, 'setItem'>, handoff: Handoff): void {
  storage.setItem(HANDOFF_KEY, JSON.stringify(handoff));
}

/** Reads the hand-off; null when there is none or it is unreadable. */
export function readHandoff(storage: Pick<Storage, 'getItem'>): Handoff | null {
  const text = storage.getItem(HANDOFF_KEY);
  if (text === null) return null;
  try {
    const parsed = Handoff.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
