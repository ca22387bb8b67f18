import { WebDownloadsController } from './web-downloads.controller';
import { WebAmendmentActionsController, WebContributionActionsController } from './web-amendment-actions.controller';
import { WebSearchController } from './web-search.controller';
import { WebComposerController } from './web-composer.controller';
import { WebConsultationsController } from './web-consultations.controller';
import { WebContributionsController } from './web-contributions.controller';
import { WebDerivedProposalController } from './web-derived-proposal.controller';
import { WebDocumentsController } from './web-documents.controller';
import { WebFollowUpController } from './web-follow-up.controller';
import { WebStateOfPlayController } from './web-state-of-play.controller';
import { WebRevisionsController } from './web-revisions.controller';
import { WebLanguagesController } from './web-languages.controller';
import { WebInputsController } from './web-inputs.controller';
import { WebSessionController } from './web-session.controller';
import { WebSilencesController } from './web-silences.controller';
import { WebRulingsController } from './web-rulings.controller';
import { WebPicturesController } from './web-pictures.controller';
import { WebAccess } from './web-access';
import { WebCommands } from './web-commands';
import { WebReads } from './web-reads';
import { WebSession } from './web-session';

/**
 * The web application: pages for stakeholders, chairs and auditors, served by the gateway
 * beside the API (under /web), rendered on the server by libs/web from the gateway's own
 * queries, acting through the gateway's own command sender.
 */
export const WEB_CONTROLLERS = [
  WebSessionController,
  WebConsultationsController,
  WebContributionsController,
  WebDocumentsController,
  WebRulingsController,
  WebDownloadsController,
  WebComposerController,
  WebDerivedProposalController,
  WebFollowUpController,
  WebStateOfPlayController,
  WebRevisionsController,
  WebLanguagesController,
  WebSilencesController,
  WebPicturesController,
  WebInputsController,
  WebAmendmentActionsController,
  WebContributionActionsController,
  WebSearchController,
];

export const WEB_PROVIDERS = [WebSession, WebReads, WebCommands, WebAccess];
