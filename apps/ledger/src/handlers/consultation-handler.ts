import { consultationStreamId, documentStreamId } from '#libs/contracts';
import {
  ConsultationCommand,
  ConsultationContext,
  ConsultationState,
  DocumentState,
  consultationDecider,
  evolveDocument,
  initialDocumentState,
  refusalOf,
} from '#libs/domain';
import { AggregateHandler, Refused } from './aggregate-handler';
import { decisionStreams, loadDecisionReads } from './stream-reader';

/** The document a reading at a meeting names: the reading is checked against its text. */
const documentRead = (documentId: string) => ({
  streamId: documentStreamId(documentId),
  evolve: evolveDocument,
  initial: initialDocumentState,
});

/** A consultation's registration, phases, participants and meetings. */
export const consultationHandler: AggregateHandler<ConsultationCommand, ConsultationState, ConsultationContext> = {
  decider: consultationDecider,
  streamOf: (command) =>
    consultationStreamId(command.kind === 'RegisterConsultation' ? command.consultation.consultationId : command.consultationId),
  readAlong: (command) =>
    command.kind === 'AdmitParticipant'
      ? decisionStreams(undefined, [command.stakeholderId])
      : command.kind === 'RecordProvisionsRead'
        ? [documentRead(command.documentId)]
        : [],
  async contextOf(command, _stream, { actor }, reads) {
    if (command.kind === 'AdmitParticipant') {
      const { stakeholders } = await loadDecisionReads(reads, undefined, [command.stakeholderId]);
      if (!stakeholders.get(command.stakeholderId)) return new Refused(refusalOf('not-found', 'stakeholder.notFound'));
    }
    if (command.kind === 'RecordProvisionsRead') {
      const [document] = await reads.load([documentRead(command.documentId)]);
      return { actor, document: document.state as DocumentState };
    }
    return { actor };
  },
};
