import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { ReplayAbortedError } from '#libs/eventstore';
import { Logger } from '#libs/platform';
import { Projection } from '../projection';
import { ProjectionRunner, versionLabel } from '../projection-runner';
import { HistorySource, ProjectionRebuilder, RebuildAbortedError } from './projection-rebuilder';
import { RebuildReason, RebuildRequests } from './rebuild-requests';

export interface StartPlan {
  /** Applied from their checkpoint on, as events arrive. */
  readonly live: readonly Projection[];
  /** Rebuilt beside what serves, then swapped in. */
  readonly rebuild: readonly { readonly projection: Projection; readonly reason: RebuildReason }[];
}

/**
 * What the projector does with each projection at start, from the checkpoints it finds. A
 * database without any checkpoint has never been projected: everything starts from 0 as
 * events arrive. Otherwise a projection without the checkpoint of its version is rebuilt:
 * its code changed (another version has a checkpoint), or it is new and the subscription
 * has moved on past the history it needs.
 */
export function planStart(projections: readonly Projection[], checkpoints: readonly Pick<Projection, 'name' | 'version'>[]): StartPlan {
  if (checkpoints.length === 0) return { live: projections, rebuild: [] };
  const named = new Set(checkpoints.map((checkpoint) => checkpoint.name));
  const live: Projection[] = [];
  const rebuild: { projection: Projection; reason: RebuildReason }[] = [];
  for (const projection of projections) {
    if (checkpoints.some((checkpoint) => checkpoint.name === projection.name && checkpoint.version === projection.version))
      live.push(projection);
    else rebuild.push({ projection, reason: named.has(projection.name) ? 'version-changed' : 'new-projection' });
  }
  return { live, rebuild };
}

export interface RebuildCoordinatorOptions {
  readonly pollIntervalMs: number;
  /** How long a projection whose rebuild failed waits, serving its old rows, before it is tried again. */
  readonly retryDelayMs: number;
}

// Two-key advisory locks, one per projection name: one rebuild of a projection at a time, whichever projector runs it.
const REBUILD_LOCK_CLASS = 7_301_338;

/**
 * Starts rebuilds: at start for the projections whose version changed, and whenever a
 * request is queued in `projection_rebuild_requests` (the gateway's POST, or a retry).
 * Open requests are claimed together and rebuilt in one pass over the history.
 */
export class RebuildCoordinator {
  private readonly abort = new AbortController();
  private loop?: Promise<void>;
  private readonly retryAfter = new Map<string, number>();
  private readonly heldBecause = new Map<string, RebuildReason>();
  private readonly byName: Map<string, Projection>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: ProjectionRunner,
    private readonly rebuilder: ProjectionRebuilder,
    private readonly source: () => HistorySource | undefined,
    private readonly requests: RebuildRequests,
    private readonly logger: Logger,
    private readonly options: RebuildCoordinatorOptions,
  ) {
    this.byName = new Map(runner.projections.map((p) => [p.name, p]));
  }

  /** Before the live subscription starts: holds the projections to rebuild and queues their rebuilds. */
  async prepare(): Promise<StartPlan> {
    const checkpoints: { name: string; version: number }[] = await this.dataSource.query(
      'SELECT name, version FROM projection_checkpoints',
    );
    const plan = planStart(this.runner.projections, checkpoints);
    this.runner.awaitRebuild(plan.rebuild.map((r) => r.projection.name));
    for (const { projection, reason } of plan.rebuild) {
      this.heldBecause.set(projection.name, reason);
      await this.requests.ensureOpen(projection.name, reason);
    }
    if (plan.rebuild.length > 0) {
      this.logger.info('projections to rebuild before they serve their new version', {
        projections: plan.rebuild.map((r) => ({ projection: versionLabel(r.projection), reason: r.reason })),
      });
    }
    return plan;
  }

  start(): void {
    this.loop = (async () => {
      while (!this.abort.signal.aborted) {
        try {
          await this.pollOnce();
        } catch (error) {
          this.logger.error('could not look for projection rebuilds; trying again', { error: String(error) });
        }
        await sleep(this.options.pollIntervalMs, undefined, { signal: this.abort.signal }).catch(() => undefined);
      }
    })();
  }

  async stop(): Promise<void> {
    this.abort.abort();
    await this.loop;
  }

  /** Claims the open requests this projector can serve, rebuilds them, and resolves when done. */
  async pollOnce(): Promise<void> {
    await this.requestRetries();
    const open = await this.requests.open();
    const unknown = [...new Set(open.map((r) => r.projection))].filter((name) => !this.byName.has(name));
    if (unknown.length > 0) await this.requests.failUnknown(unknown);
    const wanted = [...new Set(open.map((r) => r.projection))].filter((name) => this.byName.has(name));
    if (wanted.length === 0) return;

    const lockConnection = this.dataSource.createQueryRunner();
    await lockConnection.connect();
    const locked: string[] = [];
    try {
      for (const name of wanted) {
        const [{ acquired }] = await lockConnection.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS acquired', [
          REBUILD_LOCK_CLASS,
          name,
        ]);
        if (acquired) locked.push(name);
      }
      if (locked.length === 0) return;
      const projections = locked.map((name) => this.byName.get(name)!);
      const ids = await this.requests.claim(projections);
      if (ids.length === 0) return;
      await this.run(projections, ids);
    } finally {
      for (const name of locked)
        await lockConnection.query('SELECT pg_advisory_unlock($1, hashtext($2))', [REBUILD_LOCK_CLASS, name]).catch(() => undefined);
      await lockConnection.release();
    }
  }

  private async run(projections: readonly Projection[], ids: readonly number[]): Promise<void> {
    try {
      await this.rebuilder.rebuild(projections, this.source(), {
        signal: this.abort.signal,
        onProgress: (progress) => this.requests.progress(ids, progress.position, progress.head),
        inSwap: (manager, position) => this.requests.done(manager, ids, position),
      });
      for (const projection of projections) this.retryAfter.delete(projection.name);
    } catch (error) {
      // Stopping leaves the requests running (whatever the interrupted rebuild threw): the next start claims them again.
      if (this.abort.signal.aborted || error instanceof RebuildAbortedError || error instanceof ReplayAbortedError) return;
      this.logger.error('projection rebuild failed; the old rows keep serving', {
        projections: projections.map(versionLabel),
        error: error instanceof Error ? error.message : String(error),
      });
      await this.requests.fail(ids, error instanceof Error ? error.message : String(error));
      for (const projection of projections) this.retryAfter.set(projection.name, Date.now() + this.options.retryDelayMs);
    }
  }

  /** A projection still held for a rebuild that failed is queued again once its retry delay has passed. */
  private async requestRetries(): Promise<void> {
    for (const [name, after] of this.retryAfter) {
      if (Date.now() < after) continue;
      this.retryAfter.delete(name);
      const projection = this.byName.get(name)!;
      if (!this.runner.isAwaitingRebuild(name)) continue;
      const [swapped] = await this.dataSource.query('SELECT 1 FROM projection_checkpoints WHERE name = $1 AND version = $2', [
        projection.name,
        projection.version,
      ]);
      if (!swapped) await this.requests.ensureOpen(name, this.heldBecause.get(name) ?? 'version-changed');
    }
  }
}
