import { GetConsultationHandler } from './get-consultation';
import { ListConsultationsHandler } from './list-consultations';

export * from './consultation.view';
export * from './get-consultation';
export * from './list-consultations';

/** The query handlers of the consultations, for the gateway module's providers. */
export const CONSULTATION_QUERY_HANDLERS = [GetConsultationHandler, ListConsultationsHandler];
