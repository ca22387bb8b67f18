import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Region, StakeholderCategory } from '#libs/contracts';
import type { PartName, ResolutionDocument } from '#libs/text';
import { AmendmentRecordColumns } from './amendment-columns';
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

export type { AmendmentDecisionRecord, AmendmentWithdrawalRecord } from './amendment-columns';

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
export class CompilationAmendmentRow extends AmendmentRecordColumns {
  @Column('jsonb')
  placement: AmendmentPlacement;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}
