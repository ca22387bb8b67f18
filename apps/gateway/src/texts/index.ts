import { GetDocumentTextHandler } from './get-document-text';
import { GetMarkedTextHandler } from './get-marked-text';
import { GetRevisionAuthorshipHandler } from './get-revision-authorship';
import { GetDocumentSymbolHandler } from './get-document-symbol';

export * from './get-document-text';
export * from './get-marked-text';
export * from './get-revision-authorship';
export * from './get-document-symbol';
export * from './pending-text';
export * from './text-answer';
export * from './text-request';
export * from './text.view';
export * from './word-files';
export * from './language-text';
export { TextsController } from './texts.controller';

/** The query handlers of the document texts, for the gateway module's providers. */
export const TEXT_QUERY_HANDLERS = [GetDocumentTextHandler, GetMarkedTextHandler, GetRevisionAuthorshipHandler, GetDocumentSymbolHandler];
