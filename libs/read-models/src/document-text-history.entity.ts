import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ResolutionDocument } from '#libs/text';
import type { AppliedChangeColumn } from './document-row.entity';
import { bigintAsNumber } from './column-transformers';

/** The projection that keeps `document_text_history`; the gateway reads its checkpoint to tell "not projected yet" from "no change". */
export const DOCUMENT_TEXTS_PROJECTION = { name: 'document_texts', version: 1 } as const;

/**
 * The working text of a document after each event that changed it: its registration, a
 * ruling or merge that applied something, a settlement of brackets, a correction, an
 * adoption. The text as of any moment is the last row at or before it.
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

  @Column('jsonb')
  working: ResolutionDocument;

  /** The changes decided since that version, in the order applied; a correction replays them. */
  @Column('jsonb')
  applied: AppliedChangeColumn[];
}
