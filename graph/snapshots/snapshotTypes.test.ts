import { Snapshot, SnapshotInput } from '@/graph/snapshots/snapshotTypes';

/** A payload as snapshots were stored before answers and frames were kept. */
const stored = {
  title: 'Nicolás Maduro',
  origin: { kind: 'explorer', view: { focus: 'nicolas-maduro', ask: 'opponents' } },
  elements: { nodes: [], edges: [] },
  viewport: { zoom: 1.2, pan: { x: 10, y: -20 } },
  layout: 'preset',
  selection: null,
  focusIds: [],
  styleVersion: '1',
  datasetVersion: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  id: 'AAAAAAAAAAAAAAAAAAAAAAAA',
};

describe('graph/snapshots/snapshotTypes', () => {
  it('still reads snapshots stored without an answer or a frame', () => {
    const snapshot = Snapshot.parse(stored);
    expect(snapshot.answer).toBeUndefined();
    expect(snapshot.viewport).toEqual({ zoom: 1.2, pan: { x: 10, y: -20 } });
  });

  it('keeps the question, its sentence and the frame', () => {
    const answer = { question: 'Who opposes Nicolás Maduro?', sentence: '9 actors oppose Nicolás Maduro: A, B and C.' };
    const frame = { x1: -300, y1: -200, x2: 500, y2: 400 };
    const { id: _id, datasetVersion: _v, createdAt: _c, ...input } = stored;
    void [_id, _v, _c];
    const parsed = SnapshotInput.parse({ ...input, answer, viewport: { ...input.viewport, frame } });
    expect(parsed.answer).toEqual(answer);
    expect(parsed.viewport.frame).toEqual(frame);
  });

  it('refuses an empty frame and an answer without its sentence', () => {
    const { id: _id, datasetVersion: _v, createdAt: _c, ...input } = stored;
    void [_id, _v, _c];
    const empty = SnapshotInput.safeParse({ ...input, viewport: { ...input.viewport, frame: { x1: 5, y1: 0, x2: 5, y2: 10 } } });
    expect(empty.success).toBe(false);
    const noSentence = SnapshotInput.safeParse({ ...input, answer: { question: 'Who backs Juan Guaidó?', sentence: '' } });
    expect(noSentence.success).toBe(false);
  });
});
