import { Inject, Injectable } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, Command } from '@nestjs/cqrs';
import { CommandOutcome } from '#libs/contracts';
import { AnyLedgerCommand } from '#libs/domain';
import { PostgresEventStore } from '#libs/eventstore';
import { Attempt, execute } from './handlers/command-execution';
import { onContribution } from './handlers/contribution-handler';
import { onDocument } from './handlers/document-handler';
import { onConsultation, registerStakeholder } from './handlers/registry-handlers';

/** The CQRS command that carries a ledger command envelope to the write side. */
export class ExecuteLedgerCommand extends Command<CommandOutcome> {
  constructor(readonly envelope: AnyLedgerCommand) {
    super();
  }
}

/** Routes each ledger command to the function that reads, decides and writes for it. */
@CommandHandler(ExecuteLedgerCommand)
export class ExecuteLedgerCommandHandler implements ICommandHandler<ExecuteLedgerCommand, CommandOutcome> {
  constructor(@Inject(PostgresEventStore) private readonly store: PostgresEventStore) {}

  execute({ envelope }: ExecuteLedgerCommand): Promise<CommandOutcome> {
    return execute(this.store, envelope, () => this.attempt(envelope));
  }

  private attempt(envelope: AnyLedgerCommand): Promise<Attempt> {
    switch (envelope.type) {
      case 'RegisterStakeholder':
        return registerStakeholder(this.store, envelope);
      case 'RegisterConsultation':
      case 'ChangePhase':
      case 'AdmitParticipant':
        return onConsultation(this.store, envelope);
      case 'Document':
        return onDocument(this.store, envelope);
      case 'SubmitContribution':
      case 'ReviseContribution':
      case 'WithdrawContribution':
        return onContribution(this.store, envelope);
    }
  }
}

/** The write side's single entry: the same for the in-process gateway and the internal HTTP endpoint. */
@Injectable()
export class LedgerCommandExecutor {
  constructor(@Inject(CommandBus) private readonly commandBus: CommandBus) {}

  execute(envelope: AnyLedgerCommand): Promise<CommandOutcome> {
    return this.commandBus.execute(new ExecuteLedgerCommand(envelope));
  }
}
