import { Kafka } from 'kafkajs';
import { StoredEvent } from '#libs/contracts';

export interface TopicReplayOptions {
  readonly topic: string;
  /** A consumer group of the replay's own: it starts at offset 0, commits nothing and is deleted afterwards. */
  readonly groupId: string;
  /** How many events the handler receives at a time; fetched batches are cut or joined to this size. */
  readonly chunkSize: number;
  /** Chunks fetched ahead of the handler; fetching and parsing overlap with applying. */
  readonly chunksAhead?: number;
  readonly maxBytesPerPartition?: number;
  readonly signal?: AbortSignal;
}

/** What a replay handler answers: read on, or stop here. */
export type ReplayVerdict = 'continue' | 'stop';

export class ReplayAbortedError extends Error {
  constructor() {
    super('replay of the events topic aborted');
  }
}

const HEARTBEAT_EVERY_MS = 3000;

/**
 * Reads the events topic from offset 0, in order, handing the events to `handler` in chunks,
 * until the handler says stop or the replay reaches the end of the topic as it stood when
 * last fetched. Delivery is as the topic holds it: an event the relay published twice comes
 * twice. Resolves with the number of messages handed over.
 */
export async function replayEventsTopic(
  kafka: Kafka,
  options: TopicReplayOptions,
  handler: (events: StoredEvent[]) => Promise<ReplayVerdict>,
): Promise<number> {
  if (options.signal?.aborted) throw new ReplayAbortedError();
  const admin = kafka.admin();
  await admin.connect();
  try {
    const partitions = await admin.fetchTopicOffsets(options.topic);
    if (partitions.every((p) => BigInt(p.high) === 0n)) return 0;
    const consumer = kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      maxBytesPerPartition: options.maxBytesPerPartition ?? 8 * 1024 * 1024,
      maxBytes: 4 * (options.maxBytesPerPartition ?? 8 * 1024 * 1024),
      maxWaitTimeInMs: 250,
    });
    const chunks = new ChunkQueue(options.chunksAhead ?? 4);
    consumer.on(consumer.events.CRASH, ({ payload }) => chunks.fail(payload.error));
    const onAbort = () => chunks.fail(new ReplayAbortedError());
    options.signal?.addEventListener('abort', onAbort);
    let handed = 0;
    await consumer.connect();
    try {
      await consumer.subscribe({ topic: options.topic, fromBeginning: true });
      await consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, heartbeat, resolveOffset }) => {
          if (chunks.closed) return;
          try {
            let pending: StoredEvent[] = [];
            for (const message of batch.messages) {
              pending.push(JSON.parse(message.value!.toString('utf8')) as StoredEvent);
              if (pending.length === options.chunkSize) {
                await chunks.put(pending, heartbeat);
                pending = [];
              }
            }
            if (pending.length > 0) await chunks.put(pending, heartbeat);
            // Or the consumer fetches this batch again: nothing is committed, but the fetch moves on.
            if (batch.messages.length > 0) resolveOffset(batch.messages[batch.messages.length - 1].offset);
            if (BigInt(batch.lastOffset()) + 1n >= BigInt(batch.highWatermark)) chunks.end();
          } catch (error) {
            chunks.fail(error);
          }
          if (chunks.closed) consumer.pause([{ topic: options.topic }]);
        },
      });
      for (;;) {
        const chunk = await chunks.take();
        if (chunk === undefined) break;
        handed += chunk.length;
        if ((await handler(chunk)) === 'stop') break;
      }
    } finally {
      chunks.end();
      options.signal?.removeEventListener('abort', onAbort);
      await consumer.disconnect();
      await admin.deleteGroups([options.groupId]).catch(() => undefined);
    }
    return handed;
  } finally {
    await admin.disconnect();
  }
}

/** A bounded hand-over from the consumer's fetch loop to the handler, with backpressure. */
class ChunkQueue {
  private readonly chunks: StoredEvent[][] = [];
  private ended = false;
  private failure?: { error: unknown };
  private wakeTaker?: () => void;
  private wakePutter?: () => void;

  constructor(private readonly capacity: number) {}

  get closed(): boolean {
    return this.ended || this.failure !== undefined;
  }

  async put(chunk: StoredEvent[], heartbeat: () => Promise<void>): Promise<void> {
    while (this.chunks.length >= this.capacity && !this.closed) {
      const room = new Promise<void>((resolve) => (this.wakePutter = resolve));
      const timer = new Promise<void>((resolve) => setTimeout(resolve, HEARTBEAT_EVERY_MS).unref());
      await Promise.race([room, timer]);
      // The handler may hold a chunk longer than the session timeout; the group must not think the consumer dead.
      await heartbeat().catch(() => undefined);
    }
    if (this.closed) return;
    this.chunks.push(chunk);
    this.wakeTaker?.();
  }

  /** The next chunk; undefined once the replay ended; throws the consumer's failure. */
  async take(): Promise<StoredEvent[] | undefined> {
    for (;;) {
      if (this.failure) throw this.failure.error;
      const chunk = this.chunks.shift();
      if (chunk) {
        this.wakePutter?.();
        return chunk;
      }
      if (this.ended) return undefined;
      await new Promise<void>((resolve) => (this.wakeTaker = resolve));
    }
  }

  end(): void {
    this.ended = true;
    this.wakeTaker?.();
    this.wakePutter?.();
  }

  fail(error: unknown): void {
    this.failure ??= { error };
    this.wakeTaker?.();
    this.wakePutter?.();
  }
}
