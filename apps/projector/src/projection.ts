import { EntityManager } from 'typeorm';
import { EventType, RecordedEvent } from '#libs/contracts';

/** A read model kept up to date from the event log. `apply` runs inside the batch's transaction. */
export interface Projection {
  readonly name: string;
  /** Bumped when the projection's code changes what it writes; a new version is rebuilt from offset 0 beside the old one. */
  readonly version: number;
  /**
   * Every table the projection writes, and no other projection's. A rebuild builds these
   * tables in a scratch schema and swaps them in; a projection reads only its own tables,
   * or a rebuild would read another projection's rows at another position of the log.
   */
  readonly tables: readonly string[];
  /**
   * Optional: the indexes of its tables (keys and unique indexes aside) by which its own
   * batches find rows. A rebuild keeps these while the scratch tables fill and builds the
   * others once the rows are in; without the list it leaves only the search indexes to then.
   */
  readonly lookupIndexes?: readonly string[];
  /** The event types it reads: `apply` is given these only (its checkpoint moves over the others all the same). */
  readonly handles: readonly EventType[];
  /**
   * Applies a run of events of the types it handles (upcast, in order, all after the
   * checkpoint), in as few round trips as it can; a run of one is applied as any other.
   */
  apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
}
