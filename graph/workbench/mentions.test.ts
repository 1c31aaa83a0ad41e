import { cueSentences, findMentions, sentenceSpans } from '@/graph/workbench/mentions';

const at = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('graph/workbench/mentions', () => {
  describe('findMentions', () => {
    const actors = [
      { id: 'guaido', names: ['Juan Guaidó', 'Guaidó'] },
      { id: 'maduro', names: ['Nicolás Maduro', 'Maduro'] },
      { id: 'united-states', names: ['United States', 'US', 'U.S.'] },
      { id: 'united-kingdom', names: ['United Kingdom'] },
      { id: 'lima-group', names: ['Lima Group'] },
      { id: 'group-topic', names: ['Group'] },
      { id: 'iran', names: ['Iran'] },
    ];

    it('finds names without their accents and in any case, answering offsets into the original text', () => {
      const text = 'Juan Guaido met NICOLAS MADURO? No: guaidó and maduro.';
      const found = findMentions(text, actors);
      expect(found.map((m) => m.id)).toEqual(['guaido', 'maduro', 'guaido', 'maduro']);
      expect(at(text, found)).toEqual(['Juan Guaido', 'NICOLAS MADURO', 'guaidó', 'maduro']);
    });

    it('keeps offsets right when folding changes the length (decomposed accents before the match)', () => {
      // "Nicola" + combining acute + "s": 15 characters for the 14 of "Nicolás Maduro" precomposed.
      const decomposed = 'Nicola\u0301s Maduro greeted Guaido\u0301 and Nicolás Maduro.';
      const found = findMentions(decomposed, actors);
      expect(at(decomposed, found)).toEqual(['Nicola\u0301s Maduro', 'Guaido\u0301', 'Nicolás Maduro']);
      // The combining mark after the last letter belongs to the mention, not outside it.
      expect(found[1]).toEqual({ start: 24, end: 31, id: 'guaido' });
    });

    it('finds a precomposed name from a decomposed alias', () => {
      const text = 'Guaidó spoke.';
      expect(findMentions(text, [{ id: 'g', names: ['Guaido\u0301'] }])).toEqual([{ start: 0, end: 6, id: 'g' }]);
    });

    it('matches whole words only', () => {
      const text = 'Iranian officials and the USSR; Iran did not.';
      const found = findMentions(text, actors);
      expect(at(text, found)).toEqual(['Iran']);
      expect(found[0]?.start).toBe(32);
    });

    it('prefers the longest name and never overlaps', () => {
      const text = 'The Lima Group and the United States; the group met the United Kingdom.';
      const found = findMentions(text, actors);
      expect(found.map((m) => [text.slice(m.start, m.end), m.id])).toEqual([
        ['Lima Group', 'lima-group'],
        ['United States', 'united-states'],
        ['group', 'group-topic'],
        ['United Kingdom', 'united-kingdom'],
      ]);
    });

    it('matches names across line breaks and runs of spaces', () => {
      const text = 'the United\n  States said';
      expect(at(text, findMentions(text, actors))).toEqual(['United\n  States']);
    });

    it('matches names that end in punctuation, and aliases', () => {
      const text = 'The U.S. and the US back him.';
      const found = findMentions(text, actors);
      expect(at(text, found)).toEqual(['U.S.', 'US']);
      expect(found.every((m) => m.id === 'united-states')).toBe(true);
    });

    it('treats regex and Cypher metacharacters in names as plain text', () => {
      const text = 'Then (a.*b) and a$b] said } MATCH (n) DETACH DELETE n.';
      const found = findMentions(text, [{ id: 'odd', names: ['(a.*b)'] }, { id: 'odd2', names: ['a$b]'] }]);
      expect(at(text, found)).toEqual(['(a.*b)', 'a$b]']);
    });

    it('ignores blank names and answers nothing without entries', () => {
      expect(findMentions('Guaidó', [{ id: 'x', names: ['  ', ''] }])).toEqual([]);
      expect(findMentions('', actors)).toEqual([]);
    });

    it('handles letters whose lower case is longer (İ) and scripts without case', () => {
      const text = 'İstanbul ve Москва говорит';
      const found = findMentions(text, [{ id: 'ist', names: ['istanbul'] }, { id: 'msk', names: ['москва'] }]);
      expect(at(text, found)).toEqual(['İstanbul', 'Москва']);
    });
  });

  describe('sentenceSpans', () => {
    it('splits at stops followed by white space and at line breaks', () => {
      const text = 'One sentence. Another one! A third?\nA fourth without a stop\n\nLast.';
      expect(at(text, sentenceSpans(text))).toEqual(['One sentence.', 'Another one!', 'A third?', 'A fourth without a stop', 'Last.']);
    });

    it('does not split after abbreviations, initials, decimals or before a lower-case word', () => {
      const text = 'Mr. Pompeo and Gen. Padrino met U.S. officials on 3.5 issues. The E.U. said no. It said e.g. this.';
      expect(at(text, sentenceSpans(text))).toEqual([
        'Mr. Pompeo and Gen. Padrino met U.S. officials on 3.5 issues.',
        'The E.U. said no.',
        'It said e.g. this.',
      ]);
    });

    it('keeps closing quotes with their sentence', () => {
      const text = 'He said: \u201cWe back him.\u201d Then he left.';
      expect(at(text, sentenceSpans(text))).toEqual(['He said: \u201cWe back him.\u201d', 'Then he left.']);
    });
  });

  describe('cueSentences', () => {
    it('marks sentences with cue words in their inflections and says which cue', () => {
      const text =
        'Washington recognised Guaidó. The weather was fine. Russia opposes any intervention. ' +
        'The EU called on both sides to talk. Canada is recognizing him. Nobody sanctioned anyone? Trade grew.';
      const cues = cueSentences(text);
      expect(cues.map((c) => c.cue)).toEqual(['recognised', 'opposes', 'called on', 'recognizing', 'sanctioned']);
      expect(at(text, cues)).toEqual([
        'Washington recognised Guaidó.',
        'Russia opposes any intervention.',
        'The EU called on both sides to talk.',
        'Canada is recognizing him.',
        'Nobody sanctioned anyone?',
      ]);
      for (const c of cues) expect(text.slice(c.cueStart, c.cueEnd)).toBe(c.cue);
    });

    it('does not take a cue inside a longer word', () => {
      expect(cueSentences('The backstop and the supportive crowd. Urgent matters.')).toEqual([]);
    });

    it('finds cues in upper case and multi-word cues across spaces', () => {
      const [first] = cueSentences('China URGES restraint and Cuba calls  upon others.');
      expect(first?.cue).toBe('URGES');
      expect(cueSentences('They calls  upon others.')[0]?.cue).toBe('calls  upon');
    });
  });
});
