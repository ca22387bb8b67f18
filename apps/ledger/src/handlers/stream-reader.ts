import {
  NewEvent,
  RecordedEvent,
  StakeholderRegisteredV1,
  consultationStreamId,
  stakeholderStreamId,
  upcast,
} from '#libs/contracts';
import {
  ConsultationState,
  StakeholderDirectory,
  evolveConsultation,
  evolveStakeholder,
  initialConsultationState,
  initialStakeholderState,
} from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { FoldedStreams } from './folded-streams';

/** A stream folded into its current state, and the version it was read at. */
export interface LoadedStream<State> {
  readonly state: State;
  readonly version: number;
}

/** The folds this process keeps between commands (see FoldedStreams). */
const foldedStreams = new FoldedStreams();

/**
 * A stream's current state: the last fold this process kept, brought up to date with the
 * events recorded since (upcast to their current shape), or the whole stream folded.
 */
export async function loadStream<State>(
  store: PostgresEventStore,
  streamId: string,
  evolve: (state: State, event: NewEvent) => State,
  initial: State,
  folds: FoldedStreams = foldedStreams,
): Promise<LoadedStream<State>> {
  const kept = folds.get(streamId, evolve) ?? { state: initial, version: 0 };
  const recent: RecordedEvent[] = await store.readStream(streamId, kept.version);
  if (recent.length === 0) return kept;
  const loaded = { state: recent.map((event) => upcast(event)).reduce(evolve, kept.state), version: kept.version + recent.length };
  folds.set(streamId, evolve, loaded);
  return loaded;
}

export function loadConsultation(store: PostgresEventStore, consultationId: string): Promise<LoadedStream<ConsultationState>> {
  return loadStream(store, consultationStreamId(consultationId), evolveConsultation, initialConsultationState);
}

/** The registry entries of the named stakeholders (and nothing else): enough for a decision. */
export async function loadDirectory(store: PostgresEventStore, stakeholderIds: Iterable<string>): Promise<StakeholderDirectory> {
  const entries = new Map<string, StakeholderRegisteredV1>();
  for (const id of new Set(stakeholderIds)) {
    const { state } = await loadStream(store, stakeholderStreamId(id), evolveStakeholder, initialStakeholderState);
    if (state.stakeholder) entries.set(id, state.stakeholder);
  }
  return { get: (id) => entries.get(id) };
}
