/**
 * `npm run seed -- [file] [options]`: validates a data file of any supported format, then loads
 * it as one data set beside the others; `--remove <id>` removes one, `--reset` empties the graph.
 * A bad file is reported with its place (file, row or record, field) and nothing is written.
 */
import { SingleBar, Presets } from 'cli-progress';
import { closeDriver } from '@/graph/db/driver';
import { removeDataset } from '@/graph/datasets/cleanup';
import { ApiError, describeNeo4jError } from '@/graph/http/errors';
import { FORMATS, importerFor, type Format, type ImporterOptions } from '@/graph/import';
import { ImportError } from '@/graph/import/types';
import { loadImport, type LoadReport } from '@/graph/datasets/load';
import { DatasetFileError, DEFAULT_DATASET } from '@/graph/import/readDataset';

export const USAGE = `Usage:
  npm run seed -- [file] [--dataset <id>] [--title <title>] [--format ${FORMATS.join('|')}] [--actors <file>] [--default-kind <kind>] [--person] [--max-urls <n>] [--reset]
  npm run seed -- --remove <dataset-id>`;

/** A command line the script cannot use: printed with the usage, no stack trace. */
export class UsageError extends Error {}

const VALUE_OPTIONS = ['--dataset', '--title', '--format', '--actors', '--default-kind', '--max-urls', '--remove'] as const;
const FLAGS = ['--reset', '--person'] as const;

export interface SeedArgs {
  file: string;
  reset: boolean;
  remove?: string;
  importer: ImporterOptions;
}

/** Reads the command line; throws with the usage on anything it does not know. */
export function parseSeedArgs(args: readonly string[]): SeedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if ((VALUE_OPTIONS as readonly string[]).includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value.\n${USAGE}`);
      values.set(arg, value);
    } else if ((FLAGS as readonly string[]).includes(arg)) flags.add(arg);
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}.\n${USAGE}`);
    else files.push(arg);
  }
  if (files.length > 1) throw new UsageError(`One file at a time (got ${files.join(', ')}).\n${USAGE}`);
  const format = values.get('--format');
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}").`);
  const remove = values.get('--remove');
  if (remove !== undefined && (files.length > 0 || flags.size > 0)) throw new UsageError(`--remove takes a data set id and nothing else.\n${USAGE}`);
  const importer: ImporterOptions = {};
  if (values.has('--dataset')) importer.dataset = values.get('--dataset');
  if (values.has('--title')) importer.title = values.get('--title');
  if (format) importer.format = format as Format;
  if (values.has('--actors')) importer.actors = values.get('--actors');
  if (flags.has('--person')) importer.actorVariable = 'person';
  if (values.has('--default-kind')) importer.defaultKind = values.get('--default-kind');
  const maxUrls = values.get('--max-urls');
  if (maxUrls !== undefined) {
    if (!/^[1-9]\d*$/.test(maxUrls)) throw new UsageError(`--max-urls must be a whole number of 1 or more (got "${maxUrls}").`);
    importer.maxUrls = Number(maxUrls);
  }
  return { file: files[0] ?? DEFAULT_DATASET, reset: flags.has('--reset'), ...(remove ? { remove } : {}), importer };
}

/** The report as a user reads it: what was added, updated, skipped, and what to look at. */
export function describeReport(report: LoadReport, title: string, ms: number): string {
  const lines = [
    `Loaded "${title}" (data set ${report.dataset}, ${report.format}, version ${report.version}) in ${(ms / 1000).toFixed(1)} s: ` +
      `${report.actors} actors, ${report.topics} topics, ${report.sources} sources, ${report.stances} stances.`,
    `Stances: ${report.stancesAdded} added, ${report.stancesUpdated} updated, ${report.stancesUnchanged} unchanged` +
      (report.stancesMerged ? `, ${report.stancesMerged} rows merged into stances met earlier` : '') +
      (report.stancesRemoved ? `, ${report.stancesRemoved} no longer in the data removed` : '') + '.',
  ];
  for (const s of report.skipped) lines.push(`Skipped ${s.count}: ${s.reason}.`);
  for (const w of report.warnings) lines.push(`Note: ${w}.`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const args = parseSeedArgs(argv);
  if (args.remove) {
    const removed = await removeDataset(args.remove);
    console.log(`Removed data set ${removed.dataset}: ${removed.stances} stances, and ${removed.nodesDeleted} actors, topics and sources no other data set uses.`);
    return;
  }
  const importer = await importerFor(args.file, args.importer); // reading a bad file throws here or in validation, before any write
  const bar = process.stdout.isTTY ? new SingleBar({ format: 'Writing {bar} {percentage}% | {value}/{total} records', hideCursor: true }, Presets.shades_classic) : null;
  const started = Date.now();
  const report = await loadImport(importer, {
    reset: args.reset,
    onProgress: (written, total) => {
      if (bar && !bar.isActive) bar.start(total, 0);
      bar?.update(written);
    },
  });
  bar?.stop();
  console.log(describeReport(report, importer.dataset.title, Date.now() - started));
}

if (require.main === module) {
  main(process.argv.slice(2))
    .catch((error: unknown) => {
      if (error instanceof DatasetFileError || error instanceof ImportError || error instanceof UsageError || error instanceof ApiError) console.error(error.message);
      else console.error(`Seed failed: ${describeNeo4jError(error).message}`);
      process.exitCode = 1;
    })
    .finally(() => closeDriver());
}
