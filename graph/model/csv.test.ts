import { csvCell, csvLine, neutraliseCell, restoreCell } from '@/graph/model/csv';

describe('graph/model/csv (CSV injection, OWASP)', () => {
  it('puts a single quote before a cell a spreadsheet would run as a formula', () => {
    for (const hostile of ['=HYPERLINK("https://evil.example","Click")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1']) {
      expect(neutraliseCell(hostile)).toBe(`'${hostile}`);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvLine(['@a', 'b,c'], '\t')).toBe("'@a\tb,c");
  });

  it('leaves plain text and plain numbers (polarity -1) as they are', () => {
    for (const safe of ['Russia supports Maduro', '-1', '+1', '-0.5', '1e-3', '', 'a=b', "O'Brien"]) expect(neutraliseCell(safe)).toBe(safe);
  });

  it('is undone exactly by restoreCell, a cell that already began with a quote included', () => {
    for (const value of ['=x', "'=x", "''@y", '-1', '-x', "'-x", "'plain", 'plain', '\ttabbed', "'", '']) {
      expect(restoreCell(neutraliseCell(value))).toBe(value);
    }
  });
});
