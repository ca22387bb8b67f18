import {
  CONSULTATION_REGISTERED,
  ConsultationRegistered,
  ConsultationRegisteredV1,
  consultationRegistered,
} from '#libs/contracts';
import { Decision, accept, refuse } from '../result';

export interface RegisterConsultation {
  readonly kind: 'RegisterConsultation';
  readonly consultation: ConsultationRegisteredV1;
}

export type ConsultationCommand = RegisterConsultation;
export type ConsultationEvent = ConsultationRegistered;

export interface ConsultationState {
  readonly registered: boolean;
  readonly title?: string;
}

export const initialConsultationState: ConsultationState = { registered: false };

/** Decides what a command on one consultation records, or why it is refused. */
export function decideConsultation(
  command: ConsultationCommand,
  state: ConsultationState,
): Decision<ConsultationEvent> {
  switch (command.kind) {
    case 'RegisterConsultation':
      if (state.registered) {
        return refuse('already-exists', `consultation ${command.consultation.consultationId} is already registered`);
      }
      return accept(consultationRegistered(command.consultation));
  }
}

/** Folds one recorded consultation event into the state. */
export function evolveConsultation(state: ConsultationState, event: ConsultationEvent): ConsultationState {
  switch (event.type) {
    case CONSULTATION_REGISTERED:
      return { registered: true, title: event.payload.title };
  }
}
