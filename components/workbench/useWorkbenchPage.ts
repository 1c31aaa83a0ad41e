/**
 * The state of /sources/<id>: the workbench answer, the runs to render, the selection and the
 * stance form, tied together so the page only lays them out.
 */
import { useMemo, useRef } from 'react';
import { segmentText } from '@/components/workbench/segments';
import { useFetched } from '@/components/workbench/useFetched';
import { useStanceForm } from '@/components/workbench/useStanceForm';
import { useTextSelection } from '@/components/workbench/useTextSelection';
import { Workbench } from '@/graph/workbench/workbenchTypes';

export function useWorkbenchPage(id: string | null) {
  const fetched = useFetched(id === null ? null : `/api/sources/${encodeURIComponent(id)}/workbench`, Workbench);
  const bench = fetched.status === 'ready' ? fetched.data : null;
  const textRef = useRef<HTMLDivElement>(null);
  const { selection, latest } = useTextSelection(textRef, bench?.text.length ?? 0);
  const form = useStanceForm(bench, fetched.reload);

  const names = useMemo(() => new Map((bench?.known ?? []).map((k) => [k.id, k.name])), [bench]);
  const quoteTitles = useMemo(
    () => (bench?.quotes ?? []).map((q) => `Quoted by the stance ${names.get(q.from) ?? q.from} ${q.kind.replace(/_/g, ' ').toLowerCase()} ${names.get(q.to) ?? q.to} (${q.date})`),
    [bench, names],
  );
  // The live selection is not drawn into the text: re-rendering the runs under the browser's own
  // selection would lose it mid-drag. The form's quote is drawn once the form is open.
  const segments = useMemo(
    () => (bench ? segmentText(bench.text, { mentions: bench.mentions, cues: bench.cues, quotes: bench.quotes, selection: form.draft?.span ?? null }) : []),
    [bench, form.draft?.span],
  );
  return { fetched, bench, textRef, selection, latestSelection: latest, form, names, quoteTitles, segments };
}
