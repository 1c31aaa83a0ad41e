/**
 * The stance form of the workbench: opened on a selection with from/to prefilled from the actors
 * it (or its sentence) mentions, the polarity following the kind until the editor changes it, the
 * date defaulting to the source's. Saving creates any new actor or topic first (POST
 * /api/edit/actors|topics), then posts the stance with the selection's exact offsets.
 */
import { useCallback, useState } from 'react';
import { refreshEditor } from '@/components/auth/useEditor';
import { ApiRequestError, fetchErrorMessage, send } from '@/components/apiClient';
import { CreatedAnswer, EditAnswer } from '@/components/edit/editAnswers';
import { prefill, sentenceAround, trimSpan, type Span } from '@/components/workbench/segments';
import type { Workbench } from '@/graph/workbench/workbenchTypes';
import { STANCE_KIND_POLARITY, type ActorKind, type Certainty, type StanceKind } from '@/graph/model/schema';

/** An existing actor or topic by id, or one to create. */
export type Party = { type: 'known'; id: string } | { type: 'new-actor'; name: string; kind: ActorKind; aliases: string } | { type: 'new-topic'; name: string };

export interface StanceDraft {
  quote: string;
  span: Span;
  dataset: string;
  from: Party;
  to: Party;
  kind: StanceKind;
  polarity: -1 | 0 | 1;
  certainty: Certainty;
  date: string;
  note: string;
}

type Status = { state: 'idle' } | { state: 'saving' } | { state: 'error'; message: string } | { state: 'saved'; message: string };

const known = (id: string | null): Party => ({ type: 'known', id: id ?? '' });

async function resolveParty(party: Party, dataset: string): Promise<string> {
  if (party.type === 'known') return party.id;
  const aliases = party.type === 'new-actor' ? party.aliases.split(',').map((a) => a.trim()).filter((a) => a.length > 0) : [];
  const created = party.type === 'new-actor'
    ? await send('POST', '/api/edit/actors', { dataset, name: party.name.trim(), kind: party.kind, aliases }, CreatedAnswer)
    : await send('POST', '/api/edit/topics', { dataset, name: party.name.trim() }, CreatedAnswer);
  return created.value.id;
}

export function useStanceForm(bench: Workbench | null, onSaved: () => void) {
  const [draft, setDraft] = useState<StanceDraft | null>(null);
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  const open = useCallback((selection: Span) => {
    if (!bench) return;
    const span = trimSpan(bench.text, selection);
    if (span.end <= span.start) return;
    const actors = new Set(bench.known.filter((k) => k.type === 'actor').map((k) => k.id));
    const who = prefill(bench.mentions, (id) => actors.has(id), span, sentenceAround(bench.text, bench.cues, span));
    setStatus({ state: 'idle' });
    setDraft({
      quote: bench.text.slice(span.start, span.end),
      span,
      dataset: bench.source.datasets[0] ?? '',
      from: known(who.from),
      to: known(who.to),
      kind: 'SUPPORTS',
      polarity: 1,
      certainty: 'reported',
      date: bench.source.date,
      note: '',
    });
  }, [bench]);

  const change = useCallback((patch: Partial<StanceDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch, ...(patch.kind && patch.polarity === undefined ? { polarity: STANCE_KIND_POLARITY[patch.kind] } : {}) } : d));
  }, []);

  const close = useCallback(() => setDraft(null), []);

  const save = useCallback(async () => {
    if (!draft || !bench) return;
    setStatus({ state: 'saving' });
    try {
      const from = await resolveParty(draft.from, draft.dataset);
      // A party made a moment ago is known from now on, so a failed stance is not followed by a duplicate.
      setDraft((d) => (d ? { ...d, from: known(from) } : d));
      const to = await resolveParty(draft.to, draft.dataset);
      setDraft((d) => (d ? { ...d, to: known(to) } : d));
      const body = {
        dataset: draft.dataset, from, to, kind: draft.kind, polarity: draft.polarity, certainty: draft.certainty, date: draft.date,
        ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
        evidence: { source: bench.source.id, quote: draft.quote, start: draft.span.start, end: draft.span.end },
      };
      const result = await send('POST', '/api/edit/stances', body, EditAnswer);
      setStatus({ state: 'saved', message: result.change.summary });
      setDraft(null);
      onSaved();
    } catch (error) {
      // A session that expired meanwhile: the page shows "Sign in" again instead of a dead form.
      if (error instanceof ApiRequestError && error.status === 401) void refreshEditor();
      setStatus({ state: 'error', message: fetchErrorMessage(error) });
    }
  }, [draft, bench, onSaved]);

  return { draft, status, open, change, close, save };
}
