import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TranslationTaskReason } from '#libs/contracts';
import type { LanguageVersionText } from '#libs/text';
import { bigintAsNumber } from './column-transformers';

/** The projection that keeps the language-version tables. */
export const LANGUAGE_VERSIONS_PROJECTION = { name: 'language_versions', version: 1 } as const;

/**
 * One language version of a document as it stands: the original (the negotiating language,
 * whose words are the document's own text) or a version aligned to it by provision id.
 */
@Entity({ name: 'language_versions' })
export class LanguageVersionRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @PrimaryColumn('text')
  language: string;

  /** The negotiating language: its words are the document's text, not kept here. */
  @Column('boolean')
  original: boolean;

  /** The version's current words by the original's ids; null for the original. */
  @Column('jsonb', { nullable: true })
  text: LanguageVersionText | null;

  /** The original's version it was aligned to when added; null for the original. */
  @Column('integer', { name: 'aligned_to_version', nullable: true })
  alignedToVersion: number | null;

  /** When it was added (the original: when the document was registered). */
  @Column('timestamptz', { name: 'added_at' })
  addedAt: Date;

  /** Global position of the event that last changed the row. */
  @Column('bigint', { transformer: bigintAsNumber })
  position: number;
}

/** Why a language has a text for a version: adopted (in step or provisionally) or issued as a revision. */
export type LanguageSnapshotKindColumn = 'adopted' | 'revision';

/**
 * A language version's text for one version of the original: the text adopted in step (from
 * `VersionAdopted.languages.inStep`), adopted provisionally until `AdoptedVersionAligned`
 * fills it, or the words it had when a revision was issued.
 */
@Entity({ name: 'language_version_snapshots' })
export class LanguageVersionSnapshotRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @PrimaryColumn('integer', { name: 'version_number' })
  versionNumber: number;

  @PrimaryColumn('text')
  language: string;

  @Column('text')
  kind: LanguageSnapshotKindColumn;

  /** The adoption or revision. */
  @Column('text', { name: 'decision_id' })
  decisionId: string;

  /** The words of that version in the language; for a provisional adoption, the words as they then stood until aligned. */
  @Column('jsonb')
  text: LanguageVersionText;

  /** Adopted provisionally and not aligned yet. */
  @Column('boolean')
  provisional: boolean;

  /** Provisions awaiting translation in that text (a revision's, or a provisional adoption's), by id. */
  @Column('text', { array: true })
  awaiting: string[];

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  /** When a provisional adoption was aligned. */
  @Column('timestamptz', { name: 'aligned_at', nullable: true })
  alignedAt: Date | null;

  @Column('bigint', { transformer: bigintAsNumber })
  position: number;
}

export type TranslationTaskStatusColumn = 'open' | 'done' | 'replaced';

/** One translation task: a provision of one language version to bring into line with the original. */
@Entity({ name: 'translation_tasks' })
export class TranslationTaskRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @PrimaryColumn('text', { name: 'task_id' })
  taskId: string;

  @Column('text')
  language: string;

  @Column('text', { name: 'provision_id' })
  provisionId: string;

  @Column('text')
  reason: TranslationTaskReason;

  @Column('text', { name: 'original_before', nullable: true })
  originalBefore: string | null;

  @Column('text', { name: 'original_after' })
  originalAfter: string;

  /** The version's words when the task opened. */
  @Column('text', { name: 'current_wording', nullable: true })
  currentWording: string | null;

  /** The decision whose change opened it; null when a version was added. */
  @Column('text', { name: 'decision_id', nullable: true })
  decisionId: string | null;

  @Column('text')
  status: TranslationTaskStatusColumn;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  /** The wording the translator recorded. */
  @Column('text', { nullable: true })
  wording: string | null;

  @Column('text', { name: 'translator_id', nullable: true })
  translatorId: string | null;

  /** Global position of the event that opened it: tasks list in this order. */
  @Column('bigint', { transformer: bigintAsNumber })
  position: number;
}
