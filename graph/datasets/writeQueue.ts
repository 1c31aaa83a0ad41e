/**
 * The order in which the loader's batches are written (graph/datasets/load.ts hands them over as it cuts
 * them from the spool). One write is always in flight while the next batch is read, so Node and
 * Neo4j work at once. In a fresh load (a data set new to the graph) two batches of stances are
 * written side by side, so Neo4j uses both cores, under two rules:
 *  - a batch that writes actors, topics or sources commits before any later batch starts (later
 *    stances name them);
 *  - evidence appended to a stance created in an earlier batch (`routeStances`) waits in a
 *    buffer, in file order, and is written alone once every earlier batch has committed: when the
 *    buffer holds a batch's worth, and at the end. Deferring it keeps a few repeated stances from
 *    serialising every batch; its order among itself, and so each stance's evidence, is as in the file.
 * A load into a data set the graph already holds merges, one batch after another.
 */
import type { Driver } from 'neo4j-driver';
import { transactions } from '@/graph/db/driver';
import { emptyBatch, emptyRoute, routeStances, writeBatch, type Batch, type BatchCounts, type LoadContext, type StanceRoute } from '@/graph/datasets/writeBatch';

const { write } = transactions('load');

/** Stance batches written at once in a fresh load: two kept both cores busy (docs/benchmarks.md). */
const WRITERS = 2;

export class WriteQueue {
  private readonly inFlight = new Set<Promise<void>>();
  private appends = emptyRoute();
  private appendRows = 0;
  readonly counts: BatchCounts = { nodesCreated: 0, relationshipsCreated: 0, stancesAdded: 0, stancesUpdated: 0, stancesUnchanged: 0, stancesMerged: 0 };

  constructor(
    private readonly load: LoadContext,
    private readonly batchSize: number,
    private readonly driver?: Driver,
  ) {}

  /** Queues one batch; resolves when the next may be handed over. `onWritten` runs after its commit. */
  async submit(batch: Batch, onWritten?: () => void): Promise<void> {
    const route = routeStances(batch.stances, this.load);
    const entities = batch.actors.length + batch.topics.length + batch.sources.length > 0;
    if (!this.load.fresh) {
      await this.start(batch, route, 1, onWritten);
      return;
    }
    for (const target of ['Actor', 'Topic'] as const) {
      this.appends.appends[target].push(...route.appends[target]);
      this.appendRows += route.appends[target].length;
      route.appends[target] = [];
    }
    const done = await this.start(batch, route, WRITERS, onWritten);
    if (entities) await done;
    if (this.appendRows >= this.batchSize) await this.flushAppends();
  }

  /** Writes what is buffered and waits for every write. */
  async finish(): Promise<void> {
    await this.flushAppends();
    await Promise.all(this.inFlight);
  }

  /** Waits for every write, failed or not (after an error: no write may outlive a failed load). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.inFlight);
  }

  private async flushAppends(): Promise<void> {
    if (this.appendRows === 0) return;
    const route = this.appends;
    this.appends = emptyRoute();
    this.appendRows = 0;
    await this.start(emptyBatch(), route, 1);
  }

  /** Starts a write once fewer than `width` are in flight; returns its completion. */
  private async start(batch: Batch, route: StanceRoute, width: number, onWritten?: () => void): Promise<Promise<void>> {
    while (this.inFlight.size >= width) await Promise.race(this.inFlight);
    const done: Promise<void> = write((tx) => writeBatch(tx, batch, route, this.load), { driver: this.driver })
      .then((counts) => {
        for (const key of Object.keys(counts) as (keyof BatchCounts)[]) this.counts[key] += counts[key];
        onWritten?.();
      })
      .finally(() => this.inFlight.delete(done));
    // Handled when awaited; until then it must not count as an unhandled rejection.
    done.catch(() => undefined);
    this.inFlight.add(done);
    return done;
  }
}
