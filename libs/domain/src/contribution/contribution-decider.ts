import { Decider } from '../decider';
import { ContributionCommand } from './contribution-commands';
import { ContributionContext, ContributionState, decideContribution, evolveContribution, initialContributionState } from './contribution';

/** One contribution: its revisions, its withdrawal and its co-submitters' answers. */
export const contributionDecider: Decider<ContributionCommand, ContributionState, ContributionContext> = {
  decide: decideContribution,
  evolve: evolveContribution,
  initialState: initialContributionState,
};
