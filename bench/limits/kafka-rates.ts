/**
 * The physical limits of a Kafka broker for what the ledger does to it, with bare kafkajs
 * and messages of the workload's size, on a fresh one-partition topic as the events topic is:
 *
 * - the producer: the outbox relay's settings (idempotent, acks = all, one request in
 *   flight), `batchMessages` messages per send;
 * - the consumer: a new group reading the topic from offset 0, without parsing;
 * - produce-to-consume latency at a steady rate, what is waiting sent in one send as the
 *   relay does: the least a command's event can take from the relay to the projector.
 */
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Kafka, logLevel } from 'kafkajs';
import { LatencySummary, summarizeLatencies } from '../latency';

export interface KafkaLimits {
  readonly messageBytes: number;
  readonly messages: number;
  readonly producerMessagesPerSecond: number;
  readonly consumerMessagesPerSecond: number;
  readonly latencyRatePerSecond: number;
  readonly produceToConsume: LatencySummary;
}

export function kafkaClient(brokers: readonly string[]): Kafka {
  // Quiet: a fresh broker answers "coordinator loading" for a moment, which kafkajs retries; real failures are thrown.
  return new Kafka({
    clientId: 'bench-raw-kafka',
    brokers: [...brokers],
    logLevel: logLevel.NOTHING,
    retry: { initialRetryTime: 200, retries: 8 },
  });
}

/**
 * A fresh one-partition topic, once its partition has a leader. A broker just started, or
 * a busy one, may take longer than kafkajs's own wait to elect it, so this waits itself.
 */
export async function createTopic(kafka: Kafka, topic = `bench.raw.${randomBytes(4).toString('hex')}`): Promise<string> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: false, timeout: 30_000, topics: [{ topic, numPartitions: 1, replicationFactor: -1 }] });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const led = await admin
        .fetchTopicMetadata({ topics: [topic] })
        .then(({ topics }) => topics[0]?.partitions.every((p) => p.leader >= 0) ?? false)
        .catch(() => false);
      if (led) return topic;
      if (Date.now() > deadline) throw new Error(`topic ${topic} has no leader after 60 s`);
      await sleep(250);
    }
  } finally {
    await admin.disconnect();
  }
}

export async function deleteTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteTopics({ topics });
  } catch {
    // A broker that does not allow deleting topics keeps them; they are small.
  } finally {
    await admin.disconnect();
  }
}

/** Messages per second a bare consumer reads a whole topic at, timed from joining its group. */
async function consumerRate(kafka: Kafka, topic: string, messages: number): Promise<number> {
  const consumer = kafka.consumer({
    groupId: `bench-raw-${randomBytes(3).toString('hex')}`,
    maxBytesPerPartition: 8 * 1024 * 1024,
    maxBytes: 32 * 1024 * 1024,
    maxWaitTimeInMs: 250,
  });
  let joined = 0;
  consumer.on(consumer.events.GROUP_JOIN, () => (joined = performance.now()));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  const finished = await new Promise<number>((resolve) => {
    void consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        seen += batch.messages.length;
        if (seen >= messages) resolve(performance.now());
      },
    });
  });
  await consumer.disconnect();
  return Math.round((messages * 1000) / (finished - joined));
}

/**
 * Time from a message's creation to the consumer's receipt, messages created at
 * `ratePerSecond` for `durationMs` and sent as the relay sends the outbox: whatever is
 * waiting, in one send, as soon as the previous send was acknowledged.
 */
async function produceToConsumeLatency(
  kafka: Kafka,
  topic: string,
  value: string,
  ratePerSecond: number,
  durationMs: number,
): Promise<LatencySummary> {
  const consumer = kafka.consumer({ groupId: `bench-raw-${randomBytes(3).toString('hex')}`, maxWaitTimeInMs: 100 });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await Promise.all([consumer.connect(), producer.connect()]);
  const createdAt = new Map<string, number>();
  const latencies: number[] = [];
  let joinedResolve!: () => void;
  const joined = new Promise<void>((resolve) => (joinedResolve = resolve));
  consumer.on(consumer.events.GROUP_JOIN, () => joinedResolve());
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatch: async ({ batch }) => {
      const now = performance.now();
      for (const message of batch.messages) {
        const at = createdAt.get(message.key!.toString());
        if (at !== undefined) latencies.push(now - at);
      }
    },
  });
  await joined;
  // The first fetch of a fresh group is slower than the steady state; give it a moment.
  await sleep(500);
  const started = performance.now();
  let created = 0;
  let waiting: { key: string; value: string }[] = [];
  let producing = true;
  const relay = (async () => {
    while (producing || waiting.length > 0) {
      if (waiting.length === 0) {
        await sleep(1);
        continue;
      }
      const messages = waiting;
      waiting = [];
      await producer.send({ topic, acks: -1, messages });
    }
  })();
  while (performance.now() - started < durationMs) {
    const due = Math.floor(((performance.now() - started) * ratePerSecond) / 1000);
    while (created < due) {
      const key = String(created++);
      createdAt.set(key, performance.now());
      waiting.push({ key, value });
    }
    await sleep(1);
  }
  producing = false;
  await relay;
  const deadline = performance.now() + 10_000;
  while (latencies.length < created && performance.now() < deadline) await sleep(20);
  await Promise.all([consumer.disconnect(), producer.disconnect()]);
  return summarizeLatencies(latencies);
}

/** Every Kafka limit the benchmarks compare with, on `brokers`, with messages like `value`. */
export async function measureKafkaLimits(
  brokers: readonly string[],
  value: string,
  messages: number,
  batchMessages = 500,
  latencyRatePerSecond = 500,
  latencyDurationMs = 5000,
): Promise<KafkaLimits> {
  const kafka = kafkaClient(brokers);
  const topics = [await createTopic(kafka), await createTopic(kafka)];
  try {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    const batch = Array.from({ length: batchMessages }, (_, i) => ({
      key: `document-${i % 64}`,
      value,
      headers: { 'event-type': 'AmendmentProposed', position: String(i) },
    }));
    // Warm-up: metadata, the producer id, the first segment.
    await producer.send({ topic: topics[0], acks: -1, messages: batch.slice(0, 10) });
    const started = performance.now();
    let produced = 0;
    while (produced < messages) {
      await producer.send({ topic: topics[0], acks: -1, messages: batch });
      produced += batch.length;
    }
    const producerMessagesPerSecond = Math.round((produced * 1000) / (performance.now() - started));
    await producer.disconnect();
    const consumerMessagesPerSecond = await consumerRate(kafka, topics[0], produced + 10);
    const produceToConsume = await produceToConsumeLatency(kafka, topics[1], value, latencyRatePerSecond, latencyDurationMs);
    return {
      messageBytes: Buffer.byteLength(value),
      messages: produced,
      producerMessagesPerSecond,
      consumerMessagesPerSecond,
      latencyRatePerSecond,
      produceToConsume,
    };
  } finally {
    await deleteTopics(kafka, topics);
  }
}
