import { fold, luceneQuery } from '@/graph/views/actors';

describe('graph/views/actors', () => {
  describe('luceneQuery', () => {
    it('folds accents and case, and asks for each word as a whole word or a prefix', () => {
      expect(luceneQuery('Guaidó')).toBe('(guaido^2 OR guaido*)');
      expect(luceneQuery('  juan  GUA ')).toBe('(juan^2 OR juan*) AND (gua^2 OR gua*)');
    });

    it('leaves no Lucene syntax from the input in the query', () => {
      const query = luceneQuery('a+b (c) "d" e~ f* g? h:i \\ j/k [l] {m} ^n !o && p || q') ?? '';
      const withoutOurs = query.replace(/\^2 OR |\*\)|\(| AND /g, ' ');
      expect(withoutOurs).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
    });

    it('answers null when nothing searchable is left', () => {
      expect(luceneQuery('')).toBeNull();
      expect(luceneQuery('*?~ "')).toBeNull();
    });
  });

  describe('fold', () => {
    it('removes accents and lowers case', () => {
      expect(fold('Nicolás MADURO, Bogotá')).toBe('nicolas maduro, bogota');
    });
  });
});
