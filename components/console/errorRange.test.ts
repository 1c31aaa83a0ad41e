import { errorRange } from '@/components/console/errorRange';

describe('components/console/errorRange', () => {
  const text = 'MATCH (a:Actor)\nRETRUN a';

  it('marks the word at a line and column', () => {
    const range = errorRange(text, { line: 2, column: 1 });
    expect(text.slice(range.from, range.to)).toBe('RETRUN');
  });

  it('marks a single character where no word starts', () => {
    const range = errorRange('MATCH (n RETURN n', { line: 1, column: 7 });
    expect(range).toEqual({ from: 6, to: 7 });
  });

  it('marks the last character for an error past the end, and clamps positions outside the text', () => {
    expect(errorRange('MATCH (n', { line: 1, column: 9 })).toEqual({ from: 7, to: 8 });
    expect(errorRange(text, { line: 9, column: 99 })).toEqual({ from: text.length - 1, to: text.length });
    expect(errorRange('', { line: 1, column: 1 })).toEqual({ from: 0, to: 0 });
  });
});
