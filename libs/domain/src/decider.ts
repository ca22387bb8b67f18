import { NewEvent } from '#libs/contracts';
import { Decision } from './result';

/**
 * An aggregate's rules, the same shape for each: what a command records on the state its
 * events folded to (or why it is refused), how one event changes that state, and the state
 * before the first event. `context` carries what a decision needs beyond the stream: the
 * actor, the clock, the consultation, the registry entries it names.
 */
export interface Decider<Command, State, Context> {
  decide(command: Command, state: State, context: Context): Decision<NewEvent>;
  evolve(state: State, event: NewEvent): State;
  readonly initialState: State;
}
