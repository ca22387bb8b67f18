import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './column-transformers';

/** Who withdrew an input, when and why. */
export interface InputWithdrawalColumn {
  readonly by: string;
  readonly reason?: string;
  readonly at: string;
}

/** One row per stakeholder input, as published: never ruled on, only withdrawn by its submitter. */
@Entity({ name: 'stakeholder_inputs' })
export class StakeholderInputRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text', { name: 'document_id' })
  documentId: string;

  /** The version (revision) it comments on. */
  @Column('integer', { name: 'version_number' })
  versionNumber: number;

  /** The provisions it concerns, in the order given; empty when it is on the version as a whole. */
  @Column('text', { name: 'provision_ids', array: true })
  provisionIds: string[];

  @Column('text', { name: 'stakeholder_id' })
  stakeholderId: string;

  @Column('text')
  title: string;

  @Column('text')
  text: string;

  @Column('text')
  language: string;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt: Date;

  @Column('jsonb', { nullable: true })
  withdrawal: InputWithdrawalColumn | null;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}
