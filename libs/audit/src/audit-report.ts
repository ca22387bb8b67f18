import { CheckpointsAudit, CheckpointsSummary } from './checkpoint-audit';
import { Divergence, compareDivergences } from './divergence';
import { KafkaAudit, KafkaSummary } from './kafka-audit';
import { StoreAudit, StoreSummary } from './store-audit';
import { AuditNote, auditNotes } from './audit-notes';

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
  /** The notes of this verification as message keys, for readers of other languages. */
  readonly noteMessages?: readonly AuditNote[];
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
  const noteMessages: AuditNote[] = [];
  if (!parts.kafka) noteMessages.push(auditNotes.kafkaNotChecked(parts.kafkaSkipped ?? 'no brokers given'));
  if (parts.checkpoints.summary.count === 0) noteMessages.push(auditNotes.noCheckpoint());
  const kafkaSummary = parts.kafka?.summary();
  if (kafkaSummary && kafkaSummary.awaitingPublication > 0)
    noteMessages.push(auditNotes.awaitingPublication(kafkaSummary.awaitingPublication));
  if (kafkaSummary && kafkaSummary.appendedDuringVerification > 0)
    noteMessages.push(auditNotes.appendedDuringVerification(kafkaSummary.appendedDuringVerification));
  const notes = [...(parts.notes ?? []), ...noteMessages.map((note) => note.text)];
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
    noteMessages,
  };
}
