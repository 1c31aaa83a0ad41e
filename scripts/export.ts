/**
 * `npm run export -- --dataset <id> [--format yaml|json|csv] [--out <file>]`: writes one loaded
 * data set as a file `npm run seed` reads back (the same graph again; docs/export.md).
 * Standard output by default; with --out the file appears whole or not at all.
 */
import fs from 'node:fs';
import { closeDriver } from '@/graph/db/driver';
import { ApiError, describeNeo4jError } from '@/graph/http/errors';
import { exportDataset } from '@/graph/export/exportDataset';
import { serialiseDataset } from '@/graph/export/formats';
import { EXPORT_USAGE, ExportArgsError, parseExportArgs } from '@/scripts/exportArgs';

async function main(argv: string[]): Promise<void> {
  const args = parseExportArgs(argv);
  if ('help' in args) {
    console.log(EXPORT_USAGE);
    return;
  }
  const data = await exportDataset(args.dataset);
  const text = serialiseDataset(data, args.format);
  if (args.out === undefined) {
    process.stdout.write(text);
    return;
  }
  // Written beside the target, then renamed over it: a failure never leaves half a file.
  const partial = `${args.out}.partial-${process.pid}`;
  try {
    fs.writeFileSync(partial, text);
    fs.renameSync(partial, args.out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new ExportArgsError(`Cannot write --out ${args.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  console.error(
    `Wrote "${data.dataset.title}" to ${args.out} (${args.format}): ${data.actors.length} actors, ${data.topics.length} topics, ` +
      `${data.sources.length} sources, ${data.stances.length} stances.`,
  );
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof ExportArgsError) console.error(error.message);
    else {
      // Neo4j's errors in plain words (down, refused credentials); anything else as it was thrown.
      const described = describeNeo4jError(error);
      const plain = error instanceof ApiError || described.status !== 500 || !(error instanceof Error) ? described.message : error.message;
      console.error(`Export failed: ${plain}`);
    }
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
