import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DocumentRegisteredV1, Region, StakeholderCategory } from '#libs/contracts';
import type { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { bigintAsNumber } from './column-transformers';
import { AmendmentRecordColumns, type AmendmentDecisionRecord } from './amendment-columns';
import type { ProvisionRole } from './compilation-rows.entity';

/** How an amendment bears on a provision it changes or creates. */
export type ProvenanceRole = ProvisionRole | 'create';

/** Where a provision stands in a version, as printed. */
export interface ProvisionAsPrinted {
  readonly printedLabel: string;
  readonly text: string;
  readonly footnotes: readonly string[];
  readonly sectionId: string;
  readonly heading: string;
}

/** What one event says about one provision, by kind. */
export type ProvenanceRecord =
  | ({
      readonly kind: 'registered';
      readonly versionNumber: 1;
      readonly versionLabel: string;
      readonly source: DocumentRegisteredV1['source'];
      readonly registeredBy: string;
    } & ProvisionAsPrinted)
  /** `role` is absent on a revision that no longer bears on the provision. */
  | {
      readonly kind: 'proposed' | 'revised';
      readonly role?: ProvenanceRole;
      readonly operation: AmendmentOperation;
      readonly revision: number;
    }
  | { readonly kind: 'withdrawn'; readonly by: string; readonly reason?: string }
  | {
      readonly kind: 'ruled' | 'merged' | 'corrected';
      readonly decision: AmendmentDecisionRecord;
      /** The amendments the decision is on (one, or those merged). */
      readonly amendmentIds: readonly string[];
      /** How what the decision applied to the working text bears on this provision; absent when it does not touch it. */
      readonly effect?: ProvenanceRole;
      /** For a correction: how the change of the corrected decision, now taken out, had borne on this provision. */
      readonly undoes?: ProvenanceRole;
    }
  | {
      readonly kind: 'brackets-settled';
      readonly decisionId: string;
      readonly bracketIndex: number;
      readonly choice: number | 'none';
      readonly meeting?: string;
      readonly date?: string;
      readonly decidedBy: string;
    }
  | {
      readonly kind: 'reservation';
      readonly decisionId: string;
      readonly stakeholderId: string;
      readonly text: string;
      readonly meeting?: string;
      readonly date?: string;
      readonly decidedBy: string;
    }
  | ({
      readonly kind: 'adopted';
      readonly decisionId: string;
      readonly versionNumber: number;
      readonly versionLabel: string;
      readonly meeting: string;
      readonly date: string;
      /** What the adoption printed: "Geneva", "Resolution 1334 (Modified 2023)", the full title, "adopted at the sixth Plenary Meeting". */
      readonly place?: string;
      readonly number?: string;
      readonly title?: string;
      readonly adoptionLine?: string;
    } & ProvisionAsPrinted)
  /**
   * A revision issued by the chair or co-facilitators (Rev.N): for every provision it
   * changes or prints, or that an amendment it overtook bore on. `role` and `operations`
   * when it changed the provision; how it is printed there unless the revision took it out.
   */
  | ({
      readonly kind: 'revision';
      readonly decisionId: string;
      readonly versionNumber: number;
      readonly versionLabel: string;
      readonly revision: number;
      readonly symbol?: string;
      readonly date: string;
      readonly meeting?: string;
      readonly role?: ProvenanceRole;
      readonly operations: readonly AmendmentOperation[];
      /** What the changes to this provision take up ("reflected in Rev.2"). */
      readonly amendmentIds: readonly string[];
      readonly inputIds: readonly string[];
      /** Undecided amendments on this provision that the revision overtook. */
      readonly overtaken: readonly string[];
      readonly decidedBy: string;
    } & Partial<ProvisionAsPrinted>);

export type ProvenanceRecordKind = ProvenanceRecord['kind'];

/** The stakeholders provenance names, kept by the provenance projection itself. */
@Entity({ name: 'provenance_stakeholders' })
export class ProvenanceStakeholderRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  category: StakeholderCategory;

  @Column('text')
  region: Region;
}

/** A contribution as provenance cites it: its symbol now and who submitted it. */
@Entity({ name: 'provenance_contributions' })
export class ProvenanceContributionRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  symbol: string;

  @Column('text', { array: true })
  submitters: string[];

  @Column('text', { name: 'co_sponsors', array: true })
  coSponsors: string[];

  @Column('text', { name: 'on_behalf_of', nullable: true })
  onBehalfOf: string | null;
}

/** A document with its working text, so that a provision's current label and wording can be read. */
@Entity({ name: 'provenance_documents' })
export class ProvenanceDocumentRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text')
  symbol: string;

  @Column('integer', { name: 'current_version' })
  currentVersion: number;

  @Column('text', { name: 'current_label' })
  currentLabel: string;

  /** The latest version's text, which a correction replays the decisions since from. */
  @Column('jsonb')
  latest: ResolutionDocument;

  /** The latest version with every decision since applied. */
  @Column('jsonb')
  working: ResolutionDocument;

  @Column('jsonb')
  applied: { decisionId: string; operation: AmendmentOperation }[];

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}

/** An amendment as provenance cites it, with every decision on it. */
@Entity({ name: 'provenance_amendments' })
export class ProvenanceAmendmentRow extends AmendmentRecordColumns {}

/** What one event says about one provision of one document: the provision's record, read in the order of the log. */
@Entity({ name: 'provenance_records' })
export class ProvenanceRecordRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @PrimaryColumn('text', { name: 'provision_id' })
  provisionId: string;

  @PrimaryColumn('bigint', { transformer: bigintAsNumber })
  position: number;

  @Column('text')
  kind: ProvenanceRecordKind;

  @Column('text', { name: 'amendment_id', nullable: true })
  amendmentId: string | null;

  @Column('text', { name: 'decision_id', nullable: true })
  decisionId: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  @Column('jsonb')
  record: ProvenanceRecord;
}
