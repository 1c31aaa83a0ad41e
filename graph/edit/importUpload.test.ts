import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import { Readable } from 'node:stream';
import { receiveUpload, uploadFormat, uploadName } from '@/graph/edit/importUpload';

const uploadFolders = () => new Set(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('stance-graph-import-')));

/** A request body that sends one chunk, then breaks as a client that goes away does. */
function abortedBody(how: 'reset' | 'closed'): IncomingMessage {
  let sent = false;
  const body = new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(Buffer.from('dataset: { id: x }\n'));
        return;
      }
      if (how === 'reset') this.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      else this.destroy();
    },
  });
  // As Node's IncomingMessage: `complete` only once the whole body has arrived.
  return Object.assign(body, { complete: false }) as unknown as IncomingMessage;
}

describe('graph/edit/importUpload', () => {
  it.each([
    ['stances.csv', 'spreadsheet', 'stances.csv'],
    ['C:\\Users\\me\\data.yaml', 'yaml', 'data.yaml'],
    ['../../etc/passwd', 'yaml', 'passwd.yaml'],
    ['..', 'json', 'upload.json'],
    ['notes.txt', 'spreadsheet', 'notes.txt.csv'],
    ['20190125.export.CSV', 'gdelt', '20190125.export.CSV'],
    ['events.tsv', 'gdelt', 'events.tsv.export.CSV'],
    ['Coding <2019>.dna', 'dna', 'Coding _2019_.dna'],
    ['Guaidó über.json', 'json', 'Guaidó über.json'],
    [undefined, 'dna', 'upload.dna'],
  ] as const)('names the upload %j read as %s: %s', (given, format, name) => {
    expect(uploadName(given, format)).toBe(name);
  });

  it('takes the format asked for, else the one the name implies, else says to choose one', () => {
    expect(uploadFormat('gdelt', 'x.csv')).toBe('gdelt');
    expect(uploadFormat(undefined, 'x.csv')).toBe('spreadsheet');
    expect(() => uploadFormat(undefined, 'x.txt')).toThrow('Cannot tell the format from the file name "x.txt": choose one');
    expect(() => uploadFormat(undefined, undefined)).toThrow('Cannot tell the format from the file name: choose one');
  });

  it.each(['reset', 'closed'] as const)('removes the upload folder when the client goes away mid-upload (%s)', async (how) => {
    const name = `aborted-${how}-${process.pid}.yaml`;
    const error = await receiveUpload(abortedBody(how), name, 1_000_000).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, message: expect.stringContaining('The upload was cut off after') });
    const ours = [...uploadFolders()].filter((dir) => fs.existsSync(`${os.tmpdir()}/${dir}/${name}`));
    expect(ours).toEqual([]);
  });
});
