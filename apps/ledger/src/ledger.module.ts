import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PostgresEventStore } from '#libs/eventstore';
import { ExecuteLedgerCommandHandler, LedgerCommandExecutor } from './ledger-command-executor';
import { InternalCommandsController } from './internal-commands.controller';

import { OutboxRelayService } from './outbox-relay.service';

/** The write side: command handlers, the event store and the outbox relay. */
@Module({})
export class LedgerModule {
  static register(options: { exposeInternalApi: boolean }): DynamicModule {
    return {
      module: LedgerModule,
      controllers: options.exposeInternalApi ? [InternalCommandsController] : [],
      providers: [
        { provide: PostgresEventStore, useFactory: (dataSource: DataSource) => new PostgresEventStore(dataSource), inject: [DataSource] },
        ExecuteLedgerCommandHandler,
        LedgerCommandExecutor,
        OutboxRelayService,
      ],
      exports: [LedgerCommandExecutor, PostgresEventStore],
    };
  }
}
