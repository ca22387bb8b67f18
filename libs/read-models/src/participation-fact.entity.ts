import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Region, StakeholderCategory } from '#libs/contracts';
import { bigintAsNumber } from './column-transformers';

/** What a participation fact is about: a contribution, an amendment, a reservation, the admission to a consultation, or a stakeholder's written input. */
export type ParticipationSubjectColumn = 'contribution' | 'amendment' | 'reservation' | 'admission' | 'input';

/**
 * The part a stakeholder took in it: submitted the contribution or proposed the amendment,
 * co-sponsored it, was the group it was submitted on behalf of, recorded a reservation, or
 * was admitted as a participant.
 */
export type ParticipationRoleColumn = 'submitter' | 'proposer' | 'co-sponsor' | 'on-behalf-of' | 'reserving' | 'participant';

/**
 * Where the subject stands: a contribution or an input is submitted or withdrawn; an amendment is
 * pending, ruled on (accepted, accepted-as-modified, rejected, deferred), merged or
 * withdrawn; a reservation is recorded; an admission is admitted.
 */
export type ParticipationStatusColumn =
  | 'submitted'
  | 'withdrawn'
  | 'pending'
  | 'accepted'
  | 'accepted-as-modified'
  | 'merged'
  | 'rejected'
  | 'deferred'
  | 'recorded'
  | 'admitted';

/**
 * One row per stakeholder, per part it took in one contribution, amendment, reservation or
 * admission, with the stakeholder's category and region: participation is counted from
 * these rows by SQL when asked.
 */
@Entity({ name: 'participation_facts' })
export class ParticipationFactRow {
  @PrimaryColumn('text', { name: 'subject_kind' })
  subjectKind: ParticipationSubjectColumn;

  @PrimaryColumn('text', { name: 'subject_id' })
  subjectId: string;

  @PrimaryColumn('text', { name: 'stakeholder_id' })
  stakeholderId: string;

  @PrimaryColumn('text')
  role: ParticipationRoleColumn;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text', { name: 'document_id', nullable: true })
  documentId: string | null;

  /** Null only while the stakeholder is not (yet) registered. */
  @Column('text', { nullable: true })
  category: StakeholderCategory | null;

  @Column('text', { nullable: true })
  region: Region | null;

  @Column('text')
  status: ParticipationStatusColumn;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  @Column('bigint', { transformer: bigintAsNumber })
  position: number;
}

/** The participation projection's own copy of the registry: category, region and group members. */
@Entity({ name: 'participation_stakeholders' })
export class ParticipationStakeholderRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  category: StakeholderCategory;

  @Column('text')
  region: Region;

  @Column('text', { name: 'member_ids', array: true })
  memberIds: string[];
}

/** The consultations the participation projection has seen, so an unknown one answers 404. */
@Entity({ name: 'participation_consultations' })
export class ParticipationConsultationRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  title: string;
}

/** Which consultation each document belongs to: amendments name only their document. */
@Entity({ name: 'participation_documents' })
export class ParticipationDocumentRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;
}
