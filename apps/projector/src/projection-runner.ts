import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { RecordedEvent, StoredEvent, upcast } from '#libs/contracts';
import { Logger } from '#libs/platform';
import { Projection } from './projection';

/**
 * The advisory lock every live batch holds for its transaction. A rebuild takes it to catch
 * up to the head and swap its tables in, so no live batch runs in between.
 */
export const PROJECTOR_APPLY_LOCK_KEY = 7_301_337;

/** A version of a projection as logs name it: `documents@v2`. */
export function versionLabel(projection: Pick<Projection, 'name' | 'version'>): string {
  return `${projection.name}@v${projection.version}`;
}

/**
 * The events of a delivery that move a projection forward from its checkpoint. Redelivered
 * events stand at or below the checkpoint, or twice in one batch; both are dropped.
 */
export function eventsAfter<E extends StoredEvent>(events: readonly E[], checkpoint: number): E[] {
  const fresh: E[] = [];
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
 * Applies events to one projection, in order, upcast to their current schema: those of the
 * types it handles, in one call. `midway` runs once, halfway through those.
 */
export async function applyToProjection(
  projection: Projection,
  events: readonly StoredEvent[],
  manager: EntityManager,
  midway?: (applied: number) => Promise<void>,
): Promise<void> {
  const handled = eventsHandled(projection, events);
  if (!midway) return handled.length > 0 ? projection.apply(handled, manager) : undefined;
  const half = Math.floor(handled.length / 2);
  if (half > 0) await projection.apply(handled.slice(0, half), manager);
  await midway(half);
  if (handled.length > half) await projection.apply(handled.slice(half), manager);
}

const handledTypes = new WeakMap<Projection, ReadonlySet<string>>();

/** The events of the types a projection handles, upcast to their current schema. */
export function eventsHandled(projection: Projection, events: readonly StoredEvent[]): RecordedEvent[] {
  let types = handledTypes.get(projection);
  if (!types) handledTypes.set(projection, (types = new Set(projection.handles)));
  return events.map((event) => upcast(event)).filter((event) => types.has(event.type));
}

/**
 * Applies batches of events to the projections. Each projection's checkpoint moves in the
 * same transaction as its rows, and events at or below the checkpoint are skipped, so a
 * crash mid-batch or a redelivered event neither loses nor doubles an effect.
 *
 * A projection whose new version is being rebuilt beside it is left alone (its old rows
 * keep serving) until the rebuild commits its checkpoint; from then on it is live again.
 */
export class ProjectionRunner {
  private readonly awaitingRebuild = new Set<string>();

  constructor(
    private readonly dataSource: DataSource,
    readonly projections: readonly Projection[],
    private readonly logger: Logger,
    private readonly pauseMidBatchMs = 0,
  ) {}

  /** Leaves these projections alone until a rebuild has committed the checkpoint of their current version. */
  awaitRebuild(names: Iterable<string>): void {
    for (const name of names) this.awaitingRebuild.add(name);
  }

  isAwaitingRebuild(name: string): boolean {
    return this.awaitingRebuild.has(name);
  }

  /** The lowest checkpoint of the live projections: where a subscription must resume. */
  async resumePosition(): Promise<number> {
    const live = this.projections.filter((p) => !this.awaitingRebuild.has(p.name));
    // With nothing live, any point will do: a rebuild swaps in at the head it reaches under the apply lock.
    if (live.length === 0) return headPosition(this.dataSource.manager);
    await this.createMissingCheckpoints(this.dataSource.manager, live);
    const checkpoints = await this.readCheckpoints(this.dataSource.manager, live, false);
    return Math.min(...live.map((p) => checkpoints.get(p.name) ?? 0));
  }

  async applyBatch(events: readonly StoredEvent[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [PROJECTOR_APPLY_LOCK_KEY]);
      let checkpoints = await this.readCheckpoints(manager, this.projections, true);
      const live = this.projections.filter((projection) => {
        if (!this.awaitingRebuild.has(projection.name)) return true;
        if (!checkpoints.has(projection.name)) return false;
        // The rebuild swapped this version in, under the apply lock: it is live from its checkpoint on.
        this.awaitingRebuild.delete(projection.name);
        return true;
      });
      if (live.some((p) => !checkpoints.has(p.name))) {
        await this.createMissingCheckpoints(manager, live);
        checkpoints = await this.readCheckpoints(manager, live, true);
      }
      const moved = new Map<Projection, number>();
      for (const projection of live) {
        const fresh = eventsAfter(events, checkpoints.get(projection.name) ?? 0);
        if (fresh.length === 0) continue;
        await applyToProjection(
          projection,
          fresh,
          manager,
          this.pauseMidBatchMs > 0 ? (applied) => this.pauseMidBatch(projection, applied, fresh.length) : undefined,
        );
        moved.set(projection, fresh[fresh.length - 1].position);
      }
      // Every checkpoint in one statement, in the transaction of the rows.
      if (moved.size === 0) return;
      await manager.query(
        `UPDATE projection_checkpoints c SET position = m.position, updated_at = now()
         FROM unnest($1::text[], $2::integer[], $3::bigint[]) AS m (name, version, position) WHERE c.name = m.name AND c.version = m.version`,
        [[...moved.keys()].map((p) => p.name), [...moved.keys()].map((p) => p.version), [...moved.values()]],
      );
    });
  }

  private async pauseMidBatch(projection: Projection, applied: number, batchSize: number): Promise<void> {
    this.logger.warn('fault injection: pausing in the middle of a batch', { projection: projection.name, applied, batchSize });
    await sleep(this.pauseMidBatchMs);
  }

  private async createMissingCheckpoints(manager: EntityManager, projections: readonly Projection[]): Promise<void> {
    await manager.query(
      'INSERT INTO projection_checkpoints (name, version, position) SELECT name, version, 0 FROM unnest($1::text[], $2::integer[]) AS p (name, version) ON CONFLICT (name, version) DO NOTHING',
      [projections.map((p) => p.name), projections.map((p) => p.version)],
    );
  }

  /** The positions of these projections' current versions, by name (the runner runs one version of each). */
  private async readCheckpoints(
    manager: EntityManager,
    projections: readonly Projection[],
    forUpdate: boolean,
  ): Promise<Map<string, number>> {
    const rows: { name: string; position: string }[] = await manager.query(
      `SELECT c.name, c.position FROM projection_checkpoints c JOIN unnest($1::text[], $2::integer[]) AS p (name, version) USING (name, version)${forUpdate ? ' FOR UPDATE OF c' : ''}`,
      [projections.map((p) => p.name), projections.map((p) => p.version)],
    );
    return new Map(rows.map((row) => [row.name, Number(row.position)]));
  }
}

/** The position of the last recorded event, 0 when there is none (or no event store in this database yet). */
export async function headPosition(manager: EntityManager): Promise<number> {
  const [{ exists }] = await manager.query(`SELECT to_regclass('events') IS NOT NULL AS exists`);
  if (!exists) return 0;
  const [{ head }] = await manager.query('SELECT coalesce(max(position), 0) AS head FROM events');
  return Number(head);
}
