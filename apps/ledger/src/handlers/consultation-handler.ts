import { consultationStreamId } from '#libs/contracts';
import { ConsultationCommand, ConsultationContext, ConsultationState, consultationDecider } from '#libs/domain';
import { AggregateHandler, Refused } from './aggregate-handler';
import { decisionStreams, loadDecisionReads } from './stream-reader';

/** A consultation's registration, phases and participants. */
export const consultationHandler: AggregateHandler<ConsultationCommand, ConsultationState, ConsultationContext> = {
  decider: consultationDecider,
  streamOf: (command) =>
    consultationStreamId(command.kind === 'RegisterConsultation' ? command.consultation.consultationId : command.consultationId),
  readAlong: (command) => (command.kind === 'AdmitParticipant' ? decisionStreams(undefined, [command.stakeholderId]) : []),
  async contextOf(command, _stream, { actor }, reads) {
    if (command.kind === 'AdmitParticipant') {
      const { stakeholders } = await loadDecisionReads(reads, undefined, [command.stakeholderId]);
      if (!stakeholders.get(command.stakeholderId)) return new Refused('not-found', `no stakeholder ${command.stakeholderId}`);
    }
    return { actor };
  },
};
