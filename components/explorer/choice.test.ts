import { onlyThis, toggle } from '@/components/explorer/choice';

describe('components/explorer/choice', () => {
  const all = ['SUPPORTS', 'OPPOSES', 'COURTS'];

  it('unticks one value of "all" and keeps the others, and reads every value ticked as no filter', () => {
    expect(toggle([], all, 'OPPOSES')).toEqual(['SUPPORTS', 'COURTS']);
    expect(toggle(['SUPPORTS', 'COURTS'], all, 'OPPOSES')).toEqual([]);
  });

  it('"only this" keeps one value alone, and a second press brings every value back', () => {
    expect(onlyThis([], all, 'COURTS')).toEqual(['COURTS']);
    expect(onlyThis(['SUPPORTS', 'OPPOSES'], all, 'OPPOSES')).toEqual(['OPPOSES']);
    expect(onlyThis(['OPPOSES'], all, 'OPPOSES')).toEqual([]);
    expect(onlyThis([], ['venezuela-2019'], 'venezuela-2019')).toEqual([]);
  });
});
