import { Admin, ITopicMetadata, KafkaJSProtocolError } from 'kafkajs';
import { ensureEventsTopic } from './kafka-transport';
import { TopicMetadataWait } from './topic-metadata';

const TOPIC = 'ledger.events';

function brokerError(type: string, code: number): KafkaJSProtocolError {
  return new KafkaJSProtocolError(Object.assign(new Error(`broker answered ${type}`), { type, code, retriable: true }));
}

const unknownTopic = () => brokerError('UNKNOWN_TOPIC_OR_PARTITION', 3);

/** An admin client whose broker has just created the topic: metadata answers follow the script. */
function adminAfterCreateTopics(answers: Array<ITopicMetadata | Error>) {
  const calls = { createTopics: 0, fetchTopicMetadata: 0, disconnect: 0 };
  const admin = {
    connect: async () => undefined,
    disconnect: async () => void calls.disconnect++,
    listTopics: async () => [],
    createTopics: async () => {
      calls.createTopics++;
      return true;
    },
    fetchTopicMetadata: async () => {
      const answer = answers[Math.min(calls.fetchTopicMetadata++, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      return { topics: [answer] };
    },
  };
  return { kafka: { admin: () => admin as unknown as Admin }, calls };
}

function recordedWait(): TopicMetadataWait & { slept: number[] } {
  const slept: number[] = [];
  return { timeoutMs: 10_000, initialDelayMs: 100, maxDelayMs: 1_000, sleep: async (ms) => void slept.push(ms), slept };
}

const onePartition: ITopicMetadata = {
  name: TOPIC,
  partitions: [{ partitionId: 0, leader: 1, replicas: [1], isr: [1], partitionErrorCode: 0 }],
};

describe('the events topic at start-up, while the broker learns of the topic it just created', () => {
  it('waits with backoff while the broker answers UNKNOWN_TOPIC_OR_PARTITION, then checks the partitions', async () => {
    const { kafka, calls } = adminAfterCreateTopics([unknownTopic(), unknownTopic(), unknownTopic(), onePartition]);
    const wait = recordedWait();

    await expect(ensureEventsTopic(kafka, TOPIC, wait)).resolves.toBeUndefined();

    expect(calls.createTopics).toBe(1);
    expect(calls.fetchTopicMetadata).toBe(4);
    expect(wait.slept).toEqual([100, 200, 400]);
    expect(calls.disconnect).toBe(1);
  });

  it('gives up after the bounded wait with the broker error, and still disconnects', async () => {
    const { kafka, calls } = adminAfterCreateTopics([unknownTopic()]);
    const wait = recordedWait();

    await expect(ensureEventsTopic(kafka, TOPIC, wait)).rejects.toMatchObject({ type: 'UNKNOWN_TOPIC_OR_PARTITION' });

    expect(wait.slept.reduce((sum, ms) => sum + ms, 0)).toBe(10_000);
    expect(Math.max(...wait.slept)).toBe(1_000);
    expect(calls.disconnect).toBe(1);
  });

  it('does not wait on other broker errors', async () => {
    const { kafka, calls } = adminAfterCreateTopics([brokerError('TOPIC_AUTHORIZATION_FAILED', 29)]);
    const wait = recordedWait();

    await expect(ensureEventsTopic(kafka, TOPIC, wait)).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });

    expect(calls.fetchTopicMetadata).toBe(1);
    expect(wait.slept).toEqual([]);
  });

  it('still refuses a topic of more than one partition once it is known', async () => {
    const twoPartitions = { ...onePartition, partitions: [...onePartition.partitions, { ...onePartition.partitions[0], partitionId: 1 }] };
    const { kafka } = adminAfterCreateTopics([unknownTopic(), twoPartitions]);

    await expect(ensureEventsTopic(kafka, TOPIC, recordedWait())).rejects.toThrow(/has 2 partitions/);
  });
});
