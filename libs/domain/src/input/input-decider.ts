import { Decider } from '../decider';
import { InputCommand } from './input-commands';
import { InputContext, InputState, decideInput, evolveInput, initialInputState } from './input';

/** One stakeholder input: its submission and its withdrawal. */
export const inputDecider: Decider<InputCommand, InputState, InputContext> = {
  decide: decideInput,
  evolve: evolveInput,
  initialState: initialInputState,
};
