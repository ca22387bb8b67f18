import { contributionStreamId, documentStreamId } from '#libs/contracts';
import {
  CarryingCommand,
  ContributionCommand,
  ContributionContext,
  ContributionState,
  DocumentState,
  carriedToDocument,
  contributionDecider,
  documentDecider,
  refusalOf,
} from '#libs/domain';
import { AggregateHandler, Refused } from './aggregate-handler';
import { LoadedStream, loadDecisionReads } from './stream-reader';

function carries(command: ContributionCommand): command is CarryingCommand {
  return command.kind === 'SubmitContribution' || command.kind === 'ReviseContribution' || command.kind === 'WithdrawContribution';
}

/** The document a contribution command touches: the one it brings or amends, now or before. A co-submitter's answer touches none. */
function documentOf(command: ContributionCommand, state: ContributionState): string | undefined {
  if (!carries(command)) return undefined;
  const substance = command.kind === 'WithdrawContribution' ? state.substance : command.substance;
  if (substance && substance.kind !== 'report') return substance.documentId;
  return state.substance && state.substance.kind !== 'report' ? state.substance.documentId : undefined;
}

function documentStream(documentId: string) {
  return { streamId: documentStreamId(documentId), evolve: documentDecider.evolve, initial: documentDecider.initialState };
}

/** The stakeholders whose registry entries the decision needs: the actor, the contribution's submitters, those its cover or answer names. */
function stakeholdersNamedIn(command: ContributionCommand, state: ContributionState, actorId: string): string[] {
  const named = [actorId];
  if (command.kind === 'ConfirmCoSubmission' || command.kind === 'DeclineCoSubmission') named.push(command.stakeholderId);
  named.push(...state.submitters);
  if (command.kind === 'SubmitContribution' || command.kind === 'ReviseContribution') {
    const { cover } = command;
    named.push(...cover.submitters, ...cover.coSponsors, ...(cover.onBehalfOf ? [cover.onBehalfOf] : []));
  }
  return named;
}

/**
 * A contribution and what it carries are recorded together: the draft it brings becomes a
 * document, its amendments become proposals on the document, in one transaction. A named
 * co-submitter's answer is recorded on the contribution alone, decided on the registry as it
 * stands now.
 */
export const contributionHandler: AggregateHandler<ContributionCommand, ContributionState, ContributionContext> = {
  decider: contributionDecider,
  streamOf: (command) => contributionStreamId(command.contributionId),
  async contextOf(command, { state }, { actor, requestedAt }, reads) {
    const consultationId = command.kind === 'SubmitContribution' ? command.consultationId : state.consultationId;
    if (!consultationId) return new Refused(refusalOf('not-found', 'contribution.notFound'));
    const documentId = documentOf(command, state);
    const { consultation, stakeholders } = await loadDecisionReads(
      reads,
      consultationId,
      stakeholdersNamedIn(command, state, actor.id),
      documentId ? [documentStream(documentId)] : [],
    );
    return { actor, consultation, stakeholders, now: requestedAt };
  },
  async consequences(command, { state }, context, reads) {
    const documentId = documentOf(command, state);
    if (!documentId || !carries(command)) return {};
    const [document] = (await reads.load([documentStream(documentId)])) as [LoadedStream<DocumentState>];
    const carried = carriedToDocument(command, state, document.state, context);
    if (!carried.ok) return new Refused(carried.refusal);
    return {
      writes: [{ streamId: documentStreamId(documentId), expectedVersion: document.version, events: carried.events }],
      details: { conflicts: carried.conflicts },
    };
  },
};
