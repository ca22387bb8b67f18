import { Admin, Consumer, Kafka, Producer, logLevel } from 'kafkajs';
import { StoredEvent } from '#libs/contracts';
import { Logger } from '#libs/platform';
import { BatchHandler, EventPublisher, EventSubscription } from './event-transport';
import { DEFAULT_TOPIC_METADATA_WAIT, TopicMetadataWait, fetchTopicMetadataOnceKnown } from './topic-metadata';

export function createKafka(brokers: readonly string[], clientId: string, logger: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers: [...brokers],
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 8 },
    logCreator:
      () =>
      ({ namespace, level, log }) => {
        const { message, ...extra } = log;
        const fields = { namespace, ...extra };
        if (isKafkaError(namespace, level)) logger.error(`kafka: ${message}`, fields);
        else logger.warn(`kafka: ${message}`, fields);
      },
  });
}

/**
 * Whether a line of kafkajs's log is an error of ours to report. kafkajs logs every error a
 * broker answers on a connection at the error level, also those it retries and gets past: the
 * topic that a service starting beside another finds already made, the group coordinator a
 * fresh broker has not elected yet. Those are warnings; what does fail still rejects the call
 * that awaited it, or crashes the consumer, and is reported there.
 */
export function isKafkaError(namespace: string, level: logLevel): boolean {
  return level <= logLevel.ERROR && namespace !== 'Connection';
}

/**
 * Creates the events topic if it is missing: one partition, so every consumer sees the
 * global order the store committed, and no retention limit, so the topic holds the whole
 * history and any projection can be rebuilt from offset 0.
 */
export async function ensureEventsTopic(
  kafka: Pick<Kafka, 'admin'>,
  topic: string,
  metadataWait: TopicMetadataWait = DEFAULT_TOPIC_METADATA_WAIT,
): Promise<void> {
  const admin: Admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await admin.listTopics();
    if (!existing.includes(topic)) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: [
          {
            topic,
            numPartitions: 1,
            replicationFactor: -1,
            configEntries: [
              { name: 'retention.ms', value: '-1' },
              { name: 'retention.bytes', value: '-1' },
              { name: 'cleanup.policy', value: 'delete' },
            ],
          },
        ],
      });
    }
    const metadata = await fetchTopicMetadataOnceKnown(admin, topic, metadataWait);
    if (metadata.partitions.length !== 1) {
      throw new Error(`topic ${topic} has ${metadata.partitions.length} partitions; the ledger needs exactly 1 to keep the global order`);
    }
  } finally {
    await admin.disconnect();
  }
}

/** Publishes with Kafka's idempotent producer, keyed by stream id, waiting for all in-sync replicas. */
export class KafkaEventPublisher implements EventPublisher {
  private constructor(
    private readonly producer: Producer,
    private readonly topic: string,
  ) {}

  static async connect(kafka: Kafka, topic: string): Promise<KafkaEventPublisher> {
    await ensureEventsTopic(kafka, topic);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    return new KafkaEventPublisher(producer, topic);
  }

  async publish(events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      messages: events.map((event) => ({
        key: event.streamId,
        value: JSON.stringify(event),
        headers: { 'event-id': event.eventId, 'event-type': event.type, position: String(event.position) },
      })),
    });
  }

  async close(): Promise<void> {
    await this.producer.disconnect();
  }
}

export interface KafkaSubscriptionOptions {
  readonly topic: string;
  readonly groupId: string;
}

/**
 * Consumes the events topic from the group's committed offset (from offset 0 for a new group).
 * Offsets are committed only after the handler made the batch durable, so a crash redelivers.
 */
export class KafkaEventSubscription implements EventSubscription {
  private consumer?: Consumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: KafkaSubscriptionOptions,
    private readonly logger: Logger,
  ) {}

  async start(handler: BatchHandler): Promise<void> {
    await ensureEventsTopic(this.kafka, this.options.topic);
    const consumer = this.kafka.consumer({ groupId: this.options.groupId, allowAutoTopicCreation: false });
    this.consumer = consumer;
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.logger.error('kafka consumer crashed', { error: String(payload.error), restarting: payload.restart, groupId: payload.groupId });
    });
    await consumer.connect();
    await consumer.subscribe({ topic: this.options.topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        if (!isRunning() || isStale() || batch.messages.length === 0) return;
        const events = batch.messages.map((message) => JSON.parse(message.value!.toString('utf8')) as StoredEvent);
        await handler(events);
        const last = batch.messages[batch.messages.length - 1];
        resolveOffset(last.offset);
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last.offset) + 1n).toString() }]);
        await heartbeat();
      },
    });
    this.logger.info('consuming events from kafka', { topic: this.options.topic, groupId: this.options.groupId });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
