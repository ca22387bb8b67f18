import { Kafka, logLevel } from 'kafkajs';

/** What the events topic holds: every message's event id, in offset order. */
export async function readTopicEventIds(brokers: string, topic: string): Promise<string[]> {
  const kafka = new Kafka({ clientId: 'test-reader', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const [{ high }] = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const total = Number(high);
  const ids: string[] = [];
  if (total === 0) return ids;
  const consumer = kafka.consumer({ groupId: `test-reader-${Date.now()}-${Math.random()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ message }) => {
          ids.push(message.headers!['event-id']!.toString());
          if (ids.length >= total) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return ids;
}
