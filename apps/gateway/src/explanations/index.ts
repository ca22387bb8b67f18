import { ListExplanationsHandler } from './list-explanations';

export * from './explanation.view';
export * from './list-explanations';
export { ExplanationsController } from './explanations.controller';

/** The query handlers of explanations of position and vote, for the gateway module's providers. */
export const EXPLANATION_QUERY_HANDLERS = [ListExplanationsHandler];
