import { randomBytes } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { HashedEvent } from '#libs/audit';

/** A message of the events topic as the audit reads it: the event it carries, or why it carries none. */
export type TopicMessage = HashedEvent | { readonly malformed: string };

export class TopicMissingError extends Error {
  constructor(readonly topic: string) {
    super(`the events topic ${topic} does not exist`);
  }
}

function parseMessage(value: Buffer | null): TopicMessage {
  if (value === null) return { malformed: 'it has no value' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString('utf8'));
  } catch {
    return { malformed: 'its value is not JSON' };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { malformed: 'its value is not a JSON object' };
  return parsed as HashedEvent;
}

/**
 * Reads the events topic from offset 0 to the end it had when the read began, with a
 * consumer group of its own that starts from the beginning, commits nothing and is deleted
 * afterwards. Every message is handed over in offset order, redeliveries included.
 */
export async function readEventsTopic(
  kafka: Kafka,
  topic: string,
  onMessage: (message: TopicMessage, offset: string) => void,
): Promise<{ messages: number }> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `ledger-audit-${Date.now()}-${randomBytes(4).toString('hex')}`;
  try {
    if (!(await admin.listTopics()).includes(topic)) throw new TopicMissingError(topic);
    const ends = new Map<number, bigint>();
    for (const partition of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(partition.high) > BigInt(partition.low)) ends.set(partition.partition, BigInt(partition.high));
    }
    if (ends.size === 0) return { messages: 0 };
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      maxBytesPerPartition: 8 * 1024 * 1024,
      maxWaitTimeInMs: 250,
    });
    let messages = 0;
    await consumer.connect();
    try {
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
        consumer
          .run({
            autoCommit: false,
            eachBatchAutoResolve: false,
            eachBatch: async ({ batch, heartbeat, isRunning }) => {
              const end = ends.get(batch.partition);
              if (end === undefined || !isRunning()) return;
              for (const message of batch.messages) {
                if (BigInt(message.offset) >= end) break;
                onMessage(parseMessage(message.value), message.offset);
                messages++;
              }
              if (batch.messages.length > 0 && BigInt(batch.lastOffset()) + 1n >= end) {
                ends.delete(batch.partition);
                consumer.pause([{ topic, partitions: [batch.partition] }]);
              }
              await heartbeat();
              if (ends.size === 0) resolve();
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
    return { messages };
  } finally {
    await admin.disconnect();
  }
}
