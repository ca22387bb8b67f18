import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from './column-transformers';

/**
 * How far in the global log a version of a projection has applied events; moves in the same
 * transaction as its rows. A rebuild writes the checkpoint of the new version as it swaps its
 * tables in, and deletes those of the other versions.
 */
@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpoint {
  @PrimaryColumn('text')
  name: string;

  @PrimaryColumn('integer')
  version: number;

  @Column('bigint', { transformer: bigintAsNumber })
  position: number;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
