import { Admin, ITopicMetadata } from 'kafkajs';

/** How long to wait for a topic just created to be known to the broker that answers. */
export interface TopicMetadataWait {
  readonly timeoutMs: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_TOPIC_METADATA_WAIT: TopicMetadataWait = {
  timeoutMs: 10_000,
  initialDelayMs: 100,
  maxDelayMs: 1_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Fetches a topic's metadata, waiting while the broker answers UNKNOWN_TOPIC_OR_PARTITION.
 * CreateTopics returns once the controller has made the topic, before every broker's
 * metadata cache has it; kafkajs retries LEADER_NOT_AVAILABLE there but gives up at once on
 * an unknown topic, so a service that creates the topic and reads it back can lose the race.
 */
export async function fetchTopicMetadataOnceKnown(
  admin: Pick<Admin, 'fetchTopicMetadata'>,
  topic: string,
  wait: TopicMetadataWait = DEFAULT_TOPIC_METADATA_WAIT,
): Promise<ITopicMetadata> {
  let waitedMs = 0;
  let delayMs = wait.initialDelayMs;
  for (;;) {
    try {
      const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
      return metadata;
    } catch (error) {
      if (!isUnknownTopic(error) || waitedMs >= wait.timeoutMs) throw error;
      const sleepMs = Math.min(delayMs, wait.timeoutMs - waitedMs);
      await wait.sleep(sleepMs);
      waitedMs += sleepMs;
      delayMs = Math.min(delayMs * 2, wait.maxDelayMs);
    }
  }
}

function isUnknownTopic(error: unknown): boolean {
  return (error as { type?: unknown } | null)?.type === 'UNKNOWN_TOPIC_OR_PARTITION';
}
