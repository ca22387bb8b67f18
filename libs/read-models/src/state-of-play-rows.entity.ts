import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProvisionStatus } from '#libs/contracts';
import { bigintAsNumber } from './column-transformers';

/** A provision's latest status on a document, as the chair last recorded it; provisions without a row are pending. */
@Entity({ name: 'state_of_play_provisions' })
export class StateOfPlayProvisionRow {
  @PrimaryColumn('uuid', { name: 'document_id' })
  documentId: string;

  @PrimaryColumn('text', { name: 'provision_id' })
  provisionId: string;

  @Column('text')
  status: ProvisionStatus;

  /** The status before the round that set this one ('pending' when none). */
  @Column('text', { name: 'previous_status' })
  previousStatus: ProvisionStatus;

  /** The round that set it. */
  @Column('integer')
  round: number;

  @Column('integer', { name: 'version_number' })
  versionNumber: number;

  @Column('text', { nullable: true })
  note: string | null;
}

/** One round of statuses recorded on a document, with the meeting it was recorded at. */
@Entity({ name: 'state_of_play_rounds' })
export class StateOfPlayRoundRow {
  @PrimaryColumn('uuid', { name: 'document_id' })
  documentId: string;

  @PrimaryColumn('integer')
  round: number;

  @Column('text', { name: 'decision_id' })
  decisionId: string;

  @Column('integer', { name: 'version_number' })
  versionNumber: number;

  @Column('text', { name: 'meeting_id', nullable: true })
  meetingId: string | null;

  /** The meeting's name as displayed. */
  @Column('text', { nullable: true })
  meeting: string | null;

  @Column('text', { nullable: true })
  date: string | null;

  /** The statuses recorded in the round, as recorded. */
  @Column('jsonb')
  statuses: { provisionId: string; status: ProvisionStatus; note?: string }[];

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  @Column('bigint', { name: 'position', transformer: bigintAsNumber })
  position: number;
}
