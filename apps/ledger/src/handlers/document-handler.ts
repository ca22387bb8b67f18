import { contributionStreamId, documentStreamId } from '#libs/contracts';
import {
  ContributionState,
  DocumentCommand,
  DocumentContext,
  DocumentState,
  conflictsOfProposal,
  documentDecider,
  documentNamedBy,
  evolveContribution,
  initialContributionState,
} from '#libs/domain';
import { AggregateHandler, Refused } from './aggregate-handler';
import { AttemptReads, decisionStreams, loadDecisionReads } from './stream-reader';
import { withMembersOf } from '../silence/group-members';

/** The stakeholders a document command names, whose registry entries its decision needs. */
function stakeholdersNamedIn(command: DocumentCommand, actorId: string): string[] {
  const named = [actorId];
  if (command.kind === 'ProposeAmendment') named.push(...command.proposers, ...(command.onBehalfOf ? [command.onBehalfOf] : []));
  if (command.kind === 'CoSponsorAmendment' || command.kind === 'RecordReservation' || command.kind === 'BreakSilence')
    named.push(command.stakeholderId);
  if (command.kind === 'ExplainPosition') named.push(command.stakeholderId);
  if (command.kind === 'AdoptVersion' && command.method?.kind === 'recorded-vote')
    named.push(...command.method.votes.map((v) => v.stakeholderId));
  return named;
}

/** The proposers of the amendment a command acts on, whose registry entries its decision may need. */
function amendmentProposersOf(command: DocumentCommand, state: DocumentState): readonly string[] {
  return 'amendmentId' in command && state.amendments[command.amendmentId] ? state.amendments[command.amendmentId].proposers : [];
}

/** The contributions that carry the amendments a ruling names: a ruling waits for their co-submitters. */
async function contributionsRuledOn(
  reads: AttemptReads,
  command: DocumentCommand,
  state: DocumentState,
): Promise<Map<string, ContributionState>> {
  const amendmentIds =
    command.kind === 'RuleOnAmendment' ? [command.amendmentId] : command.kind === 'MergeAmendments' ? command.amendmentIds : [];
  const ids = [...new Set(amendmentIds.flatMap((id) => state.amendments[id]?.contributionId ?? []))];
  if (ids.length === 0) return new Map();
  const loaded = await reads.load(
    ids.map((id) => ({ streamId: contributionStreamId(id), evolve: evolveContribution, initial: initialContributionState })),
  );
  return new Map(ids.map((id, i) => [id, loaded[i].state as ContributionState]));
}

/** A document's text, its amendments and the chair's decisions on them. */
export const documentHandler: AggregateHandler<DocumentCommand, DocumentState, DocumentContext> = {
  decider: documentDecider,
  async streamOf(command, store) {
    const documentId =
      documentNamedBy(command) ?? ('amendmentId' in command ? await store.documentOfAmendment(command.amendmentId) : undefined);
    return documentId ? documentStreamId(documentId) : new Refused('not-found', 'no such amendment or document');
  },
  // A document never changes consultation: when this process has folded it before, the
  // document, its consultation and the stakeholders are read together in one query.
  readAlong: (command, { actor }, known) =>
    known?.consultationId
      ? decisionStreams(known.consultationId, [...stakeholdersNamedIn(command, actor.id), ...amendmentProposersOf(command, known)])
      : [],
  async contextOf(command, { state }, { actor, requestedAt }, reads) {
    const consultationId = command.kind === 'RegisterDocument' ? command.document.consultationId : state.consultationId;
    if (!consultationId) return new Refused('not-found', `no document ${documentNamedBy(command)}`);
    const contributions = await contributionsRuledOn(reads, command, state);
    const awaitingNames = [...contributions.values()].flatMap((c) => [...c.awaiting, ...c.declined]);
    const named = [...stakeholdersNamedIn(command, actor.id), ...amendmentProposersOf(command, state), ...awaitingNames];
    const { consultation, stakeholders: directory } = await loadDecisionReads(reads, consultationId, named);
    const stakeholders = command.kind === 'BreakSilence' ? await withMembersOf(reads, directory, command.stakeholderId) : directory;
    return { actor, consultation, stakeholders, now: requestedAt, contributions };
  },
  consequences: (command, { state }) =>
    command.kind === 'ProposeAmendment'
      ? {
          details: {
            conflicts: conflictsOfProposal(state, command.amendmentId, command.operation, command.contributionId, command.language),
          },
        }
      : {},
};
