/**
 * The snapshots shared from this browser, remembered in localStorage. A snapshot's id is the
 * capability to view it, so the instance-wide list (/api/snapshots) carries no ids: links to
 * snapshots are only ever shown to the browser that made them (or anyone they were sent to).
 */
import { z } from 'zod';
import { SnapshotId } from '@/graph/snapshots/snapshotTypes';

export const MY_SNAPSHOTS_KEY = 'stance-graph:my-snapshots';
const MAX_REMEMBERED = 100;

export const MySnapshot = z.object({ id: SnapshotId, title: z.string(), createdAt: z.string() });
export type MySnapshot = z.infer<typeof MySnapshot>;

/** Parses what was stored; anything unreadable counts as nothing rather than breaking the page. */
export function parseMySnapshots(raw: string | null): MySnapshot[] {
  if (!raw) return [];
  try {
    const result = z.array(MySnapshot).safeParse(JSON.parse(raw));
    return result.success ? result.data : [];
  } catch {
    return [];
  }
}

/** The list with `entry` first, without an older copy of it, capped. */
export function withMySnapshot(list: readonly MySnapshot[], entry: MySnapshot): MySnapshot[] {
  return [entry, ...list.filter((s) => s.id !== entry.id)].slice(0, MAX_REMEMBERED);
}

export function readMySnapshots(storage: Pick<Storage, 'getItem'> = window.localStorage): MySnapshot[] {
  return parseMySnapshots(storage.getItem(MY_SNAPSHOTS_KEY));
}

export function rememberMySnapshot(entry: MySnapshot, storage: Pick<Storage, 'getItem' | 'setItem'> = window.localStorage): void {
  try {
    storage.setItem(MY_SNAPSHOTS_KEY, JSON.stringify(withMySnapshot(parseMySnapshots(storage.getItem(MY_SNAPSHOTS_KEY)), entry)));
  } catch {
    // Private browsing or a full storage: the link still works, it is just not remembered.
  }
}

export function forgetMySnapshot(id: string, storage: Pick<Storage, 'getItem' | 'setItem'> = window.localStorage): void {
  try {
    storage.setItem(MY_SNAPSHOTS_KEY, JSON.stringify(parseMySnapshots(storage.getItem(MY_SNAPSHOTS_KEY)).filter((s) => s.id !== id)));
  } catch {
    // as above
  }
}
