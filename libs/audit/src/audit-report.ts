import { CheckpointsAudit, CheckpointsSummary } from './checkpoint-audit';
import { Divergence, compareDivergences } from './divergence';
import { KafkaAudit, KafkaSummary } from './kafka-audit';
import { StoreAudit, StoreSummary } from './store-audit';

export interface AuditReport {
  /** True when no divergence was found. */
  readonly ok: boolean;
  readonly verifiedAt: string;
  readonly store: StoreSummary;
  readonly kafka: KafkaSummary | { readonly checked: false; readonly reason: string };
  readonly checkpoints: CheckpointsSummary;
  /** The earliest divergence by position: where the history stops being the one recorded. */
  readonly firstDivergence?: Divergence;
  /** Every divergence kept, earliest first. */
  readonly divergences: readonly Divergence[];
  /** All divergences found, including any not kept. */
  readonly divergenceCount: number;
  readonly notes: readonly string[];
}

export interface AuditReportParts {
  readonly store: StoreAudit;
  readonly kafka?: KafkaAudit;
  /** Why Kafka was not read, when it was not. */
  readonly kafkaSkipped?: string;
  readonly checkpoints: CheckpointsAudit;
  readonly verifiedAt?: string;
  readonly notes?: readonly string[];
}

/** Puts the findings of the passes together, earliest divergence first. */
export function buildAuditReport(parts: AuditReportParts): AuditReport {
  const divergences = [...parts.store.divergences, ...(parts.kafka?.divergences ?? []), ...parts.checkpoints.divergences]
    .map((d) =>
      d.eventId === undefined && d.position !== undefined && parts.kafka?.eventIdAt(d.position)
        ? { ...d, eventId: parts.kafka.eventIdAt(d.position) }
        : d,
    )
    .sort(compareDivergences);
  const divergenceCount = parts.store.divergenceCount + (parts.kafka?.divergenceCount ?? 0) + parts.checkpoints.divergences.length;
  const notes = [...(parts.notes ?? [])];
  if (!parts.kafka) notes.push(`Kafka was not checked: ${parts.kafkaSkipped ?? 'no brokers given'}; the store and the checkpoints were.`);
  if (parts.checkpoints.summary.count === 0)
    notes.push('There is no checkpoint yet: the history is checked against itself (and Kafka), not against a signed head.');
  const kafkaSummary = parts.kafka?.summary();
  if (kafkaSummary && kafkaSummary.awaitingPublication > 0) {
    notes.push(`${kafkaSummary.awaitingPublication} event(s) at the store's head are still in the outbox, not yet on the topic.`);
  }
  if (kafkaSummary && kafkaSummary.appendedDuringVerification > 0) {
    notes.push(
      `${kafkaSummary.appendedDuringVerification} event(s) were appended while the verification ran; they were compared but are not in the recomputed tree.`,
    );
  }
  return {
    ok: divergenceCount === 0,
    verifiedAt: parts.verifiedAt ?? new Date().toISOString(),
    store: parts.store.summary(),
    kafka: kafkaSummary ?? { checked: false, reason: parts.kafkaSkipped ?? 'no brokers given' },
    checkpoints: parts.checkpoints.summary,
    firstDivergence: divergences[0],
    divergences,
    divergenceCount,
    notes,
  };
}
