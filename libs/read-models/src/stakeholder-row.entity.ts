import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Region, StakeholderCategory } from '#libs/contracts';
import { bigintAsNumber } from './column-transformers';

/** The stakeholder registry: Member States, Sector Members, civil society ... and the groups that speak for several. */
@Entity({ name: 'stakeholders' })
export class StakeholderRow {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  category: StakeholderCategory;

  @Column('text')
  region: Region;

  /** For a group ("the African region"): the stakeholders it speaks for. */
  @Column('text', { name: 'member_ids', array: true })
  memberIds: string[];

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt: Date;

  @Column('bigint', { name: 'last_position', transformer: bigintAsNumber })
  lastPosition: number;
}
