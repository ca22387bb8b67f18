/** The state of play as a document's state keeps it: each provision's latest status, and the last round. */
import { ProvisionStatus, ProvisionStatusesRecordedV1 } from '#libs/contracts';

/** A provision's latest recorded status, with the round and version it was set in. */
export interface ProvisionStanding {
  readonly status: ProvisionStatus;
  readonly round: number;
  readonly versionNumber: number;
  readonly note?: string;
}

/** The round a decision's statuses go in, and the statuses as the document's state keeps them. */
export interface StateOfPlay {
  readonly round: number;
  readonly statuses: Readonly<Record<string, ProvisionStanding>>;
}

export const initialStateOfPlay: StateOfPlay = { round: 0, statuses: {} };

/** The state of play after a round is recorded. */
export function withProvisionStatuses(stateOfPlay: StateOfPlay, recorded: ProvisionStatusesRecordedV1): StateOfPlay {
  const statuses = { ...stateOfPlay.statuses };
  for (const { provisionId, status, note } of recorded.statuses) {
    statuses[provisionId] = { status, round: recorded.round, versionNumber: recorded.versionNumber, ...(note ? { note } : {}) };
  }
  return { round: recorded.round, statuses };
}

/**
 * The state of play after a revision: a provision the revision changed is open again (pending)
 * whatever was agreed on its earlier wording; the others keep their status.
 */
export function afterRevision(stateOfPlay: StateOfPlay, changedProvisionIds: ReadonlySet<string>): StateOfPlay {
  const statuses = Object.fromEntries(Object.entries(stateOfPlay.statuses).filter(([id]) => !changedProvisionIds.has(id)));
  return { ...stateOfPlay, statuses };
}

/** A provision's status: the latest recorded, or pending. */
export function statusOf(stateOfPlay: StateOfPlay, provisionId: string): ProvisionStatus {
  return stateOfPlay.statuses[provisionId]?.status ?? 'pending';
}
