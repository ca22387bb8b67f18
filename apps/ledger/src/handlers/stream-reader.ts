import { NewEvent, StoredEvent, StakeholderRegisteredV1, consultationStreamId, stakeholderStreamId, upcast } from '#libs/contracts';
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

// Streams loaded together each have a state type of their own (a state parameter is contravariant: `unknown` will not do).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStreamToLoad = StreamToLoad<any>;

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
    const loaded = {
      state: events.map((event) => upcast(event)).reduce(stream.evolve, kept[i].state),
      version: kept[i].version + events.length,
    };
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

/**
 * The streams one attempt at a command reads: each is read from the store once, the first
 * time the attempt asks for it, and the same state is handed out when asked again; streams
 * asked for together are read in one query. A retried attempt starts afresh.
 */
export class AttemptReads {
  private readonly loaded = new Map<string, LoadedStream<unknown>>();

  constructor(
    readonly store: PostgresEventStore,
    private readonly folds: FoldedStreams = foldedStreams,
  ) {}

  async load(streams: readonly AnyStreamToLoad[]): Promise<LoadedStream<unknown>[]> {
    const missing = [
      ...new Map(streams.filter((stream) => !this.loaded.has(stream.streamId)).map((stream) => [stream.streamId, stream])).values(),
    ];
    if (missing.length > 0) {
      const loaded = await loadStreams(this.store, missing, this.folds);
      missing.forEach((stream, i) => this.loaded.set(stream.streamId, loaded[i]));
    }
    return streams.map((stream) => this.loaded.get(stream.streamId)!);
  }
}

/** What most decisions read besides their own stream: the consultation and the stakeholders they name. */
export interface DecisionReads {
  readonly consultation: ConsultationState;
  readonly stakeholders: StakeholderDirectory;
  /** The other streams asked for, in their order. */
  readonly also: readonly LoadedStream<unknown>[];
}

/** The streams of a consultation (when one is named) and of the named stakeholders' registry entries. */
export function decisionStreams(consultationId: string | undefined, stakeholderIds: Iterable<string>): AnyStreamToLoad[] {
  const stakeholders = [...new Set(stakeholderIds)].map((id) => ({
    streamId: stakeholderStreamId(id),
    evolve: evolveStakeholder,
    initial: initialStakeholderState,
  }));
  const consultation = consultationId
    ? [{ streamId: consultationStreamId(consultationId), evolve: evolveConsultation, initial: initialConsultationState }]
    : [];
  return [...consultation, ...stakeholders];
}

/**
 * The consultation (when one is named), the registry entries of the named stakeholders and
 * any other streams the decision needs, in one query (less what the attempt read already).
 */
export async function loadDecisionReads(
  reads: AttemptReads,
  consultationId: string | undefined,
  stakeholderIds: Iterable<string>,
  also: readonly AnyStreamToLoad[] = [],
): Promise<DecisionReads> {
  const ids = [...new Set(stakeholderIds)];
  const loaded = await reads.load([...decisionStreams(consultationId, []), ...also, ...decisionStreams(undefined, ids)]);
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
