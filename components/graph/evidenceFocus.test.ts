import { clearedOrigin, evidenceHeadingId, nextStance, NO_EVIDENCE_FOCUS, opened, originOf, returnedToStance, steppedTo, take, type EvidenceOrigin } from '@/components/graph/evidenceFocus';

/** A stand-in for a list button: originOf only asks whether it is still on the page. */
const button = (isConnected = true) => ({ isConnected }) as HTMLElement;
const panel: EvidenceOrigin = { kind: 'panel', nodeId: '4:x:1', nodeLabel: 'Maduro', edgeId: 's1' };

describe('components/graph/evidenceFocus', () => {
  it('names the evidence heading after the stance', () => {
    expect(evidenceHeadingId('5:x:9')).toBe('evidence-5:x:9');
  });

  it('hands the evidence focus to the opened stance once, and to no other', () => {
    const state = opened(NO_EVIDENCE_FOCUS, 's1', panel, ['s1', 's2']);
    expect(take(state, 'evidence', 's2').take).toBe(false);
    const first = take(state, 'evidence', 's1');
    expect(first.take).toBe(true);
    expect(take(first.state, 'evidence', 's1').take).toBe(false);
    // The state passed in is left as it was.
    expect(state.evidence).toBe('s1');
  });

  it('leads Back to where the stance was opened from, while that list button is on the page', () => {
    const element = button();
    const fromList = opened(NO_EVIDENCE_FOCUS, 's1', { kind: 'list', element });
    expect(originOf(fromList, 's1')).toEqual({ kind: 'list', element });
    expect(originOf(fromList, 's2')).toBeNull();
    expect(originOf(opened(NO_EVIDENCE_FOCUS, 's1', { kind: 'list', element: button(false) }), 's1')).toBeNull();
    expect(originOf(clearedOrigin(fromList), 's1')).toBeNull();
  });

  it('returning to the actor view focuses the stance button left from, once, and forgets the origin', () => {
    const back = returnedToStance(opened(NO_EVIDENCE_FOCUS, 's1', panel), 's1');
    expect(originOf(back, 's1')).toBeNull();
    expect(take(back, 'stance', 's2').take).toBe(false);
    const taken = take(back, 'stance', 's1');
    expect(taken.take).toBe(true);
    expect(take(taken.state, 'stance', 's1').take).toBe(false);
  });

  it('walks the list the stance was opened from with "Next stance", up to its end', () => {
    const state = opened(NO_EVIDENCE_FOCUS, 's1', panel, ['s1', 's2', 's3']);
    expect(nextStance(state, 's1')).toBe('s2');
    expect(nextStance(state, 's2')).toBeNull();
    const second = steppedTo(state, 's2', null);
    expect(nextStance(second, 's2')).toBe('s3');
    // The "Next stance" button keeps focus on the stance reached, once.
    expect(take(second, 'next', 's2').take).toBe(true);
    // Back from there returns to the actor view, now at the stance shown.
    expect(originOf(second, 's2')).toEqual({ ...panel, edgeId: 's2' });
    expect(nextStance(steppedTo(second, 's3', null), 's3')).toBeNull();
    expect(nextStance(opened(NO_EVIDENCE_FOCUS, 's9', panel, ['s1']), 's9')).toBeNull();
  });

  it('in a list, Back after "Next stance" goes to that stance’s own button, or the first one when it is not found', () => {
    const first = button();
    const own = button();
    const state = opened(NO_EVIDENCE_FOCUS, 's1', { kind: 'list', element: first }, ['s1', 's2']);
    expect(originOf(steppedTo(state, 's2', own), 's2')).toEqual({ kind: 'list', element: own });
    expect(originOf(steppedTo(state, 's2', null), 's2')).toEqual({ kind: 'list', element: first });
  });

  it('does nothing on "Next stance" when nothing was opened', () => {
    expect(steppedTo(NO_EVIDENCE_FOCUS, 's2', null)).toBe(NO_EVIDENCE_FOCUS);
  });
});
