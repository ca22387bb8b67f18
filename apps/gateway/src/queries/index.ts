import { GetAmendmentHandler } from './get-amendment';
import { GetContributionHandler } from './get-contribution';
import { GetDocumentHandler } from './get-document';
import { GetDocumentVersionHandler } from './get-document-version';
import { GetStakeholderHandler } from './get-stakeholder';
import { ListAmendmentsOfDocumentHandler } from './list-amendments-of-document';
import { ListContributionRevisionsHandler } from './list-contribution-revisions';
import { ListContributionsHandler } from './list-contributions';
import { ListDecisionsOfDocumentHandler } from './list-decisions-of-document';
import { ListDocumentVersionsHandler } from './list-document-versions';
import { ListDocumentsOfConsultationHandler } from './list-documents-of-consultation';
import { ListStakeholdersHandler } from './list-stakeholders';

export * from './views';
export * from './get-amendment';
export * from './get-contribution';
export * from './get-document';
export * from './get-document-version';
export * from './get-stakeholder';
export * from './list-amendments-of-document';
export * from './list-contribution-revisions';
export * from './list-contributions';
export * from './list-decisions-of-document';
export * from './list-document-versions';
export * from './list-documents-of-consultation';
export * from './list-stakeholders';

/** The query handlers of the consultation workflow's read models, for the gateway module's providers. */
export const WORKFLOW_QUERY_HANDLERS = [
  GetStakeholderHandler,
  ListStakeholdersHandler,
  GetDocumentHandler,
  ListDocumentsOfConsultationHandler,
  ListDocumentVersionsHandler,
  GetDocumentVersionHandler,
  ListAmendmentsOfDocumentHandler,
  GetAmendmentHandler,
  GetContributionHandler,
  ListContributionsHandler,
  ListContributionRevisionsHandler,
  ListDecisionsOfDocumentHandler,
];
