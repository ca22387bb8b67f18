import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LanguageVersionText, ResolutionDocument } from '#libs/text';
import type { AppliedChangeColumn } from './document-row.entity';
import { bigintAsNumber } from './column-transformers';

/** What a search hit is: a document (its title and prose), one provision's wording, a contribution, or a stakeholder's input. */
export type SearchKindColumn = 'document' | 'provision' | 'contribution' | 'input';

/**
 * One searchable text with its search key. A provision has one row per wording: the
 * versions that read so, and whether the working text does, are listed on the row, so a
 * provision unchanged across versions is one hit, not one per version. A provision of a
 * language version (other than the original) has one row per language: its current words.
 */
@Entity({ name: 'search_entries' })
export class SearchEntryRow {
  /** "document:<id>", "contribution:<id>", "provision:<document>:<provision>:<hash of the wording>", "provision:<document>:<provision>:<language>". */
  @PrimaryColumn('text', { name: 'entry_key' })
  entryKey: string;

  @Column('text')
  kind: SearchKindColumn;

  /** The document's, provision's or contribution's id. */
  @Column('text')
  id: string;

  @Column('text', { name: 'document_id', nullable: true })
  documentId: string | null;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text')
  language: string;

  /** "Resolution 1334 (Modified 2023)", a provision's label ("b)", "3 '1'"), a contribution's symbol. */
  @Column('text')
  label: string;

  /** The document's or contribution's title; a provision's section heading. */
  @Column('text')
  title: string;

  /** The text as written, for snippets. */
  @Column('text')
  text: string;

  /** The search key of the text between single spaces (" k1 k2 ... "), so whole words are found with LIKE '% k %'. */
  @Column('text', { name: 'search_text' })
  searchText: string;

  /** Provisions: whether the working text reads so. */
  @Column('boolean', { name: 'in_working', nullable: true })
  inWorking: boolean | null;

  /** Provisions: the versions (1 is the base text) that read so. */
  @Column('integer', { name: 'version_numbers', array: true, nullable: true })
  versionNumbers: number[] | null;

  /** Contributions: submitted, revised or withdrawn; inputs: submitted or withdrawn. */
  @Column('text', { nullable: true })
  status: string | null;

  /** Global position of the event that wrote this text: the recency of a hit. */
  @Column('bigint', { transformer: bigintAsNumber })
  position: number;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt: Date;
}

/** The search projection's own copy of each document's working text, kept as the write side folds it. */
@Entity({ name: 'search_documents' })
export class SearchDocumentRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  @Column('text')
  symbol: string;

  @Column('integer', { name: 'current_version' })
  currentVersion: number;

  @Column('text', { name: 'current_label' })
  currentLabel: string;

  /** The latest version's text: a correction replays the working text from it. */
  @Column('jsonb', { name: 'latest_version' })
  latestVersion: ResolutionDocument;

  @Column('jsonb')
  working: ResolutionDocument;

  @Column('jsonb')
  applied: AppliedChangeColumn[];

  /** The words of each language version by language, so that its provisions are indexed with the labels their place gives them. */
  @Column('jsonb')
  languages: Record<string, LanguageVersionText>;
}
