import { ListStakeholderInputsHandler } from './list-inputs';

export * from './input.view';
export * from './input-queries';
export * from './list-inputs';
export * from './inputs.controller';

/** The query handlers of stakeholder inputs, for the gateway module's providers. */
export const INPUT_QUERY_HANDLERS = [ListStakeholderInputsHandler];
