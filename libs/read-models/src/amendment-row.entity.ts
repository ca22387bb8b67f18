import { Column, Entity } from 'typeorm';
import type { AmendmentRuledV1, AmendmentsMergedV1, DecisionCorrectedV1 } from '#libs/contracts';
import { AmendmentColumns } from './amendment-columns';
import { bigintAsNumber } from './column-transformers';

export type { AmendmentStatusColumn } from './amendment-columns';

/** The payload of a decision that rules on amendments. */
export type AmendmentDecisionPayload = AmendmentRuledV1 | AmendmentsMergedV1 | DecisionCorrectedV1;

/** One row per amendment: its current wording, sponsors and where the chair's decisions left it. */
@Entity({ name: 'amendments' })
export class AmendmentRow extends AmendmentColumns {
  /** The decision that ruled on it last (a ruling, a merge or a correction). */
  @Column('text', { name: 'decision_id', nullable: true })
  decisionId: string | null;

  /** The payload of that decision, as recorded. */
  @Column('jsonb', { nullable: true })
  ruling: AmendmentDecisionPayload | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}
