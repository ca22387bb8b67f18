import { GetCompilationHandler } from './get-compilation';
import { GetProvisionProvenanceHandler } from './get-provision-provenance';
import { ListConsultationHistoryHandler } from './list-consultation-history';

export * from './compilation.view';
export * from './compilation.html';
export * from './get-compilation';
export * from './get-provision-provenance';
export * from './history-request';
export * from './history.view';
export * from './list-consultation-history';
export * from './negotiation-views.controller';
export * from './parties';
export * from './provenance.view';
export * from './representation';

/** The query handlers of the compilation of proposals, the consultation history and provenance, for the gateway module's providers. */
export const NEGOTIATION_VIEW_QUERY_HANDLERS = [GetCompilationHandler, ListConsultationHistoryHandler, GetProvisionProvenanceHandler];
