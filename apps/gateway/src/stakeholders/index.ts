import { GetStakeholderHandler } from './get-stakeholder';
import { ListStakeholdersHandler } from './list-stakeholders';

export * from './stakeholder.view';
export * from './get-stakeholder';
export * from './list-stakeholders';

/** The query handlers of the stakeholder registry, for the gateway module's providers. */
export const STAKEHOLDER_QUERY_HANDLERS = [GetStakeholderHandler, ListStakeholdersHandler];
