import { CommandEnvelope, CommandMetadata, NamedCommand } from '#libs/contracts';
import { Decider, Refusal } from '#libs/domain';
import { PostgresEventStore, StreamWrite } from '#libs/eventstore';
import { Attempt, checkExpectedVersion } from './command-execution';
import { AnyStreamToLoad, AttemptReads, LoadedStream, lastFolded } from './stream-reader';

/** Why a command cannot be decided at all: it names nothing this ledger knows. */
export class Refused {
  constructor(readonly refusal: Refusal) {}
}

/** What an accepted command records beside its own stream, in the same append, and what its sender learns at once. */
export interface Consequences {
  readonly writes?: readonly StreamWrite[];
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * What the ledger knows of one aggregate beyond its decider: which stream a command is
 * decided on, and what to read for the decision's context. The shell (decideOnStream) does
 * the rest, the same for every aggregate.
 */
export interface AggregateHandler<Command extends NamedCommand, State, Context> {
  readonly decider: Decider<Command, State, Context>;
  /** The stream the command is decided on; a command on an amendment may need the store to find its document. */
  streamOf(command: Command, store: PostgresEventStore): string | Refused | Promise<string | Refused>;
  /** Streams worth reading in the same query as the command's own, judged from the state this process last folded of it. */
  readAlong?(command: Command, metadata: CommandMetadata, lastFolded: State | undefined): readonly AnyStreamToLoad[];
  /** What `decide` needs beyond the stream's state: the actor, the clock, the consultation, the registry entries it names. */
  contextOf(command: Command, stream: LoadedStream<State>, metadata: CommandMetadata, reads: AttemptReads): Promise<Context | Refused>;
  /** What an accepted command also records elsewhere, or reports to its sender. */
  consequences?(
    command: Command,
    stream: LoadedStream<State>,
    context: Context,
    reads: AttemptReads,
  ): Consequences | Refused | Promise<Consequences | Refused>;
}

/**
 * One attempt at a command: load its stream and fold it with the decider's evolve, check
 * If-Match, read the context, decide, and hand back the events to append at the version
 * read (with whatever the command records beside them).
 */
export async function decideOnStream<Command extends NamedCommand, State, Context>(
  store: PostgresEventStore,
  handler: AggregateHandler<Command, State, Context>,
  { command, metadata }: CommandEnvelope<Command>,
): Promise<Attempt> {
  const { decider } = handler;
  const streamId = await handler.streamOf(command, store);
  if (streamId instanceof Refused) return { ok: false, refusal: streamId.refusal };
  const reads = new AttemptReads(store);
  const along = handler.readAlong?.(command, metadata, lastFolded(streamId, decider.evolve)) ?? [];
  const [stream] = (await reads.load([{ streamId, evolve: decider.evolve, initial: decider.initialState }, ...along])) as [
    LoadedStream<State>,
  ];
  const precondition = checkExpectedVersion(metadata, streamId, stream.version);
  if (precondition) return precondition;
  const context = await handler.contextOf(command, stream, metadata, reads);
  if (context instanceof Refused) return { ok: false, refusal: context.refusal };
  const decision = decider.decide(command, stream.state, context);
  if (!decision.ok) return decision;
  const own: StreamWrite = { streamId, expectedVersion: stream.version, events: decision.events };
  const more = (await handler.consequences?.(command, stream, context, reads)) ?? {};
  if (more instanceof Refused) return { ok: false, refusal: more.refusal };
  return { ok: true, writes: [own, ...(more.writes ?? [])], ...(more.details ? { details: more.details } : {}) };
}
