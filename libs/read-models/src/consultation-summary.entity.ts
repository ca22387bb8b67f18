import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Phase } from '#libs/contracts';
import { bigintAsNumber } from './column-transformers';

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

  /** drafting, open-for-contributions, negotiation, adoption, closed. */
  @Column('text')
  phase: Phase;

  /** Actor ids of the chairs. */
  @Column('text', { array: true })
  chairs: string[];

  /** ISO 8601 deadline of each phase that has one. */
  @Column('jsonb')
  deadlines: Partial<Record<Phase, string>>;

  /** Whether drafts are shown to admitted participants only. */
  @Column('boolean')
  restricted: boolean;

  /** Stakeholder ids admitted, in the order of admission. */
  @Column('text', { array: true })
  participants: string[];

  /** How many events of this consultation's stream the projection has applied. */
  @Column('integer', { name: 'event_count' })
  eventCount: number;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}
