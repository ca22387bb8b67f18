import {
  Actor,
  CONSULTATION_PHASE_CHANGED,
  CONSULTATION_REGISTERED,
  ConsultationRegisteredV2,
  MEETING_REGISTERED,
  NewEvent,
  PARTICIPANT_ADMITTED,
  PHASES,
  Phase,
  consultationPhaseChanged,
  consultationRegistered,
  participantAdmitted,
} from '#libs/contracts';
import { hasRole } from '../actor';
import type { DocumentState } from '../document/document-state';
import { Decision, accept, refuse } from '../result';
import { MeetingCommand, MeetingRecord, decideMeeting, organisesMeetings, withMeeting } from './meetings';

export interface RegisterConsultation {
  readonly kind: 'RegisterConsultation';
  readonly consultation: ConsultationRegisteredV2;
}

export interface ChangePhase {
  readonly kind: 'ChangePhase';
  readonly consultationId: string;
  readonly to: Phase;
  readonly reason?: string;
}

export interface AdmitParticipant {
  readonly kind: 'AdmitParticipant';
  readonly consultationId: string;
  readonly stakeholderId: string;
}

export type ConsultationCommand = RegisterConsultation | ChangePhase | AdmitParticipant | MeetingCommand;

export interface ConsultationState {
  readonly registered: boolean;
  readonly consultationId?: string;
  readonly phase: Phase;
  readonly chairs: readonly string[];
  readonly participants: readonly string[];
  readonly restricted: boolean;
  readonly deadlines: Readonly<Partial<Record<Phase, string>>>;
  /** The meetings registered on the consultation, by id. */
  readonly meetings: Readonly<Record<string, MeetingRecord>>;
}

export const initialConsultationState: ConsultationState = {
  registered: false,
  phase: 'drafting',
  chairs: [],
  participants: [],
  restricted: false,
  deadlines: {},
  meetings: {},
};

/** Whether the actor chairs this consultation: the chair role and named among its chairs. */
export function chairs(actor: Actor, consultation: ConsultationState): boolean {
  return hasRole(actor, 'chair') && consultation.chairs.includes(actor.id);
}

/** The deadline of the current phase when it has passed at `now` (the phase no longer takes submissions). */
export function pastDeadline(consultation: ConsultationState, now: string): string | undefined {
  const deadline = consultation.deadlines[consultation.phase];
  if (deadline && Date.parse(now) > Date.parse(deadline)) return deadline;
  return undefined;
}

/** What a command on a consultation needs beyond its stream: who asks. */
export interface ConsultationContext {
  readonly actor: Actor;
  /** The document a reading at a meeting names (`RecordProvisionsRead`), as its stream has it. */
  readonly document?: DocumentState;
}

/** Decides what a command on one consultation records, or why it is refused. */
export function decideConsultation(
  command: ConsultationCommand,
  state: ConsultationState,
  { actor, document }: ConsultationContext,
): Decision<NewEvent> {
  if (command.kind === 'RegisterConsultation') {
    if (!hasRole(actor, 'secretariat')) return refuse('not-allowed', 'consultation.registerNotSecretariat');
    if (state.registered) return refuse('already-exists', 'consultation.alreadyRegistered', { title: command.consultation.title });
    return accept(consultationRegistered(command.consultation));
  }
  if (!state.registered) return refuse('not-found', 'consultation.notFound');
  const consultationId = state.consultationId!;
  switch (command.kind) {
    case 'ChangePhase': {
      const from = PHASES.indexOf(state.phase);
      const to = PHASES.indexOf(command.to);
      if (to === from) return refuse('invalid', 'consultation.alreadyInPhase', { phase: command.to });
      if (to > from) {
        // Phases go forward in order: a consultation does not jump from drafting to adoption.
        if (!hasRole(actor, 'secretariat') && !chairs(actor, state)) {
          return refuse('not-allowed', 'consultation.phaseNotAllowed');
        }
        if (to !== from + 1)
          return refuse('invalid', 'consultation.phaseSkipped', {
            fromPhase: state.phase,
            nextPhase: PHASES[from + 1],
            toPhase: command.to,
          });
        return accept(consultationPhaseChanged({ consultationId, from: state.phase, to: command.to }));
      }
      if (!chairs(actor, state)) return refuse('not-allowed', 'consultation.reopenNotChair');
      if (!command.reason?.trim()) return refuse('invalid', 'consultation.reopenNeedsReason');
      return accept(consultationPhaseChanged({ consultationId, from: state.phase, to: command.to, reason: command.reason }));
    }
    case 'AdmitParticipant':
      if (!hasRole(actor, 'secretariat')) return refuse('not-allowed', 'consultation.admitNotSecretariat');
      if (state.participants.includes(command.stakeholderId)) return refuse('already-exists', 'consultation.alreadyParticipant');
      return accept(participantAdmitted({ consultationId, stakeholderId: command.stakeholderId }));
    case 'RegisterMeeting':
    case 'RecordProvisionsRead':
      return decideMeeting(command, {
        consultationId,
        meetings: state.meetings,
        organises: organisesMeetings(actor, chairs(actor, state)),
        document,
      });
  }
}

/** Folds one recorded consultation event into the state. */
export function evolveConsultation(state: ConsultationState, event: NewEvent): ConsultationState {
  switch (event.type) {
    case CONSULTATION_REGISTERED: {
      const payload = event.payload;
      return {
        ...state,
        registered: true,
        consultationId: payload.consultationId,
        chairs: payload.chairs ?? [],
        restricted: payload.restricted ?? false,
        deadlines: payload.deadlines ?? {},
      };
    }
    case CONSULTATION_PHASE_CHANGED:
      return { ...state, phase: event.payload.to };
    case PARTICIPANT_ADMITTED:
      return { ...state, participants: [...state.participants, event.payload.stakeholderId] };
    case MEETING_REGISTERED:
      return { ...state, meetings: withMeeting(state.meetings, event.payload) };
    default:
      return state;
  }
}
