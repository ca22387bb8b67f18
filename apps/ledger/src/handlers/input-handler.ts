import { documentStreamId, inputStreamId } from '#libs/contracts';
import { DocumentState, InputCommand, InputContext, InputState, documentDecider, inputDecider, refusalOf } from '#libs/domain';
import { AggregateHandler, Refused } from './aggregate-handler';
import { LoadedStream, loadDecisionReads } from './stream-reader';

/** The document an input command is about: the one it is sent on, or the one it was sent on. */
function documentOf(command: InputCommand, state: InputState): string | undefined {
  return command.kind === 'SubmitStakeholderInput' ? command.documentId : state.documentId;
}

function documentStream(documentId: string) {
  return { streamId: documentStreamId(documentId), evolve: documentDecider.evolve, initial: documentDecider.initialState };
}

/**
 * A stakeholder input, decided on its own stream with the document it is on and that
 * document's consultation as context: the phase, the restriction, the working text whose
 * provisions it names. The registry entries read are the actor's and the stakeholder's, then
 * the stakeholder's members (a group of member states is refused as a member state is) and,
 * on a restricted consultation, its participants (a group admitted admits its members).
 */
export const inputHandler: AggregateHandler<InputCommand, InputState, InputContext> = {
  decider: inputDecider,
  streamOf: (command) => inputStreamId(command.inputId),
  async contextOf(command, { state }, { actor, requestedAt }, reads) {
    const documentId = documentOf(command, state);
    if (!documentId) return new Refused(refusalOf('not-found', 'input.notFound'));
    const [loaded] = (await reads.load([documentStream(documentId)])) as [LoadedStream<DocumentState>];
    const document = loaded.state;
    if (!document.registered) return new Refused(refusalOf('not-found', 'document.notFound'));
    const stakeholderId = command.kind === 'SubmitStakeholderInput' ? command.stakeholderId : state.stakeholderId!;
    const first = await loadDecisionReads(reads, document.consultationId, [actor.id, stakeholderId]);
    const { consultation } = first;
    const members = first.stakeholders.get(stakeholderId)?.memberIds ?? [];
    const participants = consultation.restricted ? consultation.participants : [];
    const { stakeholders } = await loadDecisionReads(reads, document.consultationId, [
      actor.id,
      stakeholderId,
      ...members,
      ...participants,
    ]);
    return { actor, document, consultation, stakeholders, now: requestedAt };
  },
};
