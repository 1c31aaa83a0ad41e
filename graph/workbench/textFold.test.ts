import { fold, locateQuote, originalSpan } from '@/graph/workbench/textFold';

describe('graph/workbench/textFold', () => {
  describe('fold', () => {
    it('maps every folded character back to where it came from', () => {
      const text = 'Cafe\u0301  “Ñu”';
      const folded = fold(text);
      expect(folded.text).toBe('cafe "nu"');
      expect(folded.starts).toEqual([0, 1, 2, 3, 5, 7, 8, 9, 10]);
      expect(originalSpan(folded, 0, 4)).toEqual({ start: 0, end: 5 });
      expect(originalSpan(folded, 5, 9)).toEqual({ start: 7, end: 11 });
    });

    it('keeps case and accents when not loose, folding only quotes, dashes and spaces', () => {
      expect(fold('Guaidó \u2014 ‘yes’', { loose: false }).text).toBe("Guaidó - 'yes'");
    });

    it('counts characters outside the basic plane as two indices', () => {
      const text = '😀 Guaidó';
      const folded = fold(text);
      expect(folded.text).toBe('😀 guaido');
      expect(originalSpan(folded, 3, 9)).toEqual({ start: 3, end: 9 });
    });
  });

  describe('locateQuote', () => {
    const text = 'The EU said: \u201cWe don\u2019t recognise Maduro\u201d \u2013 and Guaido\u0301 agreed.';

    it('answers the exact offsets of a verbatim quote', () => {
      const place = locateQuote(text, 'and Guaido\u0301 agreed');
      expect(place && text.slice(place.start, place.end)).toBe('and Guaido\u0301 agreed');
    });

    it('finds a quote typed with straight quotes and dashes in a text with curly ones', () => {
      const place = locateQuote(text, '"We don\'t recognise Maduro" - and');
      expect(place).not.toBeNull();
      expect(text.slice(place!.start, place!.end)).toBe('\u201cWe don\u2019t recognise Maduro\u201d \u2013 and');
    });

    it('finds a quote typed without accents or in another case, answering the stored spelling', () => {
      const place = locateQuote(text, 'AND GUAIDO AGREED');
      expect(place && text.slice(place.start, place.end)).toBe('and Guaido\u0301 agreed');
    });

    it('answers null for a quote that is not there or is blank', () => {
      expect(locateQuote(text, 'Russia agreed')).toBeNull();
      expect(locateQuote(text, '   ')).toBeNull();
    });
  });
});
