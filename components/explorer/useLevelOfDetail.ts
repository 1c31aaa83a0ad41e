/**
 * The canvas's level of detail (components/graph/aggregate.ts) for the explorer's view: what it
 * draws, its groups, and which are open. Opening is per view: another answer (new elements)
 * starts with every group folded again, without an effect to reset it.
 */
import { useMemo, useState } from 'react';
import type { Elements } from '@/graph/model/elements';
import { levelOfDetail, type LevelOfDetail } from '@/components/graph/aggregate';

export interface LevelOfDetailState extends LevelOfDetail {
  open: (groupId: string) => void;
  fold: (groupId: string) => void;
}

const NONE: ReadonlySet<string> = new Set();

export function useLevelOfDetail(elements: Elements, keep: readonly string[]): LevelOfDetailState {
  const [opened, setOpened] = useState<{ of: Elements; ids: ReadonlySet<string> }>({ of: elements, ids: NONE });
  const ids = opened.of === elements ? opened.ids : NONE;
  // The focus ids arrive as a new array on every render: the set follows their text.
  const keepKey = keep.join('\n');
  const kept = useMemo(() => new Set(keepKey ? keepKey.split('\n') : []), [keepKey]);
  const lod = useMemo(() => levelOfDetail(elements, ids, kept), [elements, ids, kept]);
  const change = (groupId: string, open: boolean) =>
    setOpened(() => {
      const next = new Set(ids);
      if (open) next.add(groupId);
      else next.delete(groupId);
      return { of: elements, ids: next };
    });
  return { ...lod, open: (id) => change(id, true), fold: (id) => change(id, false) };
}
