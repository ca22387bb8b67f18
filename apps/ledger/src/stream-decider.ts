import { CommandOutcome, LedgerCommand, NewEvent, RecordedEvent } from '#libs/contracts';
import { Decision } from '#libs/domain';
import { ConcurrencyConflictError, PostgresEventStore } from '#libs/eventstore';

/** One aggregate's pure functions, as the write side needs them. */
export interface StreamDecider<Command, Event extends NewEvent, State> {
  readonly initialState: State;
  decide(command: Command, state: State): Decision<Event>;
  evolve(state: State, event: Event): State;
}

/**
 * The thin shell around a decide/evolve pair: load the stream, fold it, decide, append at
 * the version that was read. A concurrent append in between makes the append fail with 409.
 */
export async function handleOnStream<Command, Event extends NewEvent, State>(
  store: PostgresEventStore,
  streamId: string,
  decider: StreamDecider<Command, Event, State>,
  command: Command,
  envelope: LedgerCommand,
): Promise<CommandOutcome> {
  const history: RecordedEvent[] = await store.readStream(streamId);
  const state = history.reduce((s, e) => decider.evolve(s, e as unknown as Event), decider.initialState);
  const decision = decider.decide(command, state);
  if (!decision.ok) return { ok: false, refusal: decision.refusal };
  try {
    const appended = await store.append(streamId, history.length, decision.events, {
      actor: envelope.actor,
      correlationId: envelope.correlationId,
      occurredAt: envelope.requestedAt,
    });
    const last = appended.events[appended.events.length - 1];
    return { ok: true, streamId, streamVersion: appended.streamVersion, position: last?.position ?? 0 };
  } catch (error) {
    if (error instanceof ConcurrencyConflictError) {
      return { ok: false, refusal: { code: 'conflict', message: `${error.message}; reload and try again` } };
    }
    throw error;
  }
}
