/** One item's outcome in a flushed group: its own result, or its own error. */
export type Settled<Result> = { readonly ok: true; readonly value: Result } | { readonly ok: false; readonly error: unknown };

export interface GroupCommitOptions {
  /**
   * How long a submission may wait for others to join it when a flush of several items has
   * just ended (the system is busy), in ms; 0 never waits. A submission to an idle committer,
   * or after a flush of one item (a lone writer), never waits.
   */
  readonly maxWaitMs: number;
  /** The most items in one flush. */
  readonly maxBatch: number;
}

export const DEFAULT_GROUP_COMMIT: GroupCommitOptions = { maxWaitMs: 1, maxBatch: 256 };

/** What the committer has done so far, for tests and metrics. */
export interface GroupCommitCounters {
  /** Flushes that reached the store (a failed group retried item by item counts each retry too). */
  readonly flushes: number;
  readonly items: number;
  readonly largestFlush: number;
}

interface Waiting<Item, Result> {
  readonly item: Item;
  resolve(value: Result): void;
  reject(error: unknown): void;
}

/**
 * Group commit: items submitted while a flush is in flight wait for it to end and then go
 * together in the next flush, in the order they came, each settled with its own outcome. One
 * flush is in flight at a time. A submission to an idle committer is flushed at once (after
 * the I/O already delivered in this turn of the event loop, so that items arriving together
 * go together); when a flush of several items has ended less than `maxWaitMs` ago, the next
 * group waits that long for company unless it is full. When a whole flush fails (not one item's outcome: the
 * statement itself), each of its items is flushed alone, so a bad item fails by itself.
 */
export class GroupCommitter<Item, Result> {
  private queue: Waiting<Item, Result>[] = [];
  private flushing = false;
  private scheduled: NodeJS.Immediate | NodeJS.Timeout | undefined;
  private lastFlushEnded = Number.NEGATIVE_INFINITY;
  private lastFlushSize = 0;
  private counted = { flushes: 0, items: 0, largestFlush: 0 };

  constructor(
    private readonly flush: (items: readonly Item[]) => Promise<readonly Settled<Result>[]>,
    private readonly options: GroupCommitOptions = DEFAULT_GROUP_COMMIT,
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  get counters(): GroupCommitCounters {
    return { ...this.counted };
  }

  /** Items waiting for a flush (not counting those in flight). */
  get waiting(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.flushing) return;
    if (this.queue.length >= this.options.maxBatch) {
      this.cancelScheduled();
      void this.flushNext();
      return;
    }
    if (this.scheduled !== undefined) return;
    const busy = this.lastFlushSize > 1 && performance.now() - this.lastFlushEnded < this.options.maxWaitMs;
    this.scheduled = busy ? setTimeout(() => this.runScheduled(), this.options.maxWaitMs) : setImmediate(() => this.runScheduled());
  }

  private runScheduled(): void {
    this.scheduled = undefined;
    if (!this.flushing) void this.flushNext();
  }

  private cancelScheduled(): void {
    if (this.scheduled === undefined) return;
    clearTimeout(this.scheduled as NodeJS.Timeout);
    clearImmediate(this.scheduled as NodeJS.Immediate);
    this.scheduled = undefined;
  }

  private async flushNext(): Promise<void> {
    const group = this.queue.splice(0, this.options.maxBatch);
    if (group.length === 0) return;
    this.flushing = true;
    try {
      await this.flushGroup(group);
    } finally {
      this.flushing = false;
      this.lastFlushEnded = performance.now();
      this.lastFlushSize = group.length;
      // Those that came during the flight have waited already: they go at once.
      if (this.queue.length > 0) void this.flushNext();
    }
  }

  private async flushGroup(group: readonly Waiting<Item, Result>[]): Promise<void> {
    let outcomes: readonly Settled<Result>[];
    try {
      outcomes = await this.flushCounted(group.map((waiting) => waiting.item));
      if (outcomes.length !== group.length) throw new Error(`a flush of ${group.length} answered ${outcomes.length} outcomes`);
    } catch (error) {
      if (group.length === 1) group[0].reject(error);
      else for (const waiting of group) await this.flushGroup([waiting]);
      return;
    }
    outcomes.forEach((outcome, i) => (outcome.ok ? group[i].resolve(outcome.value) : group[i].reject(outcome.error)));
  }

  private flushCounted(items: readonly Item[]): Promise<readonly Settled<Result>[]> {
    this.counted = {
      flushes: this.counted.flushes + 1,
      items: this.counted.items + items.length,
      largestFlush: Math.max(this.counted.largestFlush, items.length),
    };
    return this.flush(items);
  }
}
