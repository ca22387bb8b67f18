import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MeetingKind } from '#libs/contracts';
import { bigintAsNumber } from './column-transformers';

/** The provisions of one document read at a meeting, on the version then current. */
export interface MeetingReadingColumn {
  readonly documentId: string;
  readonly versionNumber: number;
  readonly provisionIds: readonly string[];
}

/** A meeting registered on a consultation: informal consultation 2, the plenary ... with the readings held at it. */
@Entity({ name: 'meetings' })
export class MeetingRow {
  @PrimaryColumn('uuid', { name: 'consultation_id' })
  consultationId: string;

  @PrimaryColumn('text', { name: 'meeting_id' })
  meetingId: string;

  @Column('text')
  kind: MeetingKind;

  @Column('integer', { nullable: true })
  number: number | null;

  /** "Second informal consultation", as displayed. */
  @Column('text')
  name: string;

  /** ISO 8601 date, or date and time with offset. */
  @Column('text')
  date: string;

  @Column('text', { nullable: true })
  place: string | null;

  @Column('text', { nullable: true })
  session: string | null;

  /** In the order recorded. */
  @Column('jsonb')
  readings: MeetingReadingColumn[];

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt: Date;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}
