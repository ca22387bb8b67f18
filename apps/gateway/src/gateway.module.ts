import { DynamicModule, Module, Provider, Type } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import { ACCESS_CONTROLLERS, ACCESS_PROVIDERS } from './access';
import { AUDIT_CONTROLLERS, auditGatewayProvider } from './audit';
import { CommandGateway } from './commands/command-gateway';
import { CommandSender } from './commands/command-sender';
import { ContributionsController } from './contributions/contributions.controller';
import { INPUT_QUERY_HANDLERS, InputsController } from './inputs';
import { DocumentsController } from './documents/documents.controller';
import { DerivedProposalsController } from './derived-proposals/derived-proposals.controller';
import { WordProposalController } from './derived-proposals/word-proposal.controller';
import { WordImportController } from './word-uploads/word-import.controller';
import { StakeholdersController } from './stakeholders/stakeholders.controller';
import { COMPILATION_QUERY_HANDLERS, CompilationController } from './compilation';
import { HISTORY_QUERY_HANDLERS, HistoryController } from './history';
import { PROVENANCE_QUERY_HANDLERS, ProvenanceController } from './provenance';
import { STAKEHOLDER_QUERY_HANDLERS } from './stakeholders';
import { DOCUMENT_QUERY_HANDLERS } from './documents';
import { CONTRIBUTION_QUERY_HANDLERS } from './contributions';
import { TEXT_QUERY_HANDLERS, TextsController } from './texts';
import { AKOMA_NTOSO_QUERY_HANDLERS } from './akoma-ntoso';
import { PARTICIPATION_QUERY_HANDLERS, ParticipationController } from './participation';
import { PICTURES_QUERY_HANDLERS, PicturesController } from './pictures';
import { SEARCH_QUERY_HANDLERS, SearchController } from './search';
import { PROJECTION_PROVIDERS, ProjectionsController } from './projections';
import { CONSULTATION_QUERY_HANDLERS } from './consultations';
import { ConsultationsController } from './consultations/consultations.controller';
import { HttpCommandGateway } from './commands/http-command-gateway';
import { InProcessCommandGateway } from './commands/in-process-command-gateway';
import { useCursorSecret } from './http/keyset-cursor';
import { WEB_CONTROLLERS, WEB_PROVIDERS } from './web';
import { pdfPrinterProvider } from './pdf';
import { EXPLANATION_QUERY_HANDLERS, ExplanationsController } from './explanations';
import { MEETING_QUERY_HANDLERS, MeetingsController } from './meetings';
import { STATE_OF_PLAY_QUERY_HANDLERS, StateOfPlayController } from './state-of-play';
import { REVISION_QUERY_HANDLERS, RevisionsController } from './revisions';
import { SILENCE_QUERY_HANDLERS, SilencesController } from './silences';
import { LANGUAGE_QUERY_HANDLERS, LanguagesController } from './languages';
import { NotificationsController, WebNotificationsController } from './notifications';
import { CommentsController, WebCommentsController } from './comments';

/** The HTTP face: sends commands to the write side and answers queries from the read models. */
@Module({})
export class GatewayModule {
  /** `inProcessLedger`: the ledger module and its command executor, when the ledger runs in this process. */
  static register(config: AppConfig, inProcessLedger?: { module: DynamicModule; executor: Type; audit?: Type }): DynamicModule {
    // Every gateway of the full mode shares the internal token: a cursor one issued, another honours.
    useCursorSecret(config.internalApiToken);
    const commandGateway: Provider = inProcessLedger
      ? { provide: CommandGateway, useFactory: (ledger) => new InProcessCommandGateway(ledger), inject: [inProcessLedger.executor] }
      : { provide: CommandGateway, useValue: new HttpCommandGateway(config.ledgerUrl, config.internalApiToken!) };
    return {
      module: GatewayModule,
      imports: inProcessLedger ? [inProcessLedger.module] : [],
      controllers: [
        ConsultationsController,
        StakeholdersController,
        DocumentsController,
        DerivedProposalsController,
        WordProposalController,
        WordImportController,
        ContributionsController,
        InputsController,
        TextsController,
        ParticipationController,
        PicturesController,
        SearchController,
        ProjectionsController,
        CompilationController,
        HistoryController,
        ProvenanceController,
        ExplanationsController,
        MeetingsController,
        StateOfPlayController,
        RevisionsController,
        SilencesController,
        LanguagesController,
        NotificationsController,
        CommentsController,
        WebNotificationsController,
        WebCommentsController,
        ...AUDIT_CONTROLLERS,
        ...ACCESS_CONTROLLERS,
        ...WEB_CONTROLLERS,
      ],
      providers: [
        commandGateway,
        CommandSender,
        ...CONSULTATION_QUERY_HANDLERS,
        ...STAKEHOLDER_QUERY_HANDLERS,
        ...DOCUMENT_QUERY_HANDLERS,
        ...CONTRIBUTION_QUERY_HANDLERS,
        ...INPUT_QUERY_HANDLERS,
        ...TEXT_QUERY_HANDLERS,
        ...AKOMA_NTOSO_QUERY_HANDLERS,
        ...PARTICIPATION_QUERY_HANDLERS,
        ...PICTURES_QUERY_HANDLERS,
        ...SEARCH_QUERY_HANDLERS,
        ...PROJECTION_PROVIDERS,
        ...COMPILATION_QUERY_HANDLERS,
        ...HISTORY_QUERY_HANDLERS,
        ...PROVENANCE_QUERY_HANDLERS,
        ...EXPLANATION_QUERY_HANDLERS,
        ...MEETING_QUERY_HANDLERS,
        ...STATE_OF_PLAY_QUERY_HANDLERS,
        ...REVISION_QUERY_HANDLERS,
        ...SILENCE_QUERY_HANDLERS,
        ...LANGUAGE_QUERY_HANDLERS,
        auditGatewayProvider(config, inProcessLedger?.audit),
        ...ACCESS_PROVIDERS,
        ...WEB_PROVIDERS,
        pdfPrinterProvider(config),
      ],
    };
  }
}
