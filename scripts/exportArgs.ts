/** The command line of `npm run export`: pure, so every bad option's message is tested (scripts/exportArgs.test.ts). */
import { ExportFormat } from '@/graph/model/exportFormats';

export const EXPORT_USAGE = 'Usage: npm run export -- --dataset <id> [--format yaml|json|csv] [--out <file>]';

export interface ExportArgs {
  dataset: string;
  format: ExportFormat;
  /** The file to write; undefined: standard output. */
  out?: string;
}

export class ExportArgsError extends Error {}

const OPTIONS = ['--dataset', '--format', '--out'] as const;
type Option = (typeof OPTIONS)[number];

/** The format a file name implies (`.json`, `.csv`, `.yaml`/`.yml`), if any. */
function formatOfFile(file: string): ExportFormat | undefined {
  const extension = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (extension === 'yml') return 'yaml';
  const parsed = ExportFormat.safeParse(extension);
  return parsed.success ? parsed.data : undefined;
}

/**
 * `--dataset <id> [--format f] [--out file]` (also `--name=value`); `help: true` for -h/--help.
 * The format defaults to the one `--out`'s extension names, else YAML.
 */
export function parseExportArgs(args: readonly string[]): ExportArgs | { help: true } {
  const given = new Map<Option, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-h' || arg === '--help') return { help: true };
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!(OPTIONS as readonly string[]).includes(name)) {
      throw new ExportArgsError(arg.startsWith('-') ? `Unknown option ${name}. ${EXPORT_USAGE}` : `Unexpected argument "${arg}": name the data set with --dataset. ${EXPORT_USAGE}`);
    }
    const value = inline ?? args[i + 1];
    if (inline === undefined) i++;
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new ExportArgsError(`${name} needs a value. ${EXPORT_USAGE}`);
    }
    if (given.has(name as Option)) throw new ExportArgsError(`${name} is given twice.`);
    given.set(name as Option, value);
  }
  const dataset = given.get('--dataset');
  if (dataset === undefined) throw new ExportArgsError(`Missing --dataset <id> (GET /api/health lists the loaded data sets). ${EXPORT_USAGE}`);
  const out = given.get('--out');
  const formatText = given.get('--format');
  let format: ExportFormat = (out === undefined ? undefined : formatOfFile(out)) ?? 'yaml';
  if (formatText !== undefined) {
    const parsed = ExportFormat.safeParse(formatText.toLowerCase());
    if (!parsed.success) throw new ExportArgsError(`--format must be yaml, json or csv (got "${formatText}").`);
    format = parsed.data;
  }
  return { dataset, format, ...(out === undefined ? {} : { out }) };
}
