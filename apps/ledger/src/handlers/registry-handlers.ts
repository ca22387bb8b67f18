import { consultationStreamId, stakeholderStreamId } from '#libs/contracts';
import {
  AdmitParticipantCommand,
  ChangePhaseCommand,
  RegisterConsultationCommand,
  RegisterStakeholderCommand,
  decideConsultation,
  decideStakeholder,
  evolveStakeholder,
  initialStakeholderState,
} from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { Attempt, checkExpectedVersion, writeTo } from './command-execution';
import { loadConsultation, loadDirectory, loadStream } from './stream-reader';

export async function registerStakeholder(store: PostgresEventStore, envelope: RegisterStakeholderCommand): Promise<Attempt> {
  const streamId = stakeholderStreamId(envelope.payload.stakeholderId);
  const { state, version } = await loadStream(store, streamId, evolveStakeholder, initialStakeholderState);
  const directory = await loadDirectory(store, envelope.payload.memberIds);
  return writeTo(streamId, version, decideStakeholder({ kind: 'RegisterStakeholder', stakeholder: envelope.payload }, state, envelope.actor, directory));
}

export async function onConsultation(
  store: PostgresEventStore,
  envelope: RegisterConsultationCommand | ChangePhaseCommand | AdmitParticipantCommand,
): Promise<Attempt> {
  const consultationId = envelope.payload.consultationId;
  const streamId = consultationStreamId(consultationId);
  const { state, version } = await loadConsultation(store, consultationId);
  const precondition = checkExpectedVersion(envelope, streamId, version);
  if (precondition) return precondition;
  switch (envelope.type) {
    case 'RegisterConsultation':
      return writeTo(streamId, version, decideConsultation({ kind: 'RegisterConsultation', consultation: envelope.payload }, state, envelope.actor));
    case 'ChangePhase':
      return writeTo(streamId, version, decideConsultation({ kind: 'ChangePhase', to: envelope.payload.to, reason: envelope.payload.reason }, state, envelope.actor));
    case 'AdmitParticipant': {
      const directory = await loadDirectory(store, [envelope.payload.stakeholderId]);
      if (!directory.get(envelope.payload.stakeholderId)) {
        return { ok: false, refusal: { code: 'not-found', message: `no stakeholder ${envelope.payload.stakeholderId}` } };
      }
      return writeTo(streamId, version, decideConsultation({ kind: 'AdmitParticipant', stakeholderId: envelope.payload.stakeholderId }, state, envelope.actor));
    }
  }
}
