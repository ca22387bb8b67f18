import { NewEvent } from '#libs/contracts';

/** A stream folded into its state as of a stream version. */
export interface FoldedStream<State> {
  readonly state: State;
  readonly version: number;
}

type Evolve<State> = (state: State, event: NewEvent) => State;

interface Entry {
  readonly evolve: unknown;
  readonly folded: FoldedStream<unknown>;
}

/**
 * The states the write side last folded, so a command reads only the events recorded since
 * instead of its stream's whole history (a document's stream grows with every amendment).
 * Only committed events are ever folded in, and the store is always asked for what came
 * after, so a state from here is as current as one folded from scratch, even when other
 * processes write the same streams. States are immutable (evolve returns a new one), so
 * concurrent commands may share them. The least recently used streams are forgotten.
 */
export class FoldedStreams {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxStreams = 512) {}

  get<State>(streamId: string, evolve: Evolve<State>): FoldedStream<State> | undefined {
    const entry = this.entries.get(streamId);
    if (!entry || entry.evolve !== evolve) return undefined;
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry.folded as FoldedStream<State>;
  }

  set<State>(streamId: string, evolve: Evolve<State>, folded: FoldedStream<State>): void {
    const known = this.entries.get(streamId);
    if (known && known.evolve === evolve && known.folded.version >= folded.version) return; // folded further already
    this.entries.delete(streamId);
    this.entries.set(streamId, { evolve, folded });
    if (this.entries.size > this.maxStreams) this.entries.delete(this.entries.keys().next().value as string);
  }
}
