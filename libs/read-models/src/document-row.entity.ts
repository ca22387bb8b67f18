import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DocumentRegisteredV1 } from '#libs/contracts';
import type { AmendmentOperation, ResolutionDocument } from '#libs/text';
import { bigintAsNumber } from './column-transformers';

/** A change a decision made to the working text since the latest version. */
export interface AppliedChangeColumn {
  readonly decisionId: string;
  readonly operation: AmendmentOperation;
}

/** One row per document: its latest version and the working text the decisions since have made of it. */
@Entity({ name: 'documents' })
export class DocumentRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'consultation_id' })
  consultationId: string;

  /** "Resolution 1334", "A/RES/78/132". */
  @Column('text')
  symbol: string;

  /** The working text's title. */
  @Column('text')
  title: string;

  @Column('text')
  language: string;

  @Column('text')
  style: string;

  /** The latest version's number: 1 is the registered base text. */
  @Column('integer', { name: 'current_version' })
  currentVersion: number;

  /** The latest version's label: "Modified 2023". */
  @Column('text', { name: 'current_label' })
  currentLabel: string;

  /** The latest version with every decision since applied, as the write side computes it. */
  @Column('jsonb')
  working: ResolutionDocument;

  /** The changes applied to the latest version to make the working text, in order. */
  @Column('jsonb')
  applied: AppliedChangeColumn[];

  @Column('jsonb')
  source: DocumentRegisteredV1['source'];

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;

  /** How many events of the document's stream are applied: the version an If-Match names. */
  @Column('integer', { name: 'stream_version' })
  streamVersion: number;
}
