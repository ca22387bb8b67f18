import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AmendmentRuledV1, AmendmentsMergedV1, DecisionCorrectedV1, Ruling } from '#libs/contracts';
import type { AmendmentOperation } from '#libs/text';
import { bigintAsNumber } from './column-transformers';

/** Where an amendment stands: pending, a ruling (accepted, rejected, accepted-as-modified, deferred), merged or withdrawn. */
export type AmendmentStatusColumn = Ruling | 'pending' | 'merged' | 'withdrawn';

/** The payload of a decision that rules on amendments. */
export type AmendmentDecisionPayload = AmendmentRuledV1 | AmendmentsMergedV1 | DecisionCorrectedV1;

/** One row per amendment: its current wording, sponsors and where the chair's decisions left it. */
@Entity({ name: 'amendments' })
export class AmendmentRow {
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

  /** The decision that ruled on it last (a ruling, a merge or a correction). */
  @Column('text', { name: 'decision_id', nullable: true })
  decisionId: string | null;

  /** The payload of that decision, as recorded. */
  @Column('jsonb', { nullable: true })
  ruling: AmendmentDecisionPayload | null;

  @Column('timestamptz', { name: 'proposed_at' })
  proposedAt: Date;

  /** Global position of the proposal: the order of a compilation of proposals. */
  @Column('bigint', { name: 'proposed_position', transformer: bigintAsNumber })
  proposedPosition: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}
