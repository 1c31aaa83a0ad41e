/**
 * Picks the importer for a file: `.yaml`/`.yml`/`.json` the data format, `.csv`/`.tsv` a
 * spreadsheet, `.dna` a Discourse Network Analyzer database, `*.export.CSV` (or `--format gdelt`)
 * a GDELT 2.0 events export. Each maps its format into records of the data format, and the one
 * write path (graph/datasets/load.ts `loadImport`) does the rest.
 */
import { datasetFileImporter } from '@/graph/import/datasetFile';
import { dnaImporter } from '@/graph/import/dna';
import { gdeltImporter } from '@/graph/import/gdelt';
import { FORMATS, formatOf, type Format } from '@/graph/model/importFormats';
import { spreadsheetImporter } from '@/graph/import/spreadsheet';
import { ImportError, type Importer, type ImportOptions } from '@/graph/import/types';

export { FORMATS, formatOf, type Format } from '@/graph/model/importFormats';

export interface ImporterOptions extends ImportOptions {
  format?: Format;
  /** Spreadsheets: a second file with the actor and topic rows. */
  actors?: string;
  /** DNA: take the actor from the `person` variable instead of `organization`. */
  actorVariable?: 'organization' | 'person';
  /** GDELT: event records kept as evidence per stance. */
  maxUrls?: number;
  /** Spreadsheets: the kind of actors a row names without one (else they must exist already). */
  defaultKind?: string;
}

export async function importerFor(file: string, options: ImporterOptions = {}): Promise<Importer> {
  const { format: given, actors, actorVariable, maxUrls, defaultKind, ...named } = options;
  const format = given ?? formatOf(file);
  switch (format) {
    case 'yaml':
    case 'json':
      return datasetFileImporter(file, named);
    case 'spreadsheet':
      return spreadsheetImporter(file, { ...named, ...(actors ? { actors } : {}), ...(defaultKind ? { defaultKind } : {}) });
    case 'dna':
      return dnaImporter(file, { ...named, ...(actorVariable ? { actorVariable } : {}) });
    case 'gdelt':
      return gdeltImporter(file, { ...named, ...(maxUrls ? { maxUrls } : {}) });
    case null:
      throw new ImportError(file, null, null, `cannot tell the format from the file name: use .yaml, .json, .csv, .tsv, .dna or *.export.CSV, or say --format ${FORMATS.join('|')}`);
  }
}
