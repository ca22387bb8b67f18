import { Decider } from '../decider';
import {
  ConsultationCommand,
  ConsultationContext,
  ConsultationState,
  decideConsultation,
  evolveConsultation,
  initialConsultationState,
} from './consultation';

/** One consultation: its registration, phases and participants. */
export const consultationDecider: Decider<ConsultationCommand, ConsultationState, ConsultationContext> = {
  decide: decideConsultation,
  evolve: evolveConsultation,
  initialState: initialConsultationState,
};
