import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Region, Ruling, StakeholderCategory } from '#libs/contracts';
import type { AmendmentOperation, PartName, ResolutionDocument } from '#libs/text';
import { bigintAsNumber } from './column-transformers';

/** How an amendment bears on the provision the compilation of proposals lists it under. */
export type ProvisionRole =
  | 'add-before'
  | 'add-after'
  /** A new sub-item of the provision. */
  | 'add-inside'
  | 'modify'
  /** A whole new wording. */
  | 'replace'
  | 'suppress'
  | 'move'
  | 'footnote'
  | 'brackets'
  | 'settle-brackets';

/** How a section-level amendment bears on the section whose heading the compilation lists it under. */
export type SectionRole = 'add-at-end' | 'add-section-before' | 'add-section-after' | 'change-heading';

/**
 * Where the compilation of proposals lists an amendment: at the provision of the text it
 * was drafted against that it changes or is placed next to, under the heading of the
 * section it acts on, or at the end of a part (a new last section).
 */
export type AmendmentPlacement =
  | { readonly provisionId: string; readonly role: ProvisionRole }
  | { readonly sectionId: string; readonly role: SectionRole }
  | { readonly part: PartName; readonly role: 'add-section-at-end' };

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

/** The stakeholders the compilation names, kept by the compilation projection itself. */
@Entity({ name: 'compilation_stakeholders' })
export class CompilationStakeholderRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  category: StakeholderCategory;

  @Column('text')
  region: Region;
}

/** The symbol each contribution carries now ("C26/15(Rev.1)-A"), for the amendments it brings. */
@Entity({ name: 'compilation_contributions' })
export class CompilationContributionRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text')
  symbol: string;

  /** The co-submitters not yet agreed to its current revision: until none is, its amendments stay out of the compilation. */
  @Column('text', { array: true, default: () => "'{}'" })
  awaiting: string[];

  /** The co-submitters that declined its current revision. */
  @Column('text', { array: true, default: () => "'{}'" })
  declined: string[];
}

/** The text of each version of a document: the compilation lists its provisions. */
@Entity({ name: 'compilation_versions' })
export class CompilationVersionRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @PrimaryColumn('integer')
  number: number;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  /** The document's symbol: "Resolution 1334". */
  @Column('text')
  symbol: string;

  /** "Modified 2023". */
  @Column('text')
  label: string;

  @Column('jsonb')
  text: ResolutionDocument;

  @Column('text', { name: 'adopted_meeting', nullable: true })
  adoptedMeeting: string | null;

  @Column('text', { name: 'adopted_date', nullable: true })
  adoptedDate: string | null;

  /** The adoption decision; null for the registered base text. */
  @Column('text', { name: 'decision_id', nullable: true })
  decisionId: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}

/** One row per amendment: what the compilation shows of it beside the provision it bears on. */
@Entity({ name: 'compilation_amendments' })
export class CompilationAmendmentRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'document_id' })
  documentId: string;

  /** The version it is drafted against; a revision moves it to the latest version. */
  @Column('integer', { name: 'version_number' })
  versionNumber: number;

  @Column('jsonb')
  operation: AmendmentOperation;

  @Column('jsonb')
  placement: AmendmentPlacement;

  /** The first is the stakeholder that submitted it. */
  @Column('text', { array: true })
  proposers: string[];

  @Column('text', { name: 'co_sponsors', array: true })
  coSponsors: string[];

  @Column('text', { name: 'on_behalf_of', nullable: true })
  onBehalfOf: string | null;

  @Column('text', { name: 'contribution_id', nullable: true })
  contributionId: string | null;

  /** The symbol of the contribution as it stood when it brought (or last revised) the amendment. */
  @Column('text', { name: 'contribution_symbol', nullable: true })
  contributionSymbol: string | null;

  /** pending, accepted, rejected, accepted-as-modified, deferred, merged or withdrawn. */
  @Column('text')
  status: string;

  @Column('integer')
  revision: number;

  @Column('text', { nullable: true })
  explanation: string | null;

  /** Every decision on it, in the order taken; a corrected one names its correction. */
  @Column('jsonb')
  decisions: AmendmentDecisionRecord[];

  @Column('jsonb', { nullable: true })
  withdrawal: AmendmentWithdrawalRecord | null;

  @Column('timestamptz', { name: 'proposed_at' })
  proposedAt: Date;

  /** Global position of the proposal: the order proposals stand in beside a provision. */
  @Column('bigint', { name: 'proposed_position', transformer: bigintAsNumber })
  proposedPosition: number;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}
