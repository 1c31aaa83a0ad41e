/**
 * The version of an imported data set: a hash of the input file's bytes and the options that
 * shape its records, read as a stream so a big file is never held in memory. The same file with
 * the same options gives the same version, which is how a rerun knows it is finishing a load.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export async function fileVersion(file: string, options: object = {}): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  hash.update(JSON.stringify(options));
  return hash.digest('hex').slice(0, 16);
}
