import { addDays, daysBetween, nextDate, previousDate } from '@/components/timeline/dates';

describe('dates', () => {
  it('counts and adds whole days across months and leap years', () => {
    expect(daysBetween('2019-01-25', '2019-02-09')).toBe(15);
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-01-25', daysBetween('2019-01-25', '2019-05-31'))).toBe('2019-05-31');
  });

  it('finds the change date after and before a day', () => {
    const dates = ['2019-01-10', '2019-01-23', '2019-02-04'];
    expect(nextDate(dates, '2019-01-10')).toBe('2019-01-23');
    expect(nextDate(dates, '2019-02-04')).toBeUndefined();
    expect(previousDate(dates, '2019-01-23')).toBe('2019-01-10');
    expect(previousDate(dates, '2019-01-01')).toBeUndefined();
  });
});
