/**
 * What every importer hands to the one write path (graph/datasets/load.ts): records of the data format
 * (graph/model/schema.ts), each with the place it came from, in batches.
 *
 * The contract, which the loader checks in its validation pass:
 * - `records()` can be called more than once and reads the file from its start each time: the
 *   loader reads it once to validate everything, and only then again to write. So nothing is
 *   written for a bad file, and a big file is never held in memory whole.
 * - Every actor, topic and source comes before the first stance that names it (or already
 *   exists in the database). Records with the same stance id are one stance: their evidence is
 *   added together.
 * - `value` is unvalidated (`unknown`): the loader parses it with the schema and names `at` and the
 *   field in any error, so importers map columns and leave checking to one place.
 */
import type { DatasetInfo } from '@/graph/model/schema';

export type ImportRecord =
  | { type: 'actor'; at: string; value: unknown }
  | { type: 'topic'; at: string; value: unknown }
  | { type: 'source'; at: string; value: unknown }
  | { type: 'stance'; at: string; value: unknown };

/** A count of records an importer passed over on purpose, with why (shown in its report). */
export interface Skipped {
  reason: string;
  count: number;
}

export interface Importer {
  /** The file, as the user named it: every error starts with it. */
  file: string;
  /** `yaml`, `json`, `spreadsheet`, `dna`, `gdelt`. */
  format: string;
  /** The data set the records belong to (from the file, or `--dataset`/`--title`). */
  dataset: DatasetInfo;
  /** A content hash of the input (file bytes and options): the loader's version of the data set. */
  version(): Promise<string>;
  /** The records in batches (a few thousand each), read afresh on every call. */
  records(): AsyncIterable<ImportRecord[]>;
  /** What the last full `records()` pass skipped, and why. */
  skipped(): Skipped[];
}

/** Options every importer understands (from `npm run seed -- <file> --dataset <id> --title <t>`). */
export interface ImportOptions {
  dataset?: string;
  title?: string;
}

/**
 * A problem in an input file that names where it is: `file: row 40001, date: must be a date
 * written YYYY-MM-DD`. Thrown by importers for format problems (missing column, 58 columns,
 * not a DNA database) and by the loader for records that fail the schema.
 */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly at: string | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    super(`${file}: ${[at, field].filter(Boolean).join(', ')}${at || field ? ': ' : ''}${problem}`);
  }
}
