import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './column-transformers';

/** How far in the global log a projection has applied events; moves in the same transaction as its rows. */
@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpoint {
  @PrimaryColumn('text')
  projection: string;

  @Column('bigint', { transformer: bigintAsNumber })
  position: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
