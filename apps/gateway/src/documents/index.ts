import { GetAmendmentHandler } from './get-amendment';
import { GetDocumentHandler } from './get-document';
import { GetDocumentVersionHandler } from './get-document-version';
import { ListAmendmentsOfDocumentHandler } from './list-amendments-of-document';
import { ListDecisionsOfDocumentHandler } from './list-decisions-of-document';
import { ListDocumentVersionsHandler } from './list-document-versions';
import { ListDocumentsOfConsultationHandler } from './list-documents-of-consultation';

export * from './amendment.view';
export * from './decision.view';
export * from './document.view';
export * from './get-amendment';
export * from './get-document';
export * from './get-document-version';
export * from './list-amendments-of-document';
export * from './list-decisions-of-document';
export * from './list-document-versions';
export * from './list-documents-of-consultation';

/** The query handlers of documents, their versions, amendments and decisions, for the gateway module's providers. */
export const DOCUMENT_QUERY_HANDLERS = [
  GetDocumentHandler,
  ListDocumentsOfConsultationHandler,
  ListDocumentVersionsHandler,
  GetDocumentVersionHandler,
  ListAmendmentsOfDocumentHandler,
  GetAmendmentHandler,
  ListDecisionsOfDocumentHandler,
];
