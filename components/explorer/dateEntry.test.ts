import { judgeDate, readTypedDate, type DateContext } from '@/components/explorer/dateEntry';

describe('components/explorer/dateEntry', () => {
  const to: DateContext = { end: 'to', range: { min: '2019-01-10', max: '2019-05-11' }, other: undefined };

  it('applies a complete date inside the data’s range', () => {
    expect(judgeDate('2019-01-25', false, to)).toEqual({ apply: '2019-01-25' });
    expect(judgeDate('2019-05-11', false, to)).toEqual({ apply: '2019-05-11' });
  });

  it('keeps the years a typed 2019 passes through (0002, 0020, 0201) out of the filter, naming the range', () => {
    for (const passing of ['0002-01-25', '0020-01-25', '0201-01-25']) {
      expect(judgeDate(passing, false, to)).toEqual({ keep: true, message: `To: ${passing} is outside the data’s range, 2019-01-10 to 2019-05-11; not applied.` });
    }
  });

  it('reads a date written YYYY-MM-DD or as eight digits, and nothing else, as a whole date', () => {
    expect(readTypedDate(' 2019-01-25 ')).toEqual({ value: '2019-01-25', incomplete: false });
    expect(readTypedDate('20190125')).toEqual({ value: '2019-01-25', incomplete: false });
    expect(readTypedDate('')).toEqual({ value: '', incomplete: false });
    for (const half of ['2', '2019-01-2', '2019012', '01/25/2019', '01252019x', 'next week']) expect(readTypedDate(half)).toEqual({ value: '', incomplete: true });
  });

  it('asks to finish a half-typed date, and reads an empty field as no bound', () => {
    expect(judgeDate('', true, to)).toEqual({ keep: true, message: 'To: write the date as YYYY-MM-DD, e.g. 2019-01-25, or clear the field.' });
    expect(judgeDate('', false, to)).toEqual({ apply: undefined });
  });

  it('refuses a From after To and a To before From', () => {
    expect(judgeDate('2019-03-01', false, { ...to, end: 'from', other: '2019-02-01' })).toEqual({ keep: true, message: 'From: 2019-03-01 is after To (2019-02-01); not applied.' });
    expect(judgeDate('2019-01-20', false, { ...to, other: '2019-02-01' })).toEqual({ keep: true, message: 'To: 2019-01-20 is before From (2019-02-01); not applied.' });
  });

  it('applies any real date while the range is unknown, but never a non-date', () => {
    expect(judgeDate('0002-01-25', false, { ...to, range: null })).toEqual({ apply: '0002-01-25' });
    expect(judgeDate('2019-02-30', false, { ...to, range: null })).toEqual({ keep: true, message: 'To: 2019-02-30 is not a date.' });
  });
});
