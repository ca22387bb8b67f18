import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ResolutionDocument } from '#libs/text';
import type { AppliedChangeColumn } from './document-row.entity';
import { bigintAsNumber } from './column-transformers';

/** The projection that keeps `document_text_history`; the gateway reads its checkpoint to tell "not projected yet" from "no change". */
export const DOCUMENT_TEXTS_PROJECTION = { name: 'document_texts', version: 1 } as const;

/**
 * A document's text history, one row per event that changed it: its registration, a
 * ruling or merge that applied something, a settlement of brackets, a correction, an
 * adoption. A row keeps the change (the decision's operation); the whole working text is
 * kept only in snapshot rows (each version's first row, each correction, and a row
 * whenever the changes since the last snapshot have grown as large as its text). The text
 * as of any moment is its row's snapshot with the changes since folded on it
 * (`foldTextHistory`).
 */
@Entity({ name: 'document_text_history' })
export class DocumentTextHistoryRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  /** Global position of the event that made the text this way. */
  @PrimaryColumn('bigint', { transformer: bigintAsNumber })
  position: number;

  /** The document's stream version after that event. */
  @Column('integer', { name: 'stream_version' })
  streamVersion: number;

  /** When the store recorded that event. */
  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  /** DocumentRegistered, AmendmentRuled, AmendmentsMerged, BracketsSettled, DecisionCorrected or VersionAdopted. */
  @Column('text', { name: 'event_type' })
  eventType: string;

  /** The decision that changed the text; null for the registration. */
  @Column('text', { name: 'decision_id', nullable: true })
  decisionId: string | null;

  /** The latest version at that moment: the text is that version with `applied` on it. */
  @Column('integer', { name: 'version_number' })
  versionNumber: number;

  /** "Modified 2023". */
  @Column('text', { name: 'version_label' })
  versionLabel: string;

  /** The row whose `working` this row's text folds from: itself for a snapshot. */
  @Column('bigint', { name: 'snapshot_position', transformer: bigintAsNumber })
  snapshotPosition: number;

  /** The whole working text after the event, on snapshot rows only. */
  @Column('jsonb', { nullable: true })
  working: ResolutionDocument | null;

  /** The change the event applied (a ruling, merge, settlement, or a correction's new ruling); null for a version's first row. */
  @Column('jsonb', { nullable: true })
  change: AppliedChangeColumn | null;

  /** On a correction, the decision whose change it took out. */
  @Column('text', { nullable: true })
  corrects: string | null;
}
