/**
 * Reads a seed file (JSON or YAML) and validates it against the Dataset schema. Every problem is
 * reported with its place (`stances[12].polarity`), and nothing is returned unless all is well.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { Dataset, formatIssues } from '@/graph/model/schema';

export class DatasetFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid Stance Graph data file:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * How many alias uses a YAML data file may expand (the yaml package's count, which weighs an alias of
 * a big node more): enough for a hand-written file's `*anchors`, far too few for a "billion laughs".
 */
export const YAML_MAX_ALIAS_COUNT = 100;

export const DEFAULT_DATASET = path.join(__dirname, '..', '..', 'seed', 'data', 'venezuela-2019.yaml');

/** Parses the text of a data file; `name` decides the format (.json, else YAML) and names errors. */
export function parseDataset(text: string, name: string): Dataset {
  let raw: unknown;
  if (name.toLowerCase().endsWith('.json')) {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new DatasetFileError(name, [`invalid JSON: ${(error as Error).message}`]);
    }
  } else {
    const doc = parseDocument(text, { prettyErrors: true });
    if (doc.errors.length > 0) throw new DatasetFileError(name, doc.errors.map((e) => `invalid YAML: ${e.message.split('\n')[0]}`));
    try {
      raw = doc.toJS({ maxAliasCount: YAML_MAX_ALIAS_COUNT });
    } catch (error) {
      // A "billion laughs" file (aliases of aliases) is refused by the yaml package with a ReferenceError; said plainly here.
      throw new DatasetFileError(name, [
        `invalid YAML: its aliases (*name) expand past the limit of ${YAML_MAX_ALIAS_COUNT} alias uses (${(error as Error).message}); a data file that expands that much is refused. Write the repeated values out instead of using aliases.`,
      ]);
    }
  }
  const result = Dataset.safeParse(raw);
  if (!result.success) throw new DatasetFileError(name, formatIssues(result.error.issues));
  return result.data;
}

export function readDataset(file: string = DEFAULT_DATASET): Dataset {
  let text: string;
  try {
    // The file is whatever the caller names (a seed file, a browser upload's temporary copy): not a build input to trace.
    text = fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  } catch (error) {
    throw new DatasetFileError(file, [`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
  }
  return parseDataset(text, file);
}
