import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContributionCover, ContributionSubstance } from '#libs/contracts';
import { bigintAsNumber } from './column-transformers';

export type ContributionStatusColumn = 'submitted' | 'revised' | 'awaiting-co-submitters' | 'declined' | 'withdrawn';

/** Where the submitters the current revision names stand: awaited, agreed (by whom, citing what) or declined. */
export interface CoSubmissionColumn {
  readonly revision: number;
  readonly awaiting: readonly string[];
  readonly confirmed: readonly { readonly stakeholderId: string; readonly by: string; readonly reference?: string; readonly at: string }[];
  readonly declined: readonly {
    readonly stakeholderId: string;
    readonly by: string;
    readonly reason?: string;
    readonly reference?: string;
    readonly at: string;
  }[];
}

/** One row per contribution, as its latest revision reads. */
@Entity({ name: 'contributions' })
export class ContributionRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  /** "C23/71-A". */
  @Column('text')
  symbol: string;

  @Column('text')
  title: string;

  /** 0 for the original, 1 for Rev.1 ... */
  @Column('integer')
  revision: number;

  @Column('text')
  status: ContributionStatusColumn;

  @Column('jsonb')
  cover: ContributionCover;

  @Column('jsonb')
  substance: ContributionSubstance;

  /** Who withdrew it and why, once withdrawn. */
  @Column('jsonb', { nullable: true })
  withdrawal: { readonly by: string; readonly reason?: string; readonly at: string } | null;

  /** Null when the actor spoke for every submitter it named. */
  @Column('jsonb', { name: 'co_submission', nullable: true })
  coSubmission: CoSubmissionColumn | null;

  @Column('timestamptz', { name: 'submitted_at' })
  submittedAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}

/** Each revision as it was submitted: Rev.0 stays readable after Rev.1. */
@Entity({ name: 'contribution_revisions' })
export class ContributionRevisionRow {
  @PrimaryColumn('text', { name: 'contribution_id' })
  contributionId: string;

  @PrimaryColumn('integer')
  revision: number;

  @Column('jsonb')
  cover: ContributionCover;

  @Column('jsonb')
  substance: ContributionSubstance;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}
