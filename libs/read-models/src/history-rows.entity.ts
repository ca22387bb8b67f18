import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './column-transformers';
import type { TimelineMessage } from './timeline-message';

/** What can happen in a consultation, as its history names it: one kind per event type. */
export const HISTORY_KINDS = [
  'consultation-registered',
  'phase-changed',
  'participant-admitted',
  'document-registered',
  'contribution-submitted',
  'contribution-revised',
  'contribution-withdrawn',
  'amendment-proposed',
  'amendment-co-sponsored',
  'amendment-revised',
  'amendment-withdrawn',
  'amendment-ruled',
  'amendments-merged',
  'brackets-settled',
  'version-adopted',
  'reservation-recorded',
  'decision-corrected',
  'position-explained',
  'meeting-registered',
  'provisions-read',
  'provision-statuses-recorded',
  'revision-issued',
  'silence-started',
  'silence-extended',
  'silence-broken',
  'silence-concluded',
  'input-submitted',
  'input-withdrawn',
  'language-version-added',
  'translation-tasks-opened',
  'translation-recorded',
  'adopted-version-aligned',
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Who did it, as the write side recorded the actor. */
export interface HistoryActor {
  readonly id: string;
  readonly role: string;
  readonly name?: string;
}

/** One row per event of a consultation, in the order of the log. */
@Entity({ name: 'consultation_history' })
export class ConsultationHistoryRow {
  /** The event's global position: the order of the timeline and its page key. */
  @PrimaryColumn('bigint', { transformer: bigintAsNumber })
  position: number;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  @Column('text')
  kind: HistoryKind;

  @Column('text', { name: 'actor_id' })
  actorId: string;

  @Column('jsonb')
  actor: HistoryActor;

  /** The stakeholders involved: who acted as a stakeholder, submitters, proposers, sponsors, the one admitted or reserving. */
  @Column('text', { array: true })
  stakeholders: string[];

  /** The provisions touched (and, for a section-level amendment, the section). */
  @Column('text', { array: true })
  provisions: string[];

  @Column('text', { name: 'document_id', nullable: true })
  documentId: string | null;

  /** One line a person reads, in English (for API clients that read no other). */
  @Column('text')
  summary: string;

  /** The same line as a message of the reader's catalogue: rendered in each reader's language. */
  @Column('jsonb', { nullable: true })
  message: TimelineMessage | null;

  /** The event as recorded (texts of whole documents left out), with its type and stream. */
  @Column('jsonb')
  details: object;
}

/** What the history projection remembers of each thing an event may name later. */
export type HistorySubjectKind = 'stakeholder' | 'document' | 'contribution' | 'amendment' | 'decision';

/**
 * The subjects the history speaks about (stakeholders, documents, contributions,
 * amendments, decisions), each with the consultation it belongs to and the stakeholders
 * and provisions it involves, so that a later event naming only an id is placed and
 * summarised without reading another projection's tables.
 */
@Entity({ name: 'history_subjects' })
export class HistorySubjectRow {
  @PrimaryColumn('text')
  kind: HistorySubjectKind;

  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'consultation_id', nullable: true })
  consultationId: string | null;

  @Column('text', { name: 'document_id', nullable: true })
  documentId: string | null;

  /** A stakeholder's name, a document's or contribution's symbol, an amendment's description. */
  @Column('text')
  name: string;

  @Column('text', { array: true })
  stakeholders: string[];

  @Column('text', { array: true })
  provisions: string[];

  /** What else later events need: a document's latest text, a contribution's history row, an amendment's operation. */
  @Column('jsonb')
  data: object;
}
