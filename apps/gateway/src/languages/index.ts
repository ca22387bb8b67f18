export * from './language-queries';
export { LANGUAGE_QUERY_HANDLERS } from './language-query-handlers';
export { LanguagesController } from './languages.controller';
