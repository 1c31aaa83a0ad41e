import { slugify } from '@/graph/import/slug';
import { Slug } from '@/graph/model/schema';

describe('graph/import/slug', () => {
  it('folds accents, case and punctuation into a data-format slug', () => {
    expect(slugify('Nicolás Maduro')).toBe('nicolas-maduro');
    expect(slugify('  Lima Group (12 states) ')).toBe('lima-group-12-states');
    expect(Slug.safeParse(slugify('Ça va, São Tomé & Príncipe?')).success).toBe(true);
  });

  it('gives an empty string when nothing is left, so callers can report the name', () => {
    expect(slugify('¿?')).toBe('');
  });
});
