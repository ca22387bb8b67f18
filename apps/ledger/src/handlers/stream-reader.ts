import {
  NewEvent,
  StoredEvent,
  StakeholderRegisteredV1,
  consultationStreamId,
  stakeholderStreamId,
  upcast,
} from '#libs/contracts';
import {
  ConsultationState,
  StakeholderDirectory,
  StakeholderState,
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

type Evolve<State> = (state: State, event: NewEvent) => State;

/** One stream to load: its id, how its events fold and the state before its first event. */
export interface StreamToLoad<State> {
  readonly streamId: string;
  readonly evolve: Evolve<State>;
  readonly initial: State;
}

// Streams loaded together each have a state type of their own.
type AnyStreamToLoad = StreamToLoad<any>;

/**
 * The current states of several streams, read in one query: the last fold this process kept
 * of each, brought up to date with the events recorded since (upcast to their current
 * shape), or the whole stream folded.
 */
export async function loadStreams(
  store: PostgresEventStore,
  streams: readonly AnyStreamToLoad[],
  folds: FoldedStreams = foldedStreams,
): Promise<LoadedStream<unknown>[]> {
  const kept = streams.map((stream) => folds.get(stream.streamId, stream.evolve) ?? { state: stream.initial, version: 0 });
  const recent = await store.readStreams(streams.map((stream, i) => ({ streamId: stream.streamId, afterVersion: kept[i].version })));
  return streams.map((stream, i) => {
    const events: readonly StoredEvent[] = recent.get(stream.streamId) ?? [];
    if (events.length === 0) return kept[i];
    const loaded = { state: events.map((event) => upcast(event)).reduce(stream.evolve, kept[i].state), version: kept[i].version + events.length };
    folds.set(stream.streamId, stream.evolve, loaded);
    return loaded;
  });
}

/** The state this process last folded of a stream, if it kept one: possibly behind the store. */
export function lastFolded<State>(streamId: string, evolve: Evolve<State>, folds: FoldedStreams = foldedStreams): State | undefined {
  return folds.get(streamId, evolve)?.state;
}

/** One stream's current state (see loadStreams). */
export async function loadStream<State>(
  store: PostgresEventStore,
  streamId: string,
  evolve: Evolve<State>,
  initial: State,
  folds: FoldedStreams = foldedStreams,
): Promise<LoadedStream<State>> {
  const [loaded] = await loadStreams(store, [{ streamId, evolve, initial }], folds);
  return loaded as LoadedStream<State>;
}

export function loadConsultation(store: PostgresEventStore, consultationId: string): Promise<LoadedStream<ConsultationState>> {
  return loadStream(store, consultationStreamId(consultationId), evolveConsultation, initialConsultationState);
}

/** What most decisions read besides their own stream: the consultation and the stakeholders they name. */
export interface DecisionContext {
  readonly consultation: ConsultationState;
  readonly stakeholders: StakeholderDirectory;
  /** The other streams asked for, in their order. */
  readonly also: readonly LoadedStream<unknown>[];
}

/**
 * The consultation (when one is named), the registry entries of the named stakeholders and
 * any other streams the decision needs, in one query.
 */
export async function loadDecisionContext(
  store: PostgresEventStore,
  consultationId: string | undefined,
  stakeholderIds: Iterable<string>,
  also: readonly AnyStreamToLoad[] = [],
  folds: FoldedStreams = foldedStreams,
): Promise<DecisionContext> {
  const ids = [...new Set(stakeholderIds)];
  const stakeholderStreams = ids.map((id) => ({ streamId: stakeholderStreamId(id), evolve: evolveStakeholder, initial: initialStakeholderState }));
  const consultationStream = consultationId ? [{ streamId: consultationStreamId(consultationId), evolve: evolveConsultation, initial: initialConsultationState }] : [];
  const loaded = await loadStreams(store, [...consultationStream, ...also, ...stakeholderStreams], folds);
  const consultation = (consultationId ? loaded.shift() : undefined) as LoadedStream<ConsultationState> | undefined;
  const others = loaded.splice(0, also.length);
  const entries = new Map<string, StakeholderRegisteredV1>();
  ids.forEach((id, i) => {
    const { stakeholder } = (loaded[i] as LoadedStream<StakeholderState>).state;
    if (stakeholder) entries.set(id, stakeholder);
  });
  return {
    consultation: consultation?.state ?? initialConsultationState,
    stakeholders: { get: (id) => entries.get(id) },
    also: others,
  };
}

/** The registry entries of the named stakeholders (and nothing else): enough for a decision. */
export async function loadDirectory(store: PostgresEventStore, stakeholderIds: Iterable<string>): Promise<StakeholderDirectory> {
  return (await loadDecisionContext(store, undefined, stakeholderIds)).stakeholders;
}
