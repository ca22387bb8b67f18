import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SilenceAdoption } from '#libs/contracts';
import { bigintAsNumber } from './column-transformers';

export type SilenceStateColumn = 'open' | 'held' | 'broken';

/** A break of silence as its event recorded it. */
export interface SilenceBreakColumn {
  readonly stakeholderId: string;
  readonly provisionIds: readonly string[];
  readonly reasons: string;
  readonly recordedAt: string;
}

/** One row per silence procedure on a document: its deadline in force, the breaks, the outcome. */
@Entity({ name: 'silences' })
export class SilenceRow {
  @PrimaryColumn('text', { name: 'document_id' })
  documentId: string;

  @PrimaryColumn('text', { name: 'silence_id' })
  silenceId: string;

  @Column('integer', { name: 'version_number' })
  versionNumber: number;

  /** ISO 8601 with its offset, as announced. */
  @Column('text')
  deadline: string;

  @Column('text', { name: 'time_zone' })
  timeZone: string;

  @Column('text', { name: 'meeting_id', nullable: true })
  meetingId: string | null;

  @Column('jsonb')
  adoption: SilenceAdoption;

  @Column('text')
  state: SilenceStateColumn;

  @Column('jsonb')
  breaks: SilenceBreakColumn[];

  @Column('timestamptz', { name: 'started_at' })
  startedAt: Date;

  @Column('timestamptz', { name: 'concluded_at', nullable: true })
  concludedAt: Date | null;

  @Column('bigint', { transformer: bigintAsNumber })
  position: number;
}
