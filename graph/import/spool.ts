/**
 * The loader's validated records, kept on disk between its two passes (graph/datasets/load.ts). The
 * validation pass parses every record once and appends it here as one line of JSON; the write
 * pass then reads these lines back instead of reading and parsing the input a second time
 * (csv-parse, the row mapping and zod were about 60 % of an import's JavaScript time,
 * docs/benchmarks.md). Memory stays bounded: lines go to the file as they come, and are read back
 * a batch at a time. The file lives in the system's temp folder and is removed after the load.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import type { Actor, Source, Topic } from '@/graph/model/schema';
import type { StanceRow } from '@/graph/import/stanceRow';

/** One record as the write pass needs it: entities as parsed, stances as the rows the loader writes. */
export type SpooledRecord =
  | { type: 'actor'; value: Actor }
  | { type: 'topic'; value: Topic }
  | { type: 'source'; value: Source }
  | { type: 'stance'; value: StanceRow };

/** Bytes gathered before they are handed to the file stream. */
const CHUNK = 1 << 20;

export class Spool {
  private pending: string[] = [];
  private pendingBytes = 0;
  private constructor(
    readonly file: string,
    private readonly out: fs.WriteStream,
  ) {}

  static create(): Spool {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-graph-load-'));
    const file = path.join(dir, 'records.jsonl');
    // Opened here, not lazily by the stream: a load that fails before writing anything removes the
    // folder at once, and a deferred open would then fail on its own.
    return new Spool(file, fs.createWriteStream(file, { fd: fs.openSync(file, 'w'), encoding: 'utf8' }));
  }

  /** Appends a record (JSON escapes line breaks inside strings, so a record is one line). */
  push(record: SpooledRecord): void {
    const line = JSON.stringify(record);
    this.pending.push(line);
    this.pendingBytes += line.length + 1;
  }

  /** Hands what was pushed to the file, waiting when the file stream is behind. */
  async drain(force = false): Promise<void> {
    if (this.pendingBytes < CHUNK && !(force && this.pending.length > 0)) return;
    const text = `${this.pending.join('\n')}\n`;
    this.pending = [];
    this.pendingBytes = 0;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }

  /** Ends writing; the file is then complete. */
  async finish(): Promise<void> {
    await this.drain(true);
    this.out.end();
    await once(this.out, 'finish');
  }

  /** The records in the order they were pushed, a chunk of the file at a time. */
  async *records(): AsyncGenerator<SpooledRecord[]> {
    let rest = '';
    const parse = (lines: string[]) => lines.filter((line) => line !== '').map((line) => JSON.parse(line) as SpooledRecord);
    for await (const chunk of fs.createReadStream(this.file, { encoding: 'utf8', highWaterMark: CHUNK })) {
      const lines = (rest + (chunk as string)).split('\n');
      rest = lines.pop() ?? '';
      yield parse(lines);
    }
    if (rest !== '') yield parse([rest]);
  }

  /** Removes the file and its folder (also after a failed load). */
  remove(): void {
    this.out.destroy();
    fs.rmSync(path.dirname(this.file), { recursive: true, force: true });
  }
}
