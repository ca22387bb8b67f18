/**
 * Verification of a recorded history, as pure computation over what the sources hold: the
 * event store's rows (with the hashes recorded beside them), the Kafka topic's messages,
 * and the signed checkpoints. The callers read the sources (a database cursor, a consumer,
 * a file of an audit bundle) and feed them in; nothing here does I/O.
 *
 *   const store = new StoreAudit();
 *   for (const row of storeRowsInPositionOrder) store.add(row);
 *   const kafka = new KafkaAudit(store);
 *   for (const message of topicInOffsetOrder) kafka.add(message, offset);
 *   kafka.finish({ pendingFrom });
 *   const checkpoints = auditCheckpoints(signedCheckpoints, store, publicKey, kafka);
 *   const report = buildAuditReport({ store, kafka, checkpoints });
 *
 * or, for histories held in memory, `verifyHistory({ events, kafka, checkpoints, publicKey })`.
 *
 * Each pass is a module of its own: store-audit.ts, kafka-audit.ts, checkpoint-audit.ts and
 * audit-report.ts, over the findings of divergence.ts; this one puts them together.
 */
import { KeyInput } from './checkpoint';
import { AuditReport, buildAuditReport } from './audit-report';
import { StoredCheckpoint, auditCheckpoints, checkpointedUpTo } from './checkpoint-audit';
import { HashedEvent } from './hashed-event';
import { KafkaAudit } from './kafka-audit';
import { StoreAudit } from './store-audit';

export type { HashedEvent, RecordedDigests } from './hashed-event';
export type { Divergence, DivergenceKind, DivergenceSource } from './divergence';
export { compareDivergences } from './divergence';
export type { StoreAuditOptions, StoreSummary } from './store-audit';
export { StoreAudit } from './store-audit';
export type { KafkaAuditOptions, KafkaSummary } from './kafka-audit';
export { KafkaAudit } from './kafka-audit';
export type { CheckpointFinding, CheckpointsAudit, CheckpointsSummary, StoredCheckpoint } from './checkpoint-audit';
export { auditCheckpoints, checkpointedUpTo } from './checkpoint-audit';
export type { AuditReport, AuditReportParts } from './audit-report';
export { buildAuditReport } from './audit-report';

export interface VerifyHistoryInput {
  /** The store's events, in position order, with their recorded hashes. */
  readonly events: Iterable<HashedEvent>;
  /** The topic's messages in offset order, when Kafka is to be checked. */
  readonly kafka?: Iterable<HashedEvent>;
  readonly checkpoints?: readonly StoredCheckpoint[];
  readonly publicKey?: KeyInput;
  /** The first position still in the outbox when the events were read. */
  readonly pendingFrom?: number;
}

/** Verifies a history held in memory (an audit bundle, a test): every pass, one report. */
export function verifyHistory(input: VerifyHistoryInput): AuditReport {
  const store = new StoreAudit();
  for (const event of input.events) store.add(event);
  const checkpoints = input.checkpoints ?? [];
  let kafka: KafkaAudit | undefined;
  if (input.kafka) {
    kafka = new KafkaAudit(store, { rootsAt: checkpoints.map((c) => c.treeSize) });
    let offset = 0;
    for (const message of input.kafka) kafka.add(message, String(offset++));
    kafka.finish({ pendingFrom: input.pendingFrom, checkpointedUpTo: checkpointedUpTo(checkpoints, input.publicKey) });
  }
  return buildAuditReport({
    store,
    kafka,
    kafkaSkipped: input.kafka ? undefined : 'no topic given',
    checkpoints: auditCheckpoints(checkpoints, store, input.publicKey, kafka),
  });
}
