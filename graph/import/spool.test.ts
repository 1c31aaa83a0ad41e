import fs from 'node:fs';
import { Spool, type SpooledRecord } from '@/graph/import/spool';

const stance = (i: number): SpooledRecord => ({
  type: 'stance',
  value: {
    id: `a--supports--b-${i}`, from: 'a', to: 'b', kind: 'SUPPORTS', polarity: 1, date: '2019-01-23', until: null, certainty: 'stated', note: null,
    eventCount: null, lastSeen: null, quotes: [`line one\nline two "${i}" \u2028 é`], sourceIds: ['s'], quoteStarts: [-1], quoteEnds: [-1], eventIds: [''], hash: '',
  },
});

async function readAll(spool: Spool): Promise<SpooledRecord[]> {
  const out: SpooledRecord[] = [];
  for await (const chunk of spool.records()) out.push(...chunk);
  return out;
}

describe('graph/import/spool', () => {
  it('gives back every record in order, line breaks and other characters in strings intact', async () => {
    const spool = Spool.create();
    try {
      const records: SpooledRecord[] = [{ type: 'actor', value: { id: 'a', name: 'A', kind: 'state', aliases: [] } }];
      for (let i = 0; i < 30_000; i++) records.push(stance(i));
      for (const record of records) {
        spool.push(record);
        await spool.drain();
      }
      await spool.finish();
      // Several chunks of the file, so records cut across a chunk's end are read whole.
      expect(fs.statSync(spool.file).size).toBeGreaterThan(3 * (1 << 20));
      expect(await readAll(spool)).toEqual(records);
      // A second pass reads the same.
      expect((await readAll(spool)).length).toBe(records.length);
    } finally {
      spool.remove();
    }
    expect(fs.existsSync(spool.file)).toBe(false);
  });

  it('reads an empty spool as no records, and removes its folder', async () => {
    const spool = Spool.create();
    await spool.finish();
    expect(await readAll(spool)).toEqual([]);
    spool.remove();
    expect(fs.existsSync(spool.file.replace(/records\.jsonl$/, ''))).toBe(false);
  });
});
