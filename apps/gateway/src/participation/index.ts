import { GetParticipationHandler } from './get-participation';

export * from './get-participation';
export * from './participation.controller';
export * from './participation.view';
export * from './participation-tally';

/** The participation query's handlers, for the gateway module's providers. */
export const PARTICIPATION_QUERY_HANDLERS = [GetParticipationHandler];
