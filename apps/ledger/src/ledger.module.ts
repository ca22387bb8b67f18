import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '#libs/eventstore';
import { AppConfig } from '#libs/platform';
import { APP_CONFIG, Metrics } from '#libs/runtime';
import { ExecuteLedgerCommandHandler, LedgerCommandExecutor } from './ledger-command-executor';
import { InternalCommandsController } from './internal-commands.controller';
import { LEDGER_AUDIT_INTERNAL_CONTROLLERS, LEDGER_AUDIT_PROVIDERS, LedgerAuditService } from './audit';

import { LedgerMetricsCollector } from './ledger-metrics.collector';
import { OutboxRelayService } from './outbox-relay.service';
import { SilenceClockService } from './silence/silence-clock.service';

/** The write side: command handlers, the event store, the outbox relay and the clock that concludes silences. */
@Module({})
export class LedgerModule {
  static register(options: { exposeInternalApi: boolean }): DynamicModule {
    return {
      module: LedgerModule,
      controllers: options.exposeInternalApi ? [InternalCommandsController, ...LEDGER_AUDIT_INTERNAL_CONTROLLERS] : [],
      providers: [
        {
          provide: PostgresEventStore,
          useFactory: (dataSource: DataSource, config: AppConfig, metrics?: Metrics) =>
            new PostgresEventStore(
              dataSource,
              metrics && ((outcome, seconds) => metrics.recordAppend(outcome, seconds)),
              config.groupCommit,
            ),
          inject: [DataSource, APP_CONFIG, { token: Metrics, optional: true }],
        },
        ExecuteLedgerCommandHandler,
        LedgerCommandExecutor,
        OutboxRelayService,
        LedgerMetricsCollector,
        SilenceClockService,
        ...LEDGER_AUDIT_PROVIDERS,
      ],
      exports: [LedgerCommandExecutor, PostgresEventStore, LedgerAuditService],
    };
  }
}
