import { Column, Entity, PrimaryColumn } from 'typeorm';

const bigintAsNumber = { to: (value: number) => value, from: (value: string) => Number(value) };

/** One row per consultation: what the list and the detail page show. */
@Entity({ name: 'consultations' })
export class ConsultationSummary {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('text')
  subject: string;

  @Column('text', { name: 'original_language' })
  originalLanguage: string;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt: Date;

  @Column('text', { name: 'registered_by' })
  registeredBy: string;

  /** How many events of this consultation's stream the projection has applied. */
  @Column('integer', { name: 'event_count' })
  eventCount: number;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}
