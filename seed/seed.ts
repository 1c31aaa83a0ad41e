/**
 * `npm run seed [-- [--reset] [file]]`: validates a data file, then loads it into Neo4j.
 * A bad file is reported field by field and nothing is written.
 */
import { closeDriver } from '@/graph/driver';
import { loadDataset } from '@/graph/load';
import { DatasetFileError, DEFAULT_DATASET, readDataset } from '@/seed/readDataset';
import { describeNeo4jError } from '@/graph/errors';

async function main(args: string[]): Promise<void> {
  const reset = args.includes('--reset');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--reset');
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(', ')}. Usage: npm run seed -- [--reset] [file.yaml|file.json]`);
  const file = args.find((a) => !a.startsWith('-')) ?? DEFAULT_DATASET;
  const data = readDataset(file); // throws before anything is written
  const started = Date.now();
  const report = await loadDataset(data, { reset });
  console.log(
    `Loaded "${data.dataset.title}" (version ${report.version}) in ${Date.now() - started} ms: ` +
      `${report.actors} actors, ${report.topics} topics, ${report.sources} sources, ${report.stances} stances ` +
      `(${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships new).`,
  );
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof DatasetFileError) console.error(error.message);
    else console.error(`Seed failed: ${describeNeo4jError(error).message}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
