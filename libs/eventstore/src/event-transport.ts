import { StoredEvent } from '#libs/contracts';

/** Carries recorded events from the write side to the read side: Kafka, or in-process. */
export interface EventPublisher {
  publish(events: readonly StoredEvent[]): Promise<void>;
  close(): Promise<void>;
}

/** Applies a batch of events; resolves only once their effect is durable. */
export type BatchHandler = (events: readonly StoredEvent[]) => Promise<void>;

/** Delivers events in global order, at least once; consumers dedupe by position. */
export interface EventSubscription {
  start(handler: BatchHandler): Promise<void>;
  stop(): Promise<void>;
}
