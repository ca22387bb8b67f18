import { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { AuditReport, KafkaAudit, StoreAudit, auditCheckpoints, buildAuditReport, checkpointedUpTo } from '#libs/audit';
import { Logger, createLogger, logConnectionErrors } from '#libs/platform';
import { TopicMissingError, readEventsTopic } from './kafka-history';
import { defaultStoreWorkers, runParallelStorePass } from './parallel-store-pass';
import { StoreHistory, readEventsBetween } from './store-history';
import { digestStoreInOrder } from './stored-canonical';

/** Why `verifyRecordedHistory` compares no topic in the embedded default (`kafkaSkipped`). */
export const EMBEDDED_KAFKA_NOTE = 'the embedded default has no Kafka (the in-process transport keeps no copy of the history)';

export interface HistoryVerificationOptions {
  readonly databaseUrl: string;
  /** The events topic, when Kafka is to be compared; in the embedded default there is none. */
  readonly kafka?: { readonly kafka: Kafka; readonly topic: string };
  /** Why Kafka is not compared, for the report. */
  readonly kafkaSkipped?: string;
  /** SPKI PEM of the key checkpoints are verified with. */
  readonly publicKeyPem?: string;
  /** Positions per range read (without workers). */
  readonly batchSize?: number;
  /**
   * Worker threads that recompute the event hashes, each reading ranges of the same snapshot
   * through a connection of its own; 0 does it all in this thread through one cursor. One per
   * core for long histories unless given (see defaultStoreWorkers).
   */
  readonly workers?: number;
  /** Where an error of the connection outside a query goes; the audit's own logger unless given. */
  readonly logger?: Logger;
  /** Told now and then how far each pass is: positions of the store, messages of the topic (of about the head position). */
  readonly onProgress?: (pass: 'store' | 'kafka', done: number, total: number) => void;
}

/** How long the store pass and the Kafka pass took, for the logs and the benchmark. */
export interface VerificationTimings {
  readonly storeMs: number;
  readonly kafkaMs?: number;
}

/**
 * Recomputes the history from the event store (one snapshot, read in ranges of positions) and,
 * when given, from the events topic (from offset 0, with a group of its own), compares
 * them with each other and with the signed checkpoints, and reports the first divergence.
 */
export async function verifyRecordedHistory(options: HistoryVerificationOptions): Promise<AuditReport & { timings: VerificationTimings }> {
  const client = logConnectionErrors(
    new Client({ connectionString: options.databaseUrl, application_name: 'ledger-audit-verify' }),
    options.logger ?? createLogger('audit'),
    'ledger-audit-verify',
  );
  await client.connect();
  try {
    const storeStarted = performance.now();
    const snapshot = await StoreHistory.open(client);
    const checkpoints = await snapshot.checkpoints();
    const pendingFrom = await snapshot.pendingFrom();
    const store = new StoreAudit();
    const headPosition = await snapshot.headPosition();
    const workers = options.workers ?? defaultStoreWorkers(headPosition);
    const onProgress = options.onProgress ?? (() => undefined);
    if (workers > 0) {
      await runParallelStorePass(store, {
        databaseUrl: options.databaseUrl,
        snapshot: await snapshot.exportSnapshot(),
        headPosition,
        workers,
        onRangeJoined: (upTo) => onProgress('store', upTo, headPosition),
      });
    } else {
      await digestStoreInOrder(client, headPosition, options.batchSize ?? 8192, (range) => {
        store.addRange(range);
        onProgress('store', store.headPosition, headPosition);
      });
    }
    await snapshot.close();
    const storeMs = performance.now() - storeStarted;

    let kafka: KafkaAudit | undefined;
    let kafkaMs: number | undefined;
    const notes: string[] = [];
    if (options.kafka) {
      const kafkaStarted = performance.now();
      const audit = new KafkaAudit(store, { rootsAt: checkpoints.map((c) => c.treeSize) });
      try {
        let messages = 0;
        await readEventsTopic(options.kafka.kafka, options.kafka.topic, (message, offset) => {
          audit.add(message, offset);
          onProgress('kafka', ++messages, headPosition);
        });
      } catch (error) {
        // A topic that is gone holds nothing: every event published to it is missing from Kafka, and reported so.
        if (!(error instanceof TopicMissingError)) throw error;
        notes.push(`The events topic ${options.kafka.topic} does not exist.`);
      }
      // Events on the topic beyond the snapshot may have been appended since: the store is asked again for them.
      const beyond = audit.beyondStoreHead;
      const laterStoreEvents = beyond.length > 0 ? await readEventsBetween(client, store.headPosition, beyond[beyond.length - 1]) : [];
      audit.finish({ pendingFrom, laterStoreEvents, checkpointedUpTo: checkpointedUpTo(checkpoints, options.publicKeyPem) });
      kafka = audit;
      kafkaMs = performance.now() - kafkaStarted;
    }
    const report = buildAuditReport({
      store,
      kafka,
      kafkaSkipped: options.kafkaSkipped,
      checkpoints: auditCheckpoints(checkpoints, store, options.publicKeyPem, kafka),
      notes,
    });
    return { ...report, timings: { storeMs: Math.round(storeMs), ...(kafkaMs === undefined ? {} : { kafkaMs: Math.round(kafkaMs) }) } };
  } finally {
    await client.end();
  }
}
