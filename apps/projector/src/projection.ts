import { EntityManager } from 'typeorm';
import { RecordedEvent } from '#libs/contracts';

/** A read model kept up to date from the event log. `apply` runs inside the batch's transaction. */
export interface Projection {
  readonly name: string;
  /** Bumped when the projection's code changes what it writes; a new version rebuilds from 0. */
  readonly version: number;
  apply(event: RecordedEvent, manager: EntityManager): Promise<void>;
}
