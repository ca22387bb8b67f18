import { Decider } from '../decider';
import {
  StakeholderCommand,
  StakeholderContext,
  StakeholderState,
  decideStakeholder,
  evolveStakeholder,
  initialStakeholderState,
} from './stakeholder';

/** The registry entry of one stakeholder. */
export const stakeholderDecider: Decider<StakeholderCommand, StakeholderState, StakeholderContext> = {
  decide: decideStakeholder,
  evolve: evolveStakeholder,
  initialState: initialStakeholderState,
};
