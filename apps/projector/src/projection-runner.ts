import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { RecordedEvent, upcast } from '#libs/contracts';
import { Logger } from '#libs/platform';
import { Projection } from './projection';

/**
 * The events of a delivery that move a projection forward from its checkpoint. Redelivered
 * events stand at or below the checkpoint, or twice in one batch; both are dropped.
 */
export function eventsAfter(events: readonly RecordedEvent[], checkpoint: number): RecordedEvent[] {
  const fresh: RecordedEvent[] = [];
  let last = checkpoint;
  for (const event of events) {
    if (event.position > last) {
      fresh.push(event);
      last = event.position;
    }
  }
  return fresh;
}

/**
 * Applies batches of events to the projections. Each projection's checkpoint moves in the
 * same transaction as its rows, and events at or below the checkpoint are skipped, so a
 * crash mid-batch or a redelivered event neither loses nor doubles an effect.
 */
export class ProjectionRunner {
  constructor(
    private readonly dataSource: DataSource,
    private readonly projections: readonly Projection[],
    private readonly logger: Logger,
    private readonly pauseMidBatchMs = 0,
  ) {}

  /** The lowest checkpoint of all projections: where a subscription must resume. */
  async resumePosition(): Promise<number> {
    const checkpoints = await Promise.all(this.projections.map((p) => this.checkpoint(this.dataSource.manager, p)));
    return Math.min(...checkpoints);
  }

  async applyBatch(events: readonly RecordedEvent[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const projection of this.projections) {
        const fresh = eventsAfter(events, await this.checkpoint(manager, projection, true));
        if (fresh.length === 0) continue;
        for (let i = 0; i < fresh.length; i++) {
          if (this.pauseMidBatchMs > 0 && i === Math.floor(fresh.length / 2)) {
            this.logger.warn('fault injection: pausing in the middle of a batch', {
              projection: projection.name,
              applied: i,
              batchSize: fresh.length,
            });
            await sleep(this.pauseMidBatchMs);
          }
          await projection.apply(upcast(fresh[i]), manager);
        }
        await manager.query(
          'UPDATE projection_checkpoints SET position = $2, updated_at = now() WHERE projection = $1',
          [this.checkpointKey(projection), fresh[fresh.length - 1].position],
        );
      }
    });
  }

  private async checkpoint(manager: EntityManager, projection: Projection, forUpdate = false): Promise<number> {
    const key = this.checkpointKey(projection);
    await manager.query(
      'INSERT INTO projection_checkpoints (projection, position) VALUES ($1, 0) ON CONFLICT (projection) DO NOTHING',
      [key],
    );
    const [row] = await manager.query(
      `SELECT position FROM projection_checkpoints WHERE projection = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [key],
    );
    return Number(row.position);
  }

  private checkpointKey(projection: Projection): string {
    return `${projection.name}@v${projection.version}`;
  }
}
