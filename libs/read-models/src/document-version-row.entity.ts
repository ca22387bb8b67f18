import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AdoptionMethod } from '#libs/contracts';
import type { ResolutionDocument } from '#libs/text';

/** "Rev.2" as issued: its number among the revisions, label, symbol and date. */
export interface VersionRevisionColumn {
  readonly number: number;
  readonly label: string;
  readonly symbol?: string;
  readonly date: string;
}

/** A version of a document: 1 is the registered base text, each revision or adoption makes the next. */
@Entity({ name: 'document_versions' })
export class DocumentVersionRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @PrimaryColumn('integer')
  number: number;

  /** "Modified 2023", "Rev. Buenos Aires, 2017". */
  @Column('text')
  label: string;

  @Column('jsonb')
  text: ResolutionDocument;

  /** "sixth Plenary Meeting"; null for the registered base text. */
  @Column('text', { name: 'adopted_meeting', nullable: true })
  adoptedMeeting: string | null;

  /** ISO 8601 date of the adoption, as the chair recorded it. */
  @Column('text', { name: 'adopted_date', nullable: true })
  adoptedDate: string | null;

  /** The designation the adoption printed: "Resolution 1334 (Modified 2023)", "78/132". */
  @Column('text', { name: 'adopted_number', nullable: true })
  adoptedNumber: string | null;

  /** The adopted resolution's symbol: "A/RES/78/132". */
  @Column('text', { name: 'adopted_symbol', nullable: true })
  adoptedSymbol: string | null;

  /** The adopted full title, as the text stores it. */
  @Column('text', { name: 'adopted_title', nullable: true })
  adoptedTitle: string | null;

  /** "adopted at the sixth Plenary Meeting", as printed. */
  @Column('text', { name: 'adoption_line', nullable: true })
  adoptionLine: string | null;

  /** "Geneva". */
  @Column('text', { name: 'adopted_place', nullable: true })
  adoptedPlace: string | null;

  /** Without a vote, or a recorded vote with each member's vote and the tally; null when not adopted or adopted before methods were kept. */
  @Column('jsonb', { name: 'adoption_method', nullable: true })
  adoptionMethod?: AdoptionMethod | null;
  /** Set for a revision issued by the chair or co-facilitators (Rev.N): not adopted. */
  @Column('jsonb', { nullable: true })
  revision?: VersionRevisionColumn | null;

  @Column('text', { name: 'decision_id', nullable: true })
  decisionId: string | null;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}
