/**
 * When the read models show an event: the projector moves each projection's checkpoint in
 * the same transaction as its rows, so once the lowest checkpoint reaches an event's global
 * position, every read model shows it. This watches that checkpoint with one connection.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

interface Waiter {
  readonly position: number;
  readonly resolve: (visibleAt: number) => void;
}

export class ProjectionWatch {
  private waiters: Waiter[] = [];
  private running = false;
  private loop?: Promise<void>;
  private lastCheckpoint = 0;

  private constructor(
    private readonly client: Client,
    private readonly pollIntervalMs: number,
  ) {}

  static async connect(databaseUrl: string, pollIntervalMs = 5): Promise<ProjectionWatch> {
    const client = new Client({ connectionString: databaseUrl, application_name: 'bench-projection-watch' });
    await client.connect();
    return new ProjectionWatch(client, pollIntervalMs);
  }

  /** The lowest checkpoint of the projections (0 before the projector made them). */
  async checkpoint(): Promise<number> {
    const { rows } = await this.client.query('SELECT coalesce(min(position), 0)::bigint AS position FROM projection_checkpoints');
    return Number(rows[0].position);
  }

  /** The global position of the last recorded event. */
  async headPosition(): Promise<number> {
    const { rows } = await this.client.query('SELECT coalesce(max(position), 0)::bigint AS position FROM events');
    return Number(rows[0].position);
  }

  /** How many transactions wrote the events after a position (their xmin): with group commit, fewer than the commands. */
  async transactionsAfter(position: number): Promise<number> {
    const { rows } = await this.client.query('SELECT count(DISTINCT xmin::text)::int AS n FROM events WHERE position > $1', [position]);
    return Number(rows[0].n);
  }

  /** The mean size of the recorded events of a type, payload and metadata as JSON text. */
  async meanEventBytes(type: string): Promise<number> {
    const { rows } = await this.client.query(
      'SELECT round(avg(octet_length(payload::text) + octet_length(metadata::text)))::int AS bytes FROM events WHERE type = $1',
      [type],
    );
    return Number(rows[0].bytes);
  }

  /** Starts polling; `visibleAt` promises resolve with performance.now() of the poll that saw the checkpoint pass. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const checkpoint = await this.checkpoint();
        const now = performance.now();
        this.lastCheckpoint = checkpoint;
        if (this.waiters.length > 0) {
          const pending: Waiter[] = [];
          for (const waiter of this.waiters) {
            if (waiter.position <= checkpoint) waiter.resolve(now);
            else pending.push(waiter);
          }
          this.waiters = pending;
        }
        await sleep(this.pollIntervalMs);
      }
    })();
  }

  /** When the read models show the event at `position` (resolved at once if they already do). */
  visibleAt(position: number): Promise<number> {
    if (position <= this.lastCheckpoint) return Promise.resolve(performance.now());
    return new Promise((resolve) => this.waiters.push({ position, resolve }));
  }

  /** Waits until the read models caught up with `position`, or fails after `timeoutMs`. */
  async waitFor(position: number, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.checkpoint()) < position) {
      if (Date.now() > deadline)
        throw new Error(`the projections did not reach position ${position} in ${timeoutMs} ms (at ${await this.checkpoint()})`);
      await sleep(50);
    }
  }

  /** Stops polling (waiters left unresolved stay so); `start` resumes. */
  async pause(): Promise<void> {
    this.running = false;
    await this.loop?.catch(() => undefined);
    this.loop = undefined;
  }

  async close(): Promise<void> {
    await this.pause();
    await this.client.end();
  }
}
