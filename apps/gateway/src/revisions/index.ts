import { ListRevisionsHandler } from './list-revisions';

export * from './list-revisions';
export * from './revision.view';
export { RevisionsController } from './revisions.controller';

/** The query handlers of revisions, for the gateway module's providers. */
export const REVISION_QUERY_HANDLERS = [ListRevisionsHandler];
