import { stakeholderStreamId } from '#libs/contracts';
import { StakeholderCommand, StakeholderContext, StakeholderState, stakeholderDecider } from '#libs/domain';
import { AggregateHandler } from './aggregate-handler';
import { decisionStreams, loadDecisionReads } from './stream-reader';

/** A registry entry, decided on the entries of the members it lists. */
export const stakeholderHandler: AggregateHandler<StakeholderCommand, StakeholderState, StakeholderContext> = {
  decider: stakeholderDecider,
  streamOf: (command) => stakeholderStreamId(command.stakeholder.stakeholderId),
  readAlong: (command) => decisionStreams(undefined, command.stakeholder.memberIds),
  async contextOf(command, _stream, { actor }, reads) {
    const { stakeholders } = await loadDecisionReads(reads, undefined, command.stakeholder.memberIds);
    return { actor, stakeholders };
  },
};
