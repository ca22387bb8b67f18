import { GetContributionHandler } from './get-contribution';
import { GetContributionForWordHandler } from './get-contribution-for-word';
import { ListContributionRevisionsHandler } from './list-contribution-revisions';
import { ListContributionsHandler } from './list-contributions';

export * from './contribution.view';
export * from './get-contribution';
export * from './get-contribution-for-word';
export * from './list-contribution-revisions';
export * from './list-contributions';

/** The query handlers of contributions and their revisions, for the gateway module's providers. */
export const CONTRIBUTION_QUERY_HANDLERS = [
  GetContributionHandler,
  GetContributionForWordHandler,
  ListContributionsHandler,
  ListContributionRevisionsHandler,
];
