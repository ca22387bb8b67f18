import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './column-transformers';

/** An explanation of position or of vote given on a document, before or after its adoption. */
@Entity({ name: 'explanations' })
@Index('explanations_document_idx', ['documentId', 'position'])
export class ExplanationRow {
  @PrimaryColumn('text', { name: 'explanation_id' })
  explanationId: string;

  @Column('text', { name: 'document_id' })
  documentId: string;

  @Column('text', { name: 'stakeholder_id' })
  stakeholderId: string;

  /** 'position' (on an adoption by consensus) or 'vote' (on a recorded vote). */
  @Column('text')
  kind: 'position' | 'vote';

  @Column('text')
  timing: 'before-adoption' | 'after-adoption';

  @Column('text')
  text: string;

  /** The version explained: the one adopted, or about to be. */
  @Column('integer', { name: 'version_number' })
  versionNumber: number;

  /** The meeting as displayed ("61st plenary meeting"). */
  @Column('text', { nullable: true })
  meeting: string | null;

  @Column('text', { name: 'meeting_id', nullable: true })
  meetingId: string | null;

  @Column('text', { nullable: true })
  date: string | null;

  /** Who recorded it: the delegation itself, the secretariat or the chair. */
  @Column('text', { name: 'recorded_by' })
  recordedBy: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;

  /** The event's global position: explanations are listed in the order they were given. */
  @Column('bigint', { transformer: bigintAsNumber })
  position: number;
}
