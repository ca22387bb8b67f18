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

/** A stream folded into its current state, and the version it was read at. */
export interface LoadedStream<State> {
  readonly state: State;
  readonly version: number;
}

/** Reads a stream, upcasting each event to its current shape, and folds it. */
export async function loadStream<State>(
  store: PostgresEventStore,
  streamId: string,
  evolve: (state: State, event: NewEvent) => State,
  initial: State,
): Promise<LoadedStream<State>> {
  const history: RecordedEvent[] = await store.readStream(streamId);
  return { state: history.map((event) => upcast(event)).reduce(evolve, initial), version: history.length };
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
