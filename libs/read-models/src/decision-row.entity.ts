import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BracketsSettledV1, ReservationRecordedV1, RevisionIssuedV1, VersionAdoptedV1 } from '#libs/contracts';
import type { AmendmentDecisionPayload } from './amendment-row.entity';
import { bigintAsNumber } from './column-transformers';

export type DecisionKindColumn = 'ruling' | 'merge' | 'brackets' | 'adoption' | 'reservation' | 'correction' | 'revision';

/** A decision's payload, as its event recorded it; an adoption's (or a revision's) is without its text, which is its document version. */
export type DecisionPayload =
  AmendmentDecisionPayload | BracketsSettledV1 | Omit<VersionAdoptedV1, 'text'> | ReservationRecordedV1 | Omit<RevisionIssuedV1, 'text'>;

/** One row per decision of a chair on a document; a correction is a new row that the corrected one points to. */
@Entity({ name: 'decisions' })
export class DecisionRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'document_id' })
  documentId: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text')
  kind: DecisionKindColumn;

  @Column('text', { name: 'amendment_ids', array: true })
  amendmentIds: string[];

  /** The event's payload, as recorded; an adoption's text is left to document_versions. */
  @Column('jsonb')
  payload: DecisionPayload;

  @Column('text', { nullable: true })
  meeting: string | null;

  /** ISO 8601 date, as the chair recorded it. */
  @Column('text', { nullable: true })
  date: string | null;

  /** The actor who took the decision. */
  @Column('text', { name: 'decided_by' })
  decidedBy: string;

  /** The correction that superseded this decision, if any. */
  @Column('text', { name: 'corrected_by', nullable: true })
  correctedBy: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  @Column('bigint', { transformer: bigintAsNumber })
  position: number;
}
