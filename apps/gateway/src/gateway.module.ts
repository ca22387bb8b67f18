import { DynamicModule, Module, Provider, Type } from '@nestjs/common';
import { AppConfig } from '#libs/platform';
import { CommandGateway } from './command-gateway';
import { CommandSender } from './command-sender';
import { ContributionsController } from './contributions/contributions.controller';
import { DocumentsController } from './documents/documents.controller';
import { StakeholdersController } from './stakeholders/stakeholders.controller';
import { WORKFLOW_QUERY_HANDLERS } from './queries';
import { WorkflowReadsController } from './reads/workflow-reads.controller';
import { GetConsultationHandler, ListConsultationsHandler } from './consultations/consultation-queries';
import { ConsultationsController } from './consultations/consultations.controller';
import { HttpCommandGateway } from './http-command-gateway';
import { InProcessCommandGateway } from './in-process-command-gateway';

/** The HTTP face: sends commands to the write side and answers queries from the read models. */
@Module({})
export class GatewayModule {
  /** `inProcessLedger`: the ledger module and its command executor, when the ledger runs in this process. */
  static register(config: AppConfig, inProcessLedger?: { module: DynamicModule; executor: Type }): DynamicModule {
    const commandGateway: Provider = inProcessLedger
      ? { provide: CommandGateway, useFactory: (ledger) => new InProcessCommandGateway(ledger), inject: [inProcessLedger.executor] }
      : { provide: CommandGateway, useValue: new HttpCommandGateway(config.ledgerUrl, config.internalApiToken!) };
    return {
      module: GatewayModule,
      imports: inProcessLedger ? [inProcessLedger.module] : [],
      controllers: [ConsultationsController, StakeholdersController, DocumentsController, ContributionsController, WorkflowReadsController],
      providers: [commandGateway, CommandSender, GetConsultationHandler, ListConsultationsHandler, ...WORKFLOW_QUERY_HANDLERS],
    };
  }
}
