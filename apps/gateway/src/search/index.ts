import { SearchTextsHandler } from './search-texts';

export * from './search-texts';
export * from './search.controller';
export * from './search.view';
export * from './snippet';

/** The search query's handlers, for the gateway module's providers. */
export const SEARCH_QUERY_HANDLERS = [SearchTextsHandler];
