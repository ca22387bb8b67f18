import { Column, PrimaryColumn } from 'typeorm';
import type { Ruling } from '#libs/contracts';
import type { AmendmentOperation } from '#libs/text';
import { bigintAsNumber } from './column-transformers';

/** Where an amendment stands: pending, a ruling (accepted, rejected, accepted-as-modified, deferred), merged, withdrawn, or overtaken by a revision. */
export type AmendmentStatusColumn = Ruling | 'pending' | 'merged' | 'withdrawn' | 'overtaken';

/** One of the chair's decisions on an amendment: a ruling, a merge that took it in, or a correction. */
export interface AmendmentDecisionRecord {
  readonly id: string;
  readonly kind: 'ruling' | 'merge' | 'correction';
  /** The ruling; `merged` for a merge. */
  readonly ruling: Ruling | 'merged';
  /** The chair's compromise text, for "accepted as modified". */
  readonly compromise?: AmendmentOperation;
  /** For a merge: the single text the chair made of the amendments, and the amendments it took in. */
  readonly operation?: AmendmentOperation;
  readonly amendmentIds?: readonly string[];
  /** What the decision applied to the working text, if anything. */
  readonly applied?: AmendmentOperation;
  readonly reason?: string;
  /** For a correction: the decision it corrects. */
  readonly corrects?: string;
  /** The correction that superseded this decision, if any. */
  readonly correctedBy?: string;
  readonly meeting?: string;
  /** ISO 8601 date, as the chair recorded it. */
  readonly date?: string;
  /** The actor who took the decision. */
  readonly decidedBy: string;
  readonly recordedAt: string;
  readonly position: number;
}

/** How an amendment left the table, when its proposers withdrew it (or its contribution went). */
export interface AmendmentWithdrawalRecord {
  readonly by: string;
  readonly reason?: string;
  readonly recordedAt: string;
  readonly position: number;
}

/**
 * The columns every read model's amendment row has, declared once: the tables of the
 * documents, the compilation and provenance each keep an amendment (`amendments`,
 * `compilation_amendments`, `provenance_amendments`) and extend these with their own.
 * Not an entity: each table is its own (TypeORM's concrete table inheritance).
 */
export abstract class AmendmentColumns {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'document_id' })
  documentId: string;

  /** The version it is drafted against; a revision moves it to the latest version. */
  @Column('integer', { name: 'version_number' })
  versionNumber: number;

  @Column('jsonb')
  operation: AmendmentOperation;

  /** The first is the stakeholder that submitted it. */
  @Column('text', { array: true })
  proposers: string[];

  @Column('text', { name: 'co_sponsors', array: true })
  coSponsors: string[];

  @Column('text', { name: 'on_behalf_of', nullable: true })
  onBehalfOf: string | null;

  @Column('text', { name: 'contribution_id', nullable: true })
  contributionId: string | null;

  @Column('text')
  status: AmendmentStatusColumn;

  /** 0 as proposed, 1 after the first revision ... */
  @Column('integer')
  revision: number;

  @Column('text', { nullable: true })
  explanation: string | null;

  @Column('timestamptz', { name: 'proposed_at' })
  proposedAt: Date;

  /** Global position of the proposal: the order proposals stand in (a compilation's, beside a provision). */
  @Column('bigint', { name: 'proposed_position', transformer: bigintAsNumber })
  proposedPosition: number;
}

/** The amendment columns of the read models that cite an amendment with every decision on it: the compilation and provenance. */
export abstract class AmendmentRecordColumns extends AmendmentColumns {
  /** The symbol of the contribution as it stood when it brought (or last revised) the amendment. */
  @Column('text', { name: 'contribution_symbol', nullable: true })
  contributionSymbol: string | null;

  /** Every decision on it, in the order taken; a corrected one names its correction. */
  @Column('jsonb')
  decisions: AmendmentDecisionRecord[];

  @Column('jsonb', { nullable: true })
  withdrawal: AmendmentWithdrawalRecord | null;
}
