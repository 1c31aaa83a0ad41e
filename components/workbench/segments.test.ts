import { prefill, segmentText, sentenceAround } from '@/components/workbench/segments';

describe('components/workbench/segments', () => {
  const text = 'Russia backs Maduro. The US recognised Guaidó.';
  const mentions = [
    { start: 0, end: 6, id: 'russia' },
    { start: 13, end: 19, id: 'maduro' },
    { start: 25, end: 27, id: 'us' },
    { start: 39, end: 45, id: 'guaido' },
  ];
  const cues = [
    { start: 0, end: 20, cueStart: 7, cueEnd: 12 },
    { start: 21, end: 46, cueStart: 28, cueEnd: 38 },
  ];

  describe('segmentText', () => {
    it('covers the whole text with runs split at every mark, each saying what marks it', () => {
      const segments = segmentText(text, { mentions, cues, quotes: [{ start: 0, end: 19 }, { start: null, end: null }], selection: { start: 21, end: 27 } });
      expect(segments.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
      expect(segments[0]).toMatchObject({ start: 0, end: 6, mention: 'russia', cue: true, cueWord: false, quotes: [0], selected: false });
      const backs = segments.find((s) => text.slice(s.start, s.end) === 'backs');
      expect(backs).toMatchObject({ cueWord: true, mention: null, quotes: [0] });
      const us = segments.find((s) => text.slice(s.start, s.end) === 'US');
      expect(us).toMatchObject({ mention: 'us', selected: true, quotes: [] });
      expect(segments.find((s) => s.start === 19)).toMatchObject({ quotes: [], cue: true });
    });

    it('answers one plain run without marks, and none for an empty text', () => {
      expect(segmentText('Plain.', { mentions: [], cues: [], quotes: [], selection: null })).toEqual([
        { start: 0, end: 6, mention: null, cue: false, cueWord: false, quotes: [], selected: false },
      ]);
      expect(segmentText('', { mentions: [], cues: [], quotes: [], selection: null })).toEqual([]);
    });
  });

  describe('sentenceAround', () => {
    it('is the cue sentence holding the selection, else the line', () => {
      expect(sentenceAround(text, cues, { start: 24, end: 30 })).toEqual({ start: 21, end: 46 });
      expect(sentenceAround('one\ntwo three\nfour', [], { start: 8, end: 10 })).toEqual({ start: 4, end: 13 });
    });
  });

  describe('prefill', () => {
    const isActor = (id: string) => id !== 'elections';
    it('takes from and to from the selection', () => {
      expect(prefill(mentions, isActor, { start: 0, end: 19 }, { start: 0, end: 20 })).toEqual({ from: 'russia', to: 'maduro' });
    });
    it('falls back on the sentence for what the selection does not name', () => {
      expect(prefill(mentions, isActor, { start: 28, end: 45 }, { start: 21, end: 46 })).toEqual({ from: 'guaido', to: 'us' });
      expect(prefill(mentions, isActor, { start: 7, end: 12 }, { start: 0, end: 20 })).toEqual({ from: 'russia', to: 'maduro' });
      expect(prefill([], isActor, { start: 7, end: 12 }, { start: 0, end: 20 })).toEqual({ from: null, to: null });
    });
    it('never starts from a topic', () => {
      const withTopic = [{ start: 0, end: 5, id: 'elections' }, { start: 10, end: 15, id: 'russia' }];
      expect(prefill(withTopic, isActor, { start: 0, end: 15 }, { start: 0, end: 15 })).toEqual({ from: 'russia', to: 'elections' });
    });
  });
});
