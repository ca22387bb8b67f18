import { ListConsultationHistoryHandler } from './list-consultation-history';

export * from './history-request';
export * from './history.view';
export * from './list-consultation-history';
export * from './history.controller';

/** The query handler of the consultation history, for the gateway module's providers. */
export const HISTORY_QUERY_HANDLERS = [ListConsultationHistoryHandler];
